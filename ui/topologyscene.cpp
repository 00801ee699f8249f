#include "topologyscene.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>

#include "canvasstyle.h"
#include "edgeitem.h"
#include "groupitem.h"
#include "nodeitem.h"
#include "topologydocument.h"

namespace Ui {

namespace {

using Fact = Topology::ReachabilityFact;

// Above this many spokes the per-spoke hub API lines would hide everything else; the marks stay.
constexpr int hubApiEdgeLimit = 24;

QString reachKey(Fact::Kind kind, const QString &from, const QString &to)
{
    return QString::number(int(kind)) + QLatin1Char('\n') + from + QLatin1Char('\n') + to;
}

QString groupLabel(const AutoLayout::Group &group)
{
    const QString count = TopologyScene::tr("%n spoke(s)", nullptr, int(group.spokes.size()));
    if (group.registryId.isEmpty())
        return TopologyScene::tr("No registry · %1").arg(count);
    if (group.project.isEmpty())
        return TopologyScene::tr("No project · %1").arg(count);
    return TopologyScene::tr("Project %1 · %2").arg(group.project, count);
}

} // namespace

TopologyScene::TopologyScene(TopologyDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &TopologyDocument::documentReset, this, &TopologyScene::rebuild);
    connect(document, &TopologyDocument::topologyChanged, this, &TopologyScene::followEdit);
    connect(document, &TopologyDocument::positionsChanged, this, &TopologyScene::placeNodes);
    connect(document, &TopologyDocument::findingsChanged, this, &TopologyScene::updateSeverities);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_rebuilding)
            Q_EMIT elementsSelected(selectedElements());
    });
    rebuild();
}

TopologyScene::~TopologyScene()
{
    // Removing the items changes the selection; nobody may hear of it from a scene half destroyed.
    blockSignals(true);
    clear();
}

void TopologyScene::setShowHubApiEdges(bool show)
{
    if (show == m_showHubApiEdges)
        return;
    m_showHubApiEdges = show;
    rebuild();
}

QList<ElementRef> TopologyScene::selectedElements() const
{
    QList<ElementRef> result;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            result.append(static_cast<NodeItem *>(item)->element());
    }
    return result;
}

void TopologyScene::selectElements(const QList<ElementRef> &elements)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const ElementRef &element : elements) {
        if (NodeItem *item = m_nodes.value(element))
            item->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT elementsSelected(selectedElements());
}

Topology::Reach TopologyScene::reachOf(Fact::Kind kind, const QString &from, const QString &to) const
{
    return m_reach.value(reachKey(kind, from, to), Topology::Reach::Unknown);
}

QString TopologyScene::structureSignature() const
{
    // Everything the layout and the set of items depend on; texts and reachability are not part of it.
    const Topology::Topology &topology = m_document->topology();
    QString signature = topology.hub.name + QLatin1Char('\n') + topology.hub.registry.registryId;
    for (const Topology::Registry &registry : topology.registries)
        signature += QLatin1String("\nr ") + registry.id;
    for (const Topology::Cluster &spoke : topology.spokes) {
        signature += QLatin1String("\ns ") + spoke.name + QLatin1Char(' ') + spoke.registry.registryId +
                     QLatin1Char(' ') + spoke.projects.value(0) + (spoke.inCluster ? QLatin1String(" i") : QString());
    }
    return signature;
}

void TopologyScene::indexReachability()
{
    // One pass over the facts instead of a search per node: hundreds of spokes have thousands of facts.
    m_reach.clear();
    for (const Fact &fact : m_document->topology().reachability)
        m_reach.insert(reachKey(fact.kind, fact.from, fact.to), fact.reach);
}

void TopologyScene::followEdit()
{
    // Typing into a field changes texts only: update the items in place instead of building them again.
    if (structureSignature() != m_signature) {
        rebuild();
        return;
    }
    indexReachability();
    for (NodeItem *item : std::as_const(m_nodes))
        describeNode(item);
    for (const EdgeBinding &binding : std::as_const(m_edgeBindings))
        binding.edge->setReach(binding.reach());
}

