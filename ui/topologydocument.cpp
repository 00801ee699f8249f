#include "topologydocument.h"

#include <QFileInfo>
#include <QUndoStack>
#include <QtConcurrent>

#include "movenodescommand.h"
#include "topologyeditcommand.h"

namespace Ui {

namespace {

// Long enough that typing a word validates once, short enough to feel live.
constexpr int validationDelayMs = 250;

void removeFacts(Topology::Topology &topology, const std::function<bool(const Topology::ReachabilityFact &)> &match)
{
    topology.reachability.removeIf(match);
}

} // namespace

TopologyDocument::TopologyDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(validationDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &TopologyDocument::startValidation);
    connect(&m_validationWatcher, &QFutureWatcher<QList<CoreApi::Finding>>::finished, this, [this] {
        // A result computed before the model last changed is not shown; a newer validation follows.
        if (m_validationGeneration == m_validatedGeneration)
            takeFindings(m_validationWatcher.result());
        if (m_validationPending) {
            m_validationPending = false;
            startValidation();
        }
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

TopologyDocument::~TopologyDocument()
{
    m_validationWatcher.waitForFinished();
}

void TopologyDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged();
}

QString TopologyDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool TopologyDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void TopologyDocument::setClean()
{
    m_undoStack->setClean();
}

QList<CoreApi::Finding> TopologyDocument::findingsFor(const ElementRef &element) const
{
    QList<CoreApi::Finding> result;
    for (const CoreApi::Finding &finding : m_findings) {
        if (finding.element == element)
            result.append(finding);
    }
    return result;
}

void TopologyDocument::validateNow()
{
    m_validationTimer.stop();
    m_validationWatcher.waitForFinished();
    m_validationPending = false;
    ++m_validationGeneration;
    takeFindings(CoreApi::validate(m_topology));
}

void TopologyDocument::reset(const Topology::Topology &topology, const QString &filePath)
{
    m_undoStack->clear();
    m_topology = topology;
    m_positions.clear();
    setFilePath(filePath);
    m_kind = CoreApi::inferKind(m_topology);
    Q_EMIT documentReset();
    Q_EMIT kindChanged();
    Q_EMIT modifiedChanged(false);
    validateNow();
}

bool TopologyDocument::contains(const ElementRef &element) const
{
    switch (element.type) {
    case ElementRef::Type::Topology:
    case ElementRef::Type::Hub:
        return true;
    case ElementRef::Type::Spoke:
        return m_topology.spoke(element.key) != nullptr;
    case ElementRef::Type::Registry:
        return m_topology.registry(element.key) != nullptr;
    case ElementRef::Type::None:
        break;
    }
    return false;
}

void TopologyDocument::setPositions(const Positions &positions)
{
    applyPositions(positions);
}

void TopologyDocument::edit(const QString &text, const std::function<void(Topology::Topology &)> &change,
                            const QString &mergeKey)
{
    Topology::Topology after = m_topology;
    change(after);
    m_undoStack->push(new TopologyEditCommand(this, text, m_topology, std::move(after), mergeKey));
}

ElementRef TopologyDocument::addSpoke(const QString &registryId, bool inCluster)
{
    const QString name = uniqueSpokeName(inCluster ? m_topology.hub.name : QStringLiteral("spoke"));
    edit(tr("Add spoke %1").arg(name), [&](Topology::Topology &topology) {
        Topology::Cluster spoke;
        spoke.name = name;
        spoke.inCluster = inCluster;
        spoke.registry.registryId = registryId.isEmpty() ? topology.hub.registry.registryId : registryId;
        topology.spokes.append(spoke);
    });
    return ElementRef::spoke(name);
}

ElementRef TopologyDocument::addRegistry(Topology::RegistryKind kind)
{
    const QString id = uniqueRegistryId(Topology::toKey(kind));
    edit(tr("Add registry %1").arg(id), [&](Topology::Topology &topology) {
        Topology::Registry registry;
        registry.id = id;
        registry.kind = kind;
        topology.registries.append(registry);
        if (topology.hub.registry.registryId.isEmpty())
            topology.hub.registry.registryId = id;
    });
    return ElementRef::registry(id);
}

void TopologyDocument::removeElements(const QList<ElementRef> &elements)
{
    QList<ElementRef> removable;
    for (const ElementRef &element : elements) {
        if (element.type == ElementRef::Type::Spoke || element.type == ElementRef::Type::Registry)
            removable.append(element);
    }
    if (removable.isEmpty())
        return;

    const QString text = removable.size() == 1 ? tr("Remove %1").arg(removable.first().key)
                                               : tr("Remove %n element(s)", nullptr, int(removable.size()));
    m_undoStack->beginMacro(text);
    edit(text, [&](Topology::Topology &topology) {
        for (const ElementRef &element : removable) {
            const QString key = element.key;
            if (element.type == ElementRef::Type::Spoke) {
                topology.spokes.removeIf([&](const Topology::Cluster &c) { return c.name == key; });
                removeFacts(topology, [&](const Topology::ReachabilityFact &f) { return f.from == key; });
                continue;
            }
            topology.registries.removeIf([&](const Topology::Registry &r) { return r.id == key; });
            removeFacts(topology, [&](const Topology::ReachabilityFact &f) {
                return f.kind != Topology::ReachabilityFact::Kind::SpokeToHubApi && f.to == key;
            });
            if (topology.hub.registry.registryId == key)
                topology.hub.registry.registryId.clear();
            for (Topology::Cluster &spoke : topology.spokes) {
                if (spoke.registry.registryId == key)
                    spoke.registry.registryId.clear();
            }
        }
    });

    Positions remaining = m_positions;
    for (const ElementRef &element : removable)
        remaining.remove(element);
    if (remaining.size() != m_positions.size())
        m_undoStack->push(new MoveNodesCommand(this, m_positions, remaining));
    m_undoStack->endMacro();
}

void TopologyDocument::moveNodes(const Positions &from, const Positions &to)
{
    Positions before = m_positions;
    Positions after = m_positions;
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        before[it.key()] = it.value();
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        after[it.key()] = it.value();

    // The items already sit at their new places; record the step without moving them again.
    m_positions = after;
    auto *command = new MoveNodesCommand(this, before, after);
    m_undoStack->push(command);
}

void TopologyDocument::arrangeAutomatically()
{
    if (m_positions.isEmpty())
        return;
    auto *command = new MoveNodesCommand(this, m_positions, {});
    command->setText(tr("Arrange automatically"));
    m_undoStack->push(command);
}

bool TopologyDocument::connectElements(const ElementRef &from, const ElementRef &to)
{
    using T = ElementRef::Type;
    const bool reversed = from.type == T::Registry;
    const ElementRef cluster = reversed ? to : from;
    const ElementRef other = reversed ? from : to;

    if (other.type == T::Registry && (cluster.type == T::Hub || cluster.type == T::Spoke)) {
        const QString name = cluster.type == T::Hub ? m_topology.hub.name : cluster.key;
        edit(tr("Connect %1 to registry %2").arg(name, other.key), [&](Topology::Topology &topology) {
            Topology::Cluster *spoke = topology.spoke(cluster.key);
            Topology::RegistryConnection &connection = spoke ? spoke->registry : topology.hub.registry;
            connection.registryId = other.key;
        });
        return true;
    }

    // A spoke dragged onto the hub states that it reaches the hub's API server.
    const bool spokeToHub =
        (from.type == T::Spoke && to.type == T::Hub) || (from.type == T::Hub && to.type == T::Spoke);
    if (spokeToHub) {
        const QString spoke = from.type == T::Spoke ? from.key : to.key;
        setReach(Topology::ReachabilityFact::Kind::SpokeToHubApi, spoke, m_topology.hub.name,
                 Topology::Reach::Reachable);
        return true;
    }
    return false;
}

void TopologyDocument::setReach(Topology::ReachabilityFact::Kind kind, const QString &from, const QString &to,
                                Topology::Reach reach)
{
    if (m_topology.reach(kind, from, to) == reach)
        return;
    edit(tr("Set %1 → %2 to %3").arg(from, to, Topology::toKey(reach)),
         [&](Topology::Topology &topology) { topology.setReach(kind, from, to, reach); });
}

QString TopologyDocument::uniqueSpokeName(const QString &base) const
{
    if (!m_topology.spoke(base) && base != QStringLiteral("spoke"))
        return base;
    for (int n = 1;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!m_topology.spoke(candidate))
            return candidate;
    }
}

QString TopologyDocument::uniqueRegistryId(const QString &base) const
{
    if (!m_topology.registry(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!m_topology.registry(candidate))
            return candidate;
    }
}

void TopologyDocument::applyTopology(const Topology::Topology &topology)
{
    m_topology = topology;
    const auto kind = CoreApi::inferKind(m_topology);
    Q_EMIT topologyChanged();
    if (kind != m_kind) {
        m_kind = kind;
        Q_EMIT kindChanged();
    }
    scheduleValidation();
}

void TopologyDocument::applyPositions(const Positions &positions)
{
    m_positions = positions;
    Q_EMIT positionsChanged();
}

void TopologyDocument::scheduleValidation()
{
    ++m_validationGeneration;
    m_validationTimer.start();
}

void TopologyDocument::startValidation()
{
    // One validation at a time on a copy of the model; edits made meanwhile validate again afterwards.
    if (m_validationWatcher.isRunning()) {
        m_validationPending = true;
        return;
    }
    m_validatedGeneration = m_validationGeneration;
    m_validationWatcher.setFuture(QtConcurrent::run([topology = m_topology] { return CoreApi::validate(topology); }));
}

void TopologyDocument::takeFindings(const QList<CoreApi::Finding> &findings)
{
    m_findings = findings;
    Q_EMIT findingsChanged();
}

} // namespace Ui
