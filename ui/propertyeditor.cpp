#include "propertyeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "canvasstyle.h"
#include "coreapi.h"
#include "topologydocument.h"

namespace Ui {

namespace {

using Fact = Topology::ReachabilityFact;

QLabel *makeErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setVisible(false);
    return label;
}

// Reads through the same accessor the setters use; the accessor does not modify the topology.
Topology::RegistryConnection *connectionIn(const Topology::Topology &topology,
                                           const PropertyEditor::ConnectionAccess &access)
{
    return access(const_cast<Topology::Topology &>(topology));
}

using Connection = Topology::RegistryConnection;

// Getters and setters of one field of an element that \a find looks up in a topology (a registry by id, a
// spoke by name); \a find takes the topology const or not and gives the element or null. A missing element
// reads as \a fallback and is not written.
template<typename Find, typename Element, typename Value>
auto fieldOf(Find find, Value Element::*field, Value fallback = Value())
{
    return [find, field, fallback](const Topology::Topology &t) {
        const Element *element = find(t);
        return element ? element->*field : fallback;
    };
}

template<typename Find, typename Element, typename Value> auto setFieldOf(Find find, Value Element::*field)
{
    return [find, field](Topology::Topology &t, const Value &value) {
        if (Element *element = find(t))
            element->*field = value;
    };
}

// An enumeration field shown in a choice box, whose items carry the enumerators as ints.
template<typename Find, typename Element, typename Enum> auto choiceOf(Find find, Enum Element::*field)
{
    return [find, field](const Topology::Topology &t) {
        const Element *element = find(t);
        return element ? int(element->*field) : 0;
    };
}

template<typename Find, typename Element, typename Enum> auto setChoiceOf(Find find, Enum Element::*field)
{
    return [find, field](Topology::Topology &t, int value) {
        if (Element *element = find(t))
            element->*field = Enum(value);
    };
}

// A text setter that drops the spaces around what was typed (names, endpoints, addresses).
template<typename Set> auto trimmed(Set set)
{
    return [set](Topology::Topology &t, const QString &value) {
        set(t, value.trimmed());
    };
}

// The getter and setter of one field of an optional part of a connection (basicAuth, proxyData, certData):
// reading a part that is not there gives the field's empty value, writing creates the part.
template<typename Part, typename Value>
std::function<Value(const Topology::Topology &)> partField(const PropertyEditor::ConnectionAccess &access,
                                                           std::optional<Part> Connection::*part, Value Part::*field)
{
    return [access, part, field](const Topology::Topology &t) {
        const Connection *connection = connectionIn(t, access);
        return connection && connection->*part ? (*(connection->*part)).*field : Value();
    };
}

template<typename Part, typename Value>
std::function<void(Topology::Topology &, const Value &)>
setPartField(const PropertyEditor::ConnectionAccess &access, std::optional<Part> Connection::*part, Value Part::*field)
{
    return [access, part, field](Topology::Topology &t, const Value &value) {
        std::optional<Part> &data = access(t)->*part;
        if (!data)
            data.emplace();
        (*data).*field = value;
    };
}

QList<std::pair<QString, int>> reachChoices()
{
    return {{PropertyEditor::tr("Unknown"), int(Topology::Reach::Unknown)},
            {PropertyEditor::tr("Reachable"), int(Topology::Reach::Reachable)},
            {PropertyEditor::tr("Unreachable"), int(Topology::Reach::Unreachable)}};
}

} // namespace

PropertyEditor::PropertyEditor(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_header->setContentsMargins(8, 6, 8, 6);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    m_contentLayout = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    connect(document, &TopologyDocument::topologyChanged, this, &PropertyEditor::refresh);
    connect(document, &TopologyDocument::findingsChanged, this, &PropertyEditor::refresh);
    connect(document, &TopologyDocument::documentReset, this, [this] { setElements({}); });
    setElements({});
}

void PropertyEditor::setElements(const QList<ElementRef> &elements)
{
    m_selectionSize = int(elements.size());
    m_element = elements.size() == 1 ? elements.first() : ElementRef::topology();
    rebuild();
}