void TopologyScene::rebuild()
{
    const QList<ElementRef> selection = selectedElements();
    indexReachability();
    m_signature = structureSignature();
    m_edgeBindings.clear();
    m_rebuilding = true;
    m_connectSource = nullptr;
    m_connectLine = nullptr;
    clear();
    m_nodes.clear();
    m_edgeCount = 0;

    m_layout = AutoLayout::compute(m_document->topology());
    createNodes();
    placeNodes();
    createGroupsAndEdges();
    updateSeverities();

    for (const ElementRef &element : selection) {
        if (NodeItem *item = m_nodes.value(element))
            item->setSelected(true);
    }
    m_rebuilding = false;
    setSceneRect(itemsBoundingRect().adjusted(-80, -80, 80, 80));
    if (selection != selectedElements())
        Q_EMIT elementsSelected(selectedElements());
}

void TopologyScene::createNodes()
{
    const Topology::Topology &topology = m_document->topology();
    createNode(ElementRef::hub());
    for (const Topology::Registry &registry : topology.registries)
        createNode(ElementRef::registry(registry.id));
    for (const Topology::Cluster &spoke : topology.spokes)
        createNode(ElementRef::spoke(spoke.name));
}

NodeItem *TopologyScene::createNode(const ElementRef &element)
{
    auto *item = new NodeItem(element, AutoLayout::nodeSize(element.type));
    describeNode(item);
    addItem(item);
    m_nodes.insert(element, item);
    return item;
}

void TopologyScene::describeNode(NodeItem *item) const
{
    const Topology::Topology &topology = m_document->topology();
    const ElementRef &element = item->element();

    if (element.type == ElementRef::Type::Hub) {
        const QString endpoint = topology.effectiveEndpoint(topology.hub.registry);
        item->setTexts(tr("HUB"), topology.hub.name,
                       {endpoint.isEmpty() ? tr("no registry chosen") : endpoint,
                        topology.hub.apiServer.isEmpty() ? tr("API server not set") : topology.hub.apiServer});
        return;
    }

    if (element.type == ElementRef::Type::Registry) {
        const Topology::Registry *registry = topology.registry(element.key);
        QString facts = Topology::displayName(registry->kind);
        if (registry->onHub)
            facts += tr(" · on hub · %n replica(s)", nullptr, registry->replicas);
        item->setBadgeColor(CanvasStyle::registryBadgeColor(registry->kind));
        item->setTexts(CanvasStyle::registryBadge(registry->kind),
                       registry->displayName.isEmpty() ? registry->id : registry->displayName,
                       {registry->endpoint.isEmpty() ? tr("endpoint not set") : registry->endpoint, facts});
        return;
    }

    const Topology::Cluster *spoke = topology.spoke(element.key);
    item->setTexts(spoke->inCluster ? tr("IN-HUB") : tr("SPOKE"), spoke->name,
                   {spoke->projects.isEmpty() ? tr("no project") : spoke->projects.join(QLatin1String(", "))});
    item->setReachMarks({
        {tr("pull"), reachOf(Fact::Kind::SpokeToRegistry, spoke->name, spoke->registry.registryId)},
        {tr("API"), reachOf(Fact::Kind::SpokeToHubApi, spoke->name, topology.hub.name)},
    });
}

void TopologyScene::placeNodes()
{
    const auto &manual = m_document->positions();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const QPointF at = manual.value(it.key(), m_layout.positions.value(it.key()));
        if (it.value()->pos() != at)
            it.value()->setPos(at);
    }
}

