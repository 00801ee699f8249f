#pragma once

#include <functional>
#include <optional>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QTimer>

#include "coreapi.h"
#include "elementref.h"
#include "topology/model.h"

class QUndoStack;

namespace Ui {

/// The open topology: the model, its file, its undo history, the node positions on the canvas, and the
/// findings and kind the engine derives from it. Every change goes through an undo command.
class TopologyDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyDocument)

public:
    using Positions = QHash<ElementRef, QPointF>;

    explicit TopologyDocument(QObject *parent = nullptr);
    ~TopologyDocument() override;

    const Topology::Topology &topology() const { return m_topology; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    /// The file name, or "Untitled" for a topology never saved.
    QString displayName() const;
    bool isModified() const;
    void setClean();

    std::optional<Topology::TopologyKind> kind() const { return m_kind; }
    const QList<CoreApi::Finding> &findings() const { return m_findings; }
    QList<CoreApi::Finding> findingsFor(const ElementRef &element) const;
    /// Validates at once instead of after the typing pause; used on load and by tests.
    void validateNow();

    /// Replaces the whole topology (new, open, import): clears the history and the positions.
    void reset(const Topology::Topology &topology, const QString &filePath = QString());
    bool contains(const ElementRef &element) const;

    const Positions &positions() const { return m_positions; }
    /// Sets positions without an undo step: the automatic layout places new nodes this way.
    void setPositions(const Positions &positions);

    // Edits. Each pushes one undo command; `change` receives a copy of the topology to modify.
    void edit(const QString &text, const std::function<void(Topology::Topology &)> &change,
              const QString &mergeKey = QString());
    ElementRef addSpoke(const QString &registryId, bool inCluster = false);
    ElementRef addRegistry(Topology::RegistryKind kind);
    void removeElements(const QList<ElementRef> &elements);
    void moveNodes(const Positions &from, const Positions &to);
    /// Forgets every position the user chose, so the automatic layout places all nodes again.
    void arrangeAutomatically();
    /// Makes \a from use \a to as its registry (either order); false when the two cannot be connected.
    bool connectElements(const ElementRef &from, const ElementRef &to);
    void setReach(Topology::ReachabilityFact::Kind kind, const QString &from, const QString &to, Topology::Reach reach);

    QString uniqueSpokeName(const QString &base) const;
    QString uniqueRegistryId(const QString &base) const;

    /// Used by the undo commands only.
    void applyTopology(const Topology::Topology &topology);
    void applyPositions(const Positions &positions);

Q_SIGNALS:
    /// The topology was replaced as a whole (new, open, import).
    void documentReset();
    /// The topology changed through an edit, undo or redo.
    void topologyChanged();
    void positionsChanged();
    void findingsChanged();
    void kindChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    void scheduleValidation();
    void startValidation();
    void takeFindings(const QList<CoreApi::Finding> &findings);

    Topology::Topology m_topology;
    Positions m_positions;
    QUndoStack *m_undoStack;
    QString m_filePath;
    std::optional<Topology::TopologyKind> m_kind;
    QList<CoreApi::Finding> m_findings;
    QTimer m_validationTimer;
    QFutureWatcher<QList<CoreApi::Finding>> m_validationWatcher;
    bool m_validationPending = false;
    int m_validationGeneration = 0;
    int m_validatedGeneration = 0;
};

} // namespace Ui