void PropertyEditor::clearForm()
{
    m_refreshers.clear();
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void PropertyEditor::rebuild()
{
    clearForm();
    switch (m_element.type) {
    case ElementRef::Type::Hub:
        buildHubForm();
        break;
    case ElementRef::Type::Spoke:
        buildSpokeForm(m_element.key);
        break;
    case ElementRef::Type::Registry:
        buildRegistryForm(m_element.key);
        break;
    default:
        buildTopologyForm();
        break;
    }
    m_contentLayout->addStretch(1);
    refresh();
}

void PropertyEditor::refresh()
{
    if (!m_document->contains(m_element)) {
        setElements({});
        return;
    }
    for (const auto &refresher : std::as_const(m_refreshers))
        refresher();
    addFindings();
}

void PropertyEditor::addFindings()
{
    QString title;
    switch (m_element.type) {
    case ElementRef::Type::Hub:
        title = tr("Hub %1").arg(m_document->topology().hub.name);
        break;
    case ElementRef::Type::Spoke:
        title = tr("Spoke %1").arg(m_element.key);
        break;
    case ElementRef::Type::Registry:
        title = tr("Registry %1").arg(m_element.key);
        break;
    default:
        title = m_selectionSize > 1 ? tr("%n elements selected — showing the topology", nullptr, m_selectionSize)
                                    : tr("Topology");
        break;
    }

    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    for (const CoreApi::Finding &finding : m_document->findingsFor(m_element)) {
        html += QStringLiteral("<br><span style='color:%1'>%2 %3</span>")
                    .arg(CanvasStyle::severityColor(finding.severity).name(),
                         CanvasStyle::severityGlyph(finding.severity), finding.message.toHtmlEscaped());
    }
    m_header->setText(html);
}

QFormLayout *PropertyEditor::addSection(const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_contentLayout->addWidget(box);
    return form;
}

void PropertyEditor::applyEdit(const QString &label, const std::function<void(Topology::Topology &)> &change,
                               bool merge)
{
    const QString owner = m_element.key.isEmpty() ? m_document->topology().hub.name : m_element.key;
    const QString mergeKey = merge ? QString::number(int(m_element.type)) + m_element.key + label : QString();
    m_document->edit(tr("Edit %1 of %2").arg(label, owner), change, mergeKey);
}

void PropertyEditor::addText(QFormLayout *form, const QString &label, const QString &field, const TextGetter &get,
                             const TextSetter &set, bool secret)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(field.isEmpty() ? label : field);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    auto *error = makeErrorLabel();
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(error);
    form->addRow(label, cell);

    const auto check = [field, error](const QString &text) {
        const QString problem = field.isEmpty() ? QString() : CoreApi::fieldError(field, text);
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
    };
    connect(edit, &QLineEdit::textEdited, this, [this, label, set, check](const QString &text) {
        check(text);
        applyEdit(
            label, [&](Topology::Topology &topology) { set(topology, text); }, true);
    });
    m_refreshers.append([this, edit, get, check] {
        const QString value = get(m_document->topology());
        if (edit->text() != value) {
            edit->setText(value);
            check(value);
        }
    });
}

void PropertyEditor::addMultiline(QFormLayout *form, const QString &label, const TextGetter &get, const TextSetter &set)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(label);
    edit->setFixedHeight(70);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(tr("-----BEGIN CERTIFICATE----- …"));
    form->addRow(label, edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, label, set] {
        const QString text = edit->toPlainText();
        applyEdit(
            label, [&](Topology::Topology &topology) { set(topology, text); }, true);
    });
    m_refreshers.append([this, edit, get] {
        const QString value = get(m_document->topology());
        if (edit->toPlainText() != value) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(value);
        }
    });
}

void PropertyEditor::addCheck(QFormLayout *form, const QString &label, const BoolGetter &get, const BoolSetter &set)
{
    auto *box = new QCheckBox(label);
    box->setObjectName(label);
    form->addRow(QString(), box);
    connect(box, &QCheckBox::toggled, this, [this, label, set](bool on) {
        applyEdit(
            label, [&](Topology::Topology &topology) { set(topology, on); }, false);
    });
    m_refreshers.append([this, box, get] {
        const QSignalBlocker blocker(box);
        box->setChecked(get(m_document->topology()));
    });
}

void PropertyEditor::addChoice(QFormLayout *form, const QString &label, const QList<std::pair<QString, int>> &choices,
                               const IntGetter &get, const IntSetter &set)
{
    auto *combo = new QComboBox;
    combo->setObjectName(label);
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    form->addRow(label, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, label, set](int index) {
        const int value = combo->itemData(index).toInt();
        applyEdit(
            label, [&](Topology::Topology &topology) { set(topology, value); }, false);
    });
    m_refreshers.append([this, combo, get] {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(get(m_document->topology())));
    });
}