void TopologyScene::createGroupsAndEdges()
{
    const Topology::Topology &topology = m_document->topology();
    NodeItem *hub = m_nodes.value(ElementRef::hub());
    const auto addEdge = [this](QGraphicsItem *from, QGraphicsItem *to, const std::function<Topology::Reach()> &reach,
                                const QString &label, bool emphasised) {
        auto *edge = new EdgeItem(from, to, reach(), label, emphasised);
        m_edgeBindings.append({edge, reach});
        addItem(edge);
        for (QGraphicsItem *end : {from, to}) {
            if (end->type() == NodeItem::Type)
                static_cast<NodeItem *>(end)->addEdge(edge);
        }
        ++m_edgeCount;
        return edge;
    };

    for (const Topology::Registry &registry : topology.registries) {
        const bool used = topology.hub.registry.registryId == registry.id;
        const QString hubName = topology.hub.name;
        const QString id = registry.id;
        addEdge(
            hub, m_nodes.value(ElementRef::registry(id)),
            [this, hubName, id] { return reachOf(Fact::Kind::HubToRegistry, hubName, id); },
            used ? tr("hub registry · push") : tr("push"), used);
    }

    QHash<QString, qsizetype> spokesPerRegistry;
    for (const AutoLayout::Group &group : std::as_const(m_layout.groups))
        spokesPerRegistry[group.registryId] += group.spokes.size();

    for (const AutoLayout::Group &group : std::as_const(m_layout.groups)) {
        auto *frame = new GroupItem(group.rect, groupLabel(group));
        addItem(frame);
        NodeItem *registry = m_nodes.value(ElementRef::registry(group.registryId));
        if (!registry)
            continue;

        if (spokesPerRegistry.value(group.registryId) <= AutoLayout::individualEdgeLimit) {
            for (const QString &name : group.spokes) {
                const QString id = group.registryId;
                addEdge(
                    m_nodes.value(ElementRef::spoke(name)), registry,
                    [this, name, id] { return reachOf(Fact::Kind::SpokeToRegistry, name, id); }, tr("pull"), false);
            }
            continue;
        }

        // One line for a large group; each spoke's own fact stays visible as its "pull" mark.
        const auto commonReach = [this, spokes = group.spokes, id = group.registryId] {
            std::optional<Topology::Reach> common;
            for (const QString &name : spokes) {
                const auto reach = reachOf(Fact::Kind::SpokeToRegistry, name, id);
                common = (!common || *common == reach) ? reach : Topology::Reach::Unknown;
            }
            return common.value_or(Topology::Reach::Unknown);
        };
        EdgeItem *edge =
            addEdge(frame, registry, commonReach, tr("pull · %n spoke(s)", nullptr, int(group.spokes.size())), false);
        edge->setTrunk(group.rect.right() + 16);
    }

    if (!m_showHubApiEdges || topology.spokes.size() > hubApiEdgeLimit)
        return;
    for (const Topology::Cluster &spoke : topology.spokes) {
        if (spoke.inCluster)
            continue;
        const QString name = spoke.name;
        const QString hubName = topology.hub.name;
        addEdge(
            m_nodes.value(ElementRef::spoke(name)), hub,
            [this, name, hubName] { return reachOf(Fact::Kind::SpokeToHubApi, name, hubName); }, QString(), false);
    }
}

void TopologyScene::updateSeverities()
{
    QHash<ElementRef, std::pair<CoreApi::Finding::Severity, int>> worst;
    for (const CoreApi::Finding &finding : m_document->findings()) {
        auto it = worst.find(finding.element);
        if (it == worst.end())
            worst.insert(finding.element, {finding.severity, 1});
        else
            *it = {std::max(it->first, finding.severity), it->second + 1};
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto found = worst.constFind(it.key());
        if (found == worst.cend())
            it.value()->setSeverity(std::nullopt, 0);
        else
            it.value()->setSeverity(found->first, found->second);
    }
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos, const NodeItem *except) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type && item != except)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const bool connecting = m_connectMode || (event->modifiers() & Qt::ShiftModifier);
    NodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    if (connecting && node) {
        m_connectSource = node;
        m_connectLine =
            addLine(QLineF(event->scenePos(), event->scenePos()), QPen(QColor(0x19, 0x76, 0xd2), 2, Qt::DashLine));
        m_connectLine->setZValue(10);
        event->accept();
        return;
    }

    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            m_pressPositions.insert(static_cast<NodeItem *>(item)->element(), item->pos());
    }
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        finishConnecting(event->scenePos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);

    TopologyDocument::Positions from;
    TopologyDocument::Positions to;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        NodeItem *item = m_nodes.value(it.key());
        if (item && item->pos() != it.value()) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), item->pos());
        }
    }
    m_pressPositions.clear();
    if (!to.isEmpty())
        m_document->moveNodes(from, to);
}

void TopologyScene::finishConnecting(const QPointF &scenePos)
{
    const ElementRef source = m_connectSource->element();
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectSource = nullptr;

    NodeItem *target = nodeAt(scenePos, m_nodes.value(source));
    if (!target) {
        Q_EMIT connectionRefused(tr("Release the drag over another node to connect it."));
        return;
    }
    if (!m_document->connectElements(source, target->element()))
        Q_EMIT connectionRefused(tr("A cluster connects to a registry, or a spoke to the hub's API server."));
}

} // namespace Ui
