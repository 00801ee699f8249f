#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <functional>

#include "autolayout.h"
#include "elementref.h"

class QGraphicsLineItem;

namespace Ui {

class EdgeItem;
class NodeItem;
class TopologyDocument;

/// The canvas contents for one document: nodes, group frames and edges, rebuilt when the topology changes
/// and kept in step with node positions and findings. Mouse gestures become document edits.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyScene)

public:
    explicit TopologyScene(TopologyDocument *document, QObject *parent = nullptr);
    ~TopologyScene() override;

    /// In connect mode a drag from one node to another connects them; otherwise Shift+drag does.
    void setConnectMode(bool enabled) { m_connectMode = enabled; }
    bool connectMode() const { return m_connectMode; }

    void setShowHubApiEdges(bool show);
    bool showHubApiEdges() const { return m_showHubApiEdges; }

    QList<ElementRef> selectedElements() const;
    void selectElements(const QList<ElementRef> &elements);
    NodeItem *nodeItem(const ElementRef &element) const { return m_nodes.value(element); }
    const QHash<ElementRef, NodeItem *> &nodeItems() const { return m_nodes; }
    int edgeCount() const { return m_edgeCount; }

    /// Recreates every item from the document; done on each change of the topology.
    void rebuild();

Q_SIGNALS:
    void elementsSelected(const QList<Ui::ElementRef> &elements);
    /// A drag ended on empty canvas or on a node that cannot be connected to its start.
    void connectionRefused(const QString &reason);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    /// Updates texts, marks and edge patterns in place when the structure is unchanged; rebuilds otherwise.
    void followEdit();
    QString structureSignature() const;
    void indexReachability();
    void createNodes();
    void createGroupsAndEdges();
    NodeItem *createNode(const ElementRef &element);
    void describeNode(NodeItem *item) const;
    void placeNodes();
    void updateSeverities();
    Topology::Reach reachOf(Topology::ReachabilityFact::Kind kind, const QString &from, const QString &to) const;
    NodeItem *nodeAt(const QPointF &scenePos, const NodeItem *except = nullptr) const;
    void finishConnecting(const QPointF &scenePos);

    TopologyDocument *m_document;
    AutoLayout::Result m_layout;
    QHash<ElementRef, NodeItem *> m_nodes;
    struct EdgeBinding
    {
        EdgeItem *edge;
        std::function<Topology::Reach()> reach;
    };

    QHash<QString, Topology::Reach> m_reach;
    QList<EdgeBinding> m_edgeBindings;
    QString m_signature; ///< reachability facts by kind, from and to, for this build
    QHash<ElementRef, QPointF> m_pressPositions;
    NodeItem *m_connectSource = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    bool m_connectMode = false;
    bool m_showHubApiEdges = false;
    bool m_rebuilding = false;
    int m_edgeCount = 0;
};

} // namespace Ui