void PropertyEditor::addNumber(QFormLayout *form, const QString &label, int minimum, int maximum, const IntGetter &get,
                               const IntSetter &set)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(label);
    spin->setRange(minimum, maximum);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, label, set](int value) {
        applyEdit(
            label, [&](Topology::Topology &topology) { set(topology, value); }, true);
    });
    m_refreshers.append([this, spin, get] {
        const QSignalBlocker blocker(spin);
        spin->setValue(get(m_document->topology()));
    });
}

void PropertyEditor::addKey(QFormLayout *form, const QString &label, const QString &current,
                            const std::function<QString(const QString &)> &check,
                            const std::function<void(const QString &)> &rename)
{
    auto *edit = new QLineEdit(current);
    edit->setObjectName(label);
    auto *error = makeErrorLabel();
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(error);
    form->addRow(label, cell);

    connect(edit, &QLineEdit::textEdited, this, [check, error](const QString &text) {
        const QString problem = check(text);
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
    });
    // Renaming rebuilds this form, so it runs after the line edit has finished emitting.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, current, check, rename] {
        const QString text = edit->text();
        if (text != current && check(text).isEmpty())
            QTimer::singleShot(0, this, [rename, text] { rename(text); });
    });
}

void PropertyEditor::buildTopologyForm()
{
    QFormLayout *form = addSection(tr("Topology"));
    addText(
        form, tr("Name"), QString(), [](const auto &t) { return t.name; },
        [](auto &t, const QString &v) { t.name = v; });
    addText(
        form, tr("Description"), QString(), [](const auto &t) { return t.description; },
        [](auto &t, const QString &v) { t.description = v; });
    addCheck(
        form, tr("Production"), [](const auto &t) { return t.production; }, [](auto &t, bool v) { t.production = v; });
    addCheck(
        form, tr("Store secrets inline in the topology file"), [](const auto &t) { return t.inlineSecrets; },
        [](auto &t, bool v) { t.inlineSecrets = v; });

    auto *kind = new QLabel;
    kind->setWordWrap(true);
    form->addRow(tr("Inferred kind"), kind);
    buildProjectsForm();
    buildFederationForm();
    m_refreshers.append([this, kind] {
        const auto inferred = m_document->kind();
        kind->setText(
            inferred
                ? QStringLiteral("<b>%1</b><br>%2").arg(Topology::displayName(*inferred), Topology::describe(*inferred))
                : tr("Not determined yet"));
    });
}

void PropertyEditor::buildProjectsForm()
{
    QFormLayout *form = addSection(tr("Projects and tenants"));
    addText(
        form, tr("Tenants"), QString(),
        [](const auto &t) {
            QStringList names;
            for (const Topology::Tenant &tenant : t.tenants)
                names.append(tenant.name);
            return names.join(QLatin1String(", "));
        },
        [](auto &t, const QString &v) {
            t.tenants.clear();
            for (const QString &name : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!name.trimmed().isEmpty())
                    t.tenants.append({name.trimmed()});
            }
        });
    // One row per project: the tenant it belongs to. Projects come from the spokes' project lists.
    for (const Topology::Project &project : m_document->topology().projects) {
        const QString name = project.name;
        addText(
            form, tr("Tenant of %1").arg(name), QString(),
            [name](const auto &t) { return t.project(name) ? t.project(name)->tenant : QString(); },
            [name](auto &t, const QString &v) {
                for (Topology::Project &candidate : t.projects) {
                    if (candidate.name == name)
                        candidate.tenant = v.trimmed();
                }
            });
    }
}

