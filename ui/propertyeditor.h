#pragma once

#include <functional>

#include <QList>
#include <QWidget>

#include "elementref.h"
#include "topology/model.h"

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Ui {

class TopologyDocument;

/// Edits every field of the selected element: the topology itself, the hub, a spoke or a registry, with the
/// chart's `ociRegistry` fields, projects, reachability and the deployment facts of registries on the hub.
/// Text fields are checked as the user types and show the problem under the field; every change is an
/// undo step (typing in one field merges into one step).
class PropertyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyEditor)

public:
    explicit PropertyEditor(TopologyDocument *document, QWidget *parent = nullptr);

    void setElements(const QList<ElementRef> &elements);
    ElementRef element() const { return m_element; }

Q_SIGNALS:
    /// A spoke or registry got a new key; the canvas selects it under its new name.
    void elementRenamed(const Ui::ElementRef &from, const Ui::ElementRef &to);

public:
    using TextGetter = std::function<QString(const Topology::Topology &)>;
    using TextSetter = std::function<void(Topology::Topology &, const QString &)>;
    using BoolGetter = std::function<bool(const Topology::Topology &)>;
    using BoolSetter = std::function<void(Topology::Topology &, bool)>;
    using IntGetter = std::function<int(const Topology::Topology &)>;
    using IntSetter = std::function<void(Topology::Topology &, int)>;
    using ConnectionAccess = std::function<Topology::RegistryConnection *(Topology::Topology &)>;

private:
    void rebuild();
    void refresh();
    void clearForm();
    QFormLayout *addSection(const QString &title);
    void addFindings();

    void buildTopologyForm();
    void buildProjectsForm();
    void buildFederationForm();
    void buildHubForm();
    void buildSpokeForm(const QString &name);
    void buildRegistryForm(const QString &id);
    void buildConnectionForm(const ConnectionAccess &access);
    void buildSecretForms(const ConnectionAccess &access);
    void addSecretName(QFormLayout *form, const ConnectionAccess &access, QString Topology::RegistryConnection::*field);
    void buildReachability(QFormLayout *form, Topology::ReachabilityFact::Kind kind, const QString &from,
                           const std::function<QString(const Topology::Topology &)> &to, const QString &label);

    void addText(QFormLayout *form, const QString &label, const QString &field, const TextGetter &get,
                 const TextSetter &set, bool secret = false);
    void addMultiline(QFormLayout *form, const QString &label, const TextGetter &get, const TextSetter &set);
    void addCheck(QFormLayout *form, const QString &label, const BoolGetter &get, const BoolSetter &set);
    void addChoice(QFormLayout *form, const QString &label, const QList<std::pair<QString, int>> &choices,
                   const IntGetter &get, const IntSetter &set);
    void addNumber(QFormLayout *form, const QString &label, int minimum, int maximum, const IntGetter &get,
                   const IntSetter &set);
    /// A key field (spoke name, registry id): applied when editing ends, only when valid and unique.
    void addKey(QFormLayout *form, const QString &label, const QString &current,
                const std::function<QString(const QString &)> &check,
                const std::function<void(const QString &)> &rename);

    /// The check of a key field: the field's rules, then that no other element than \a current has the key
    /// (\a takenMessage has a %1 for it).
    std::function<QString(const QString &)> uniqueKey(const QString &current,
                                                      const std::function<bool(const QString &)> &taken,
                                                      const QString &takenMessage) const;

    void applyEdit(const QString &label, const std::function<void(Topology::Topology &)> &change, bool merge);
    void renameSpoke(const QString &from, const QString &to);
    void renameHub(const QString &from, const QString &to);
    void renameRegistry(const QString &from, const QString &to);

    TopologyDocument *m_document;
    ElementRef m_element;
    int m_selectionSize = 0;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QLabel *m_header = nullptr;
    QList<std::function<void()>> m_refreshers;
};

} // namespace Ui