void PropertyEditor::buildFederationForm()
{
    QFormLayout *form = addSection(tr("Federation rules"));
    auto *hint = new QLabel(tr("One rule a line: a scope (global, project or workload) and a repository pattern, "
                               "e.g. <tt>project projects/{project}/**</tt>."));
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QStringLiteral("federationRules"));
    edit->setFixedHeight(80);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *error = makeErrorLabel();
    form->addRow(edit);
    form->addRow(error);

    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, error] {
        QList<Topology::FederationRule> rules;
        QString problem;
        const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size() && problem.isEmpty(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const auto scope = Topology::federationScopeFromKey(line.section(QLatin1Char(' '), 0, 0));
            const QString pattern = line.section(QLatin1Char(' '), 1).trimmed();
            if (!scope || pattern.isEmpty())
                problem = tr("Line %1: write a scope (global, project or workload), a space and a pattern.").arg(i + 1);
            else
                rules.append({pattern, *scope});
        }
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            applyEdit(
                tr("Federation rules"), [&](Topology::Topology &t) { t.federationRules = rules; }, true);
    });
    m_refreshers.append([this, edit] {
        QStringList lines;
        for (const Topology::FederationRule &rule : m_document->topology().federationRules)
            lines.append(Topology::toKey(rule.scope) + QLatin1Char(' ') + rule.pattern);
        // Only a different rule set replaces the text, so a line being typed is left alone.
        QList<Topology::FederationRule> shown;
        for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto scope = Topology::federationScopeFromKey(line.trimmed().section(QLatin1Char(' '), 0, 0));
            if (scope)
                shown.append({line.trimmed().section(QLatin1Char(' '), 1).trimmed(), *scope});
        }
        const auto same = [](const auto &a, const auto &b) {
            return a.pattern == b.pattern && a.scope == b.scope;
        };
        const auto &current = m_document->topology().federationRules;
        if (shown.size() != current.size() || !std::equal(shown.cbegin(), shown.cend(), current.cbegin(), same)) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(lines.join(QLatin1Char('\n')));
        }
    });
}

void PropertyEditor::buildHubForm()
{
    QFormLayout *form = addSection(tr("Hub cluster"));
    const QString hubName = m_document->topology().hub.name;
    addKey(
        form, tr("Name"), hubName,
        [](const QString &text) { return CoreApi::fieldError(QStringLiteral("name"), text); },
        [this, hubName](const QString &text) { renameHub(hubName, text); });
    addText(
        form, tr("API server"), QStringLiteral("apiServer"), [](const auto &t) { return t.hub.apiServer; },
        [](auto &t, const QString &v) { t.hub.apiServer = v; });
    addText(
        form, tr("Release namespace"), QStringLiteral("name"), [](const auto &t) { return t.hub.releaseNamespace; },
        [](auto &t, const QString &v) { t.hub.releaseNamespace = v; });

    const ConnectionAccess access = [](Topology::Topology &t) {
        return &t.hub.registry;
    };
    buildConnectionForm(access);
    buildSecretForms(access);

    QFormLayout *reach = addSection(tr("Reachability (hub pushes to)"));
    for (const Topology::Registry &registry : m_document->topology().registries) {
        const QString id = registry.id;
        buildReachability(
            reach, Fact::Kind::HubToRegistry, m_document->topology().hub.name,
            [id](const Topology::Topology &) { return id; }, id);
    }
}

std::function<QString(const QString &)> PropertyEditor::uniqueKey(const QString &current,
                                                                  const std::function<bool(const QString &)> &taken,
                                                                  const QString &takenMessage) const
{
    return [current, taken, takenMessage](const QString &text) {
        const QString problem = CoreApi::fieldError(QStringLiteral("name"), text);
        if (!problem.isEmpty() || text == current || !taken(text))
            return problem;
        return takenMessage.arg(text);
    };
}

void PropertyEditor::buildSpokeForm(const QString &name)
{
    QFormLayout *form = addSection(tr("Spoke cluster"));
    addKey(form, tr("Name"), name,
           uniqueKey(
               name, [this](const QString &text) { return m_document->topology().spoke(text) != nullptr; },
               tr("Another spoke is already called %1.")),
           [this, name](const QString &text) { renameSpoke(name, text); });

    const auto spoke = [name](auto &t) {
        return t.spoke(name);
    };
    addText(
        form, tr("Projects"), QString(),
        [spoke](const auto &t) { return spoke(t) ? spoke(t)->projects.join(QLatin1String(", ")) : QString(); },
        [spoke](auto &t, const QString &v) {
            QStringList projects = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &project : projects)
                project = project.trimmed();
            projects.removeAll(QString());
            spoke(t)->projects = projects;
            for (const QString &project : std::as_const(projects)) {
                if (!t.project(project))
                    t.projects.append({project, {}});
            }
        });
    addText(form, tr("Region"), QString(), fieldOf(spoke, &Topology::Cluster::region),
            setFieldOf(spoke, &Topology::Cluster::region));
    addCheck(form, tr("Is the hub itself (hub-as-spoke)"), fieldOf(spoke, &Topology::Cluster::inCluster),
             setFieldOf(spoke, &Topology::Cluster::inCluster));

    const ConnectionAccess access = [name](Topology::Topology &t) -> Topology::RegistryConnection * {
        Topology::Cluster *cluster = t.spoke(name);
        return cluster ? &cluster->registry : nullptr;
    };
    buildConnectionForm(access);
    buildSecretForms(access);

    QFormLayout *reach = addSection(tr("Reachability"));
    buildReachability(
        reach, Fact::Kind::SpokeToRegistry, name,
        [spoke](const Topology::Topology &t) { return spoke(t) ? spoke(t)->registry.registryId : QString(); },
        tr("Pulls from its registry"));
    buildReachability(
        reach, Fact::Kind::SpokeToHubApi, name, [](const Topology::Topology &t) { return t.hub.name; },
        tr("Reaches the hub API server"));
}

void PropertyEditor::buildRegistryForm(const QString &id)
{
    using Registry = Topology::Registry;
    const auto registry = [id](auto &t) {
        return t.registry(id);
    };

    QFormLayout *form = addSection(tr("Registry"));
    addKey(form, tr("Id"), id,
           uniqueKey(
               id, [this](const QString &text) { return m_document->topology().registry(text) != nullptr; },
               tr("Another registry already has the id %1.")),
           [this, id](const QString &text) { renameRegistry(id, text); });
    addText(form, tr("Display name"), QString(), fieldOf(registry, &Registry::displayName),
            setFieldOf(registry, &Registry::displayName));

    QList<std::pair<QString, int>> kinds;
    for (auto kind : {Topology::RegistryKind::Zot, Topology::RegistryKind::Harbor, Topology::RegistryKind::Ecr,
                      Topology::RegistryKind::Acr, Topology::RegistryKind::GoogleArtifactRegistry,
                      Topology::RegistryKind::Ghcr, Topology::RegistryKind::Generic})
        kinds.append({Topology::displayName(kind), int(kind)});
    addChoice(form, tr("Kind"), kinds, choiceOf(registry, &Registry::kind), setChoiceOf(registry, &Registry::kind));
    addText(form, tr("Endpoint"), QStringLiteral("endpoint"), fieldOf(registry, &Registry::endpoint),
            trimmed(setFieldOf(registry, &Registry::endpoint)));
    addCheck(form, tr("Hub credentials can push"), fieldOf(registry, &Registry::hubCanPush),
             setFieldOf(registry, &Registry::hubCanPush));

    QFormLayout *hub = addSection(tr("Deployment on the hub"));
    addCheck(hub, tr("Runs inside the hub cluster"), fieldOf(registry, &Registry::onHub),
             setFieldOf(registry, &Registry::onHub));
    addChoice(hub, tr("Exposure"),
              {{tr("Not exposed"), int(Topology::Exposure::None)},
               {tr("Ingress"), int(Topology::Exposure::Ingress)},
               {tr("LoadBalancer"), int(Topology::Exposure::LoadBalancer)}},
              choiceOf(registry, &Registry::exposure), setChoiceOf(registry, &Registry::exposure));
    addText(hub, tr("Exposed endpoint"), QStringLiteral("endpoint"), fieldOf(registry, &Registry::exposedEndpoint),
            trimmed(setFieldOf(registry, &Registry::exposedEndpoint)));
    addNumber(hub, tr("Replicas"), 1, 99, fieldOf(registry, &Registry::replicas, 1),
              setFieldOf(registry, &Registry::replicas));
    addChoice(hub, tr("Storage"),
              {{tr("Ephemeral"), int(Topology::Storage::Ephemeral)},
               {tr("Persistent, ReadWriteOnce"), int(Topology::Storage::ReadWriteOnce)},
               {tr("Persistent, ReadWriteMany (shared)"), int(Topology::Storage::ReadWriteMany)}},
              choiceOf(registry, &Registry::storage), setChoiceOf(registry, &Registry::storage));
    addCheck(hub, tr("Ingress terminates TLS"), fieldOf(registry, &Registry::ingressTls),
             setFieldOf(registry, &Registry::ingressTls));
    addCheck(hub, tr("Ingress body size unlimited, long timeouts"), fieldOf(registry, &Registry::ingressUnlimitedBody),
             setFieldOf(registry, &Registry::ingressUnlimitedBody));

    QFormLayout *reach = addSection(tr("Reachability"));
    buildReachability(
        reach, Fact::Kind::HubToRegistry, m_document->topology().hub.name,
        [id](const Topology::Topology &) { return id; }, tr("Hub pushes to it"));
}

void PropertyEditor::buildConnectionForm(const ConnectionAccess &access)
{
    const auto get = [access](const Topology::Topology &t) {
        return connectionIn(t, access);
    };
    QFormLayout *form = addSection(tr("Registry connection (ociRegistry)"));

    QList<std::pair<QString, int>> registries{{tr("(none)"), -1}};
    const auto &all = m_document->topology().registries;
    for (int i = 0; i < all.size(); ++i)
        registries.append({all.at(i).displayName.isEmpty() ? all.at(i).id : all.at(i).displayName, i});
    addChoice(
        form, tr("Registry"), registries,
        [get](const auto &t) {
            const auto *c = get(t);
            for (int i = 0; c && i < t.registries.size(); ++i) {
                if (t.registries.at(i).id == c->registryId)
                    return i;
            }
            return -1;
        },
        [access](auto &t, int v) { access(t)->registryId = v < 0 ? QString() : t.registries.at(v).id; });
    const auto connection = [access](auto &t) {
        return connectionIn(t, access);
    };
    addText(form, tr("Endpoint override"), QStringLiteral("endpoint"),
            fieldOf(connection, &Connection::endpointOverride),
            trimmed(setFieldOf(connection, &Connection::endpointOverride)));
    addText(form, tr("Repository"), QStringLiteral("repository"), fieldOf(connection, &Connection::repository),
            trimmed(setFieldOf(connection, &Connection::repository)));
    addChoice(
        form, tr("Insecure"),
        {
            {tr("Chart default"), -1},
            {tr("false — verify TLS"), 0},
            {tr("true — skip TLS verification, allow HTTP"), 1},
        },
        [get](const auto &t) { return get(t) && get(t)->insecure ? int(*get(t)->insecure) : -1; },
        [access](auto &t, int v) { access(t)->insecure = v < 0 ? std::nullopt : std::optional<bool>(v == 1); });
    addText(form, tr("Timeout"), QStringLiteral("timeout"), fieldOf(connection, &Connection::timeout),
            trimmed(setFieldOf(connection, &Connection::timeout)));
    addChoice(form, tr("Provider"),
              {{tr("(not set)"), int(Topology::Provider::Unset)},
               {tr("generic"), int(Topology::Provider::Generic)},
               {tr("aws"), int(Topology::Provider::Aws)},
               {tr("azure"), int(Topology::Provider::Azure)},
               {tr("gcp"), int(Topology::Provider::Gcp)}},
              choiceOf(connection, &Connection::provider), setChoiceOf(connection, &Connection::provider));
}

void PropertyEditor::buildSecretForms(const ConnectionAccess &access)
{
    QFormLayout *auth = addSection(tr("Basic auth"));
    addSecretName(auth, access, &Connection::basicAuthSecretName);
    addCheck(
        auth, tr("Inline credentials instead"),
        [access](const auto &t) { return connectionIn(t, access) && connectionIn(t, access)->basicAuth.has_value(); },
        [access](auto &t, bool v) {
            if (v)
                access(t)->basicAuth.emplace();
            else
                access(t)->basicAuth.reset();
        });
    addText(auth, tr("Username"), QString(), partField(access, &Connection::basicAuth, &Topology::BasicAuth::username),
            setPartField(access, &Connection::basicAuth, &Topology::BasicAuth::username));
    addText(auth, tr("Password"), QString(), partField(access, &Connection::basicAuth, &Topology::BasicAuth::password),
            setPartField(access, &Connection::basicAuth, &Topology::BasicAuth::password), true);
    addCheck(auth, tr("Account can push"), partField(access, &Connection::basicAuth, &Topology::BasicAuth::canPush),
             setPartField(access, &Connection::basicAuth, &Topology::BasicAuth::canPush));

    QFormLayout *proxy = addSection(tr("Proxy"));
    addSecretName(proxy, access, &Connection::proxySecretName);
    const auto setAddress = setPartField(access, &Connection::proxyData, &Topology::ProxyData::address);
    addText(proxy, tr("Address"), QStringLiteral("proxy.address"),
            partField(access, &Connection::proxyData, &Topology::ProxyData::address),
            [setAddress](auto &t, const QString &v) { setAddress(t, v.trimmed()); });
    addText(proxy, tr("Username"), QString(), partField(access, &Connection::proxyData, &Topology::ProxyData::username),
            setPartField(access, &Connection::proxyData, &Topology::ProxyData::username));
    addText(proxy, tr("Password"), QString(), partField(access, &Connection::proxyData, &Topology::ProxyData::password),
            setPartField(access, &Connection::proxyData, &Topology::ProxyData::password), true);

    QFormLayout *tls = addSection(tr("TLS"));
    addSecretName(tls, access, &Connection::certSecretName);
    const QList<std::pair<QString, QString Topology::CertData::*>> pems{
        {tr("CA certificate (ca.crt)"), &Topology::CertData::caCrt},
        {tr("Client certificate (tls.crt)"), &Topology::CertData::tlsCrt},
        {tr("Client key (tls.key)"), &Topology::CertData::tlsKey}};
    for (const auto &[label, field] : pems)
        addMultiline(tls, label, partField(access, &Connection::certData, field),
                     setPartField(access, &Connection::certData, field));
}

// The name of an existing Kubernetes Secret that holds a section's values instead.
void PropertyEditor::addSecretName(QFormLayout *form, const ConnectionAccess &access, QString Connection::*field)
{
    const auto connection = [access](auto &t) {
        return connectionIn(t, access);
    };
    addText(form, tr("Secret name"), QStringLiteral("name"), fieldOf(connection, field),
            trimmed(setFieldOf(connection, field)));
}

void PropertyEditor::buildReachability(QFormLayout *form, Fact::Kind kind, const QString &from,
                                       const std::function<QString(const Topology::Topology &)> &to,
                                       const QString &label)
{
    auto *combo = new QComboBox;
    combo->setObjectName(label);
    for (const auto &[text, value] : reachChoices())
        combo->addItem(text, value);
    form->addRow(label, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, kind, from, to](int index) {
        const QString target = to(m_document->topology());
        if (!target.isEmpty())
            m_document->setReach(kind, from, target, Topology::Reach(combo->itemData(index).toInt()));
    });
    m_refreshers.append([this, combo, kind, from, to] {
        const QString target = to(m_document->topology());
        const QSignalBlocker blocker(combo);
        combo->setEnabled(!target.isEmpty());
        combo->setCurrentIndex(combo->findData(int(m_document->topology().reach(kind, from, target))));
    });
}

void PropertyEditor::renameSpoke(const QString &from, const QString &to)
{
    m_document->edit(tr("Rename spoke %1 to %2").arg(from, to), [&](Topology::Topology &topology) {
        topology.spoke(from)->name = to;
        for (Fact &fact : topology.reachability) {
            if (fact.from == from && fact.kind != Fact::Kind::HubToRegistry)
                fact.from = to;
        }
    });
    Q_EMIT elementRenamed(ElementRef::spoke(from), ElementRef::spoke(to));
}

void PropertyEditor::renameHub(const QString &from, const QString &to)
{
    // Reachability facts name the hub on one side; they follow the new name.
    m_document->edit(tr("Rename hub %1 to %2").arg(from, to), [&](Topology::Topology &topology) {
        topology.hub.name = to;
        for (Fact &fact : topology.reachability) {
            if (fact.kind == Fact::Kind::HubToRegistry && fact.from == from)
                fact.from = to;
            if (fact.kind == Fact::Kind::SpokeToHubApi && fact.to == from)
                fact.to = to;
        }
    });
    rebuild(); // the form's reachability rows name the hub
}

void PropertyEditor::renameRegistry(const QString &from, const QString &to)
{
    m_document->edit(tr("Rename registry %1 to %2").arg(from, to), [&](Topology::Topology &topology) {
        topology.registry(from)->id = to;
        if (topology.hub.registry.registryId == from)
            topology.hub.registry.registryId = to;
        for (Topology::Cluster &spoke : topology.spokes) {
            if (spoke.registry.registryId == from)
                spoke.registry.registryId = to;
        }
        for (Fact &fact : topology.reachability) {
            if (fact.to == from && fact.kind != Fact::Kind::SpokeToHubApi)
                fact.to = to;
        }
    });
    Q_EMIT elementRenamed(ElementRef::registry(from), ElementRef::registry(to));
}

} // namespace Ui
