#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "autolayout.h"
#include "edgeitem.h"
#include "groupitem.h"
#include "nodeitem.h"
#include "topology/templates.h"
#include "topologydocument.h"
#include "topologyscene.h"
#include "topologyview.h"

using Ui::ElementRef;

class TestTopologyScene final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodesFollowTheModel();
    void registryNodesShowTheirKind_data();
    void registryNodesShowTheirKind();
    void dragInConnectModeConnects();
    void shiftDragConnectsWithoutTheTool();
    void draggingANodeRecordsAMove();
    void rubberBandSelectsSeveralNodes();
    void findingsMarkNodesBySeverity();
    void reachabilityIsDrawnByPattern();
    void largeFleetLayoutHasNoOverlaps();
    void hubApiLinesOnRequest();
    void textEditsUpdateItemsInPlace();

private:
    static QPoint viewPointOf(Ui::TopologyView &view, const ElementRef &element);
};

QPoint TestTopologyScene::viewPointOf(Ui::TopologyView &view, const ElementRef &element)
{
    auto *scene = static_cast<Ui::TopologyScene *>(view.scene());
    return view.mapFromScene(scene->nodeItem(element)->cardSceneRect().center());
}

void TestTopologyScene::nodesFollowTheModel()
{
    Ui::TopologyDocument document;
    Ui::TopologyScene scene(&document);
    QCOMPARE(scene.nodeItems().size(), 1); // the hub is always there

    const ElementRef registry = document.addRegistry(Topology::RegistryKind::Zot);
    const ElementRef spoke = document.addSpoke(registry.key);
    QVERIFY(scene.nodeItem(registry));
    QVERIFY(scene.nodeItem(spoke));
    QCOMPARE(scene.nodeItems().size(), 3);

    document.undoStack()->undo();
    QVERIFY(!scene.nodeItem(spoke));
}

void TestTopologyScene::registryNodesShowTheirKind_data()
{
    QTest::addColumn<Topology::RegistryKind>("kind");
    QTest::addColumn<QString>("badge");
    QTest::newRow("zot") << Topology::RegistryKind::Zot << QStringLiteral("ZOT");
    QTest::newRow("harbor") << Topology::RegistryKind::Harbor << QStringLiteral("HARBOR");
    QTest::newRow("ecr") << Topology::RegistryKind::Ecr << QStringLiteral("ECR");
    QTest::newRow("acr") << Topology::RegistryKind::Acr << QStringLiteral("ACR");
    QTest::newRow("gar") << Topology::RegistryKind::GoogleArtifactRegistry << QStringLiteral("GAR");
    QTest::newRow("ghcr") << Topology::RegistryKind::Ghcr << QStringLiteral("GHCR");
    QTest::newRow("generic") << Topology::RegistryKind::Generic << QStringLiteral("OCI");
}

void TestTopologyScene::registryNodesShowTheirKind()
{
    QFETCH(Topology::RegistryKind, kind);
    QFETCH(QString, badge);
    Ui::TopologyDocument document;
    Ui::TopologyScene scene(&document);
    const ElementRef registry = document.addRegistry(kind);
    QCOMPARE(scene.nodeItem(registry)->badge(), badge);
    QVERIFY(scene.nodeItem(registry)->details().join(QLatin1Char(' ')).contains(Topology::displayName(kind)));
}

void TestTopologyScene::dragInConnectModeConnects()
{
    Ui::TopologyDocument document;
    Ui::TopologyScene scene(&document);
    Ui::TopologyView view(&scene);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const ElementRef first = document.addRegistry(Topology::RegistryKind::Zot);
    const ElementRef second = document.addRegistry(Topology::RegistryKind::Harbor);
    const ElementRef spoke = document.addSpoke(first.key);
    view.zoomToFit();
    scene.setConnectMode(true);

    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, viewPointOf(view, spoke));
    QTest::mouseMove(view.viewport(), viewPointOf(view, second));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, viewPointOf(view, second));

    QCOMPARE(document.topology().spoke(spoke.key)->registry.registryId, second.key);
}

void TestTopologyScene::shiftDragConnectsWithoutTheTool()
{
    Ui::TopologyDocument document;
    Ui::TopologyScene scene(&document);
    Ui::TopologyView view(&scene);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const ElementRef first = document.addRegistry(Topology::RegistryKind::Zot);
    const ElementRef second = document.addRegistry(Topology::RegistryKind::Acr);
    view.zoomToFit();
    QSignalSpy refused(&scene, &Ui::TopologyScene::connectionRefused);

    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointOf(view, ElementRef::hub()));
    QTest::mouseMove(view.viewport(), viewPointOf(view, second));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointOf(view, second));
    QCOMPARE(document.topology().hub.registry.registryId, second.key);

    // Two registries cannot be connected: the scene says why instead of changing anything.
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointOf(view, first));
    QTest::mouseMove(view.viewport(), viewPointOf(view, second));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, viewPointOf(view, second));
    QCOMPARE(refused.count(), 1);
}

void TestTopologyScene::draggingANodeRecordsAMove()
{
    Ui::TopologyDocument document;
    Ui::TopologyScene scene(&document);
    Ui::TopologyView view(&scene);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const ElementRef registry = document.addRegistry(Topology::RegistryKind::Zot);
    view.zoomToFit();
    const QPointF before = scene.nodeItem(registry)->pos();
    const int steps = document.undoStack()->count();

    const QPoint start = viewPointOf(view, registry);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view.viewport(), start + QPoint(0, 20 * step));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(0, 100));

    QVERIFY(scene.nodeItem(registry)->pos().y() > before.y() + 20);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    document.undoStack()->undo();
    QCOMPARE(scene.nodeItem(registry)->pos(), before);
}

void TestTopologyScene::rubberBandSelectsSeveralNodes()
{
    Ui::TopologyDocument document;
    document.reset(Topology::makeTemplate(Topology::TopologyKind::MultipleRegistries));
    Ui::TopologyScene scene(&document);
    Ui::TopologyView view(&scene);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomToFit();

    const QRect all = view.mapFromScene(scene.itemsBoundingRect()).boundingRect();
    const QPoint from = all.topLeft() - QPoint(5, 5);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view.viewport(), from + (all.bottomRight() + QPoint(10, 10) - from) * step / 4);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, all.bottomRight() + QPoint(10, 10));

    QCOMPARE(scene.selectedElements().size(), scene.nodeItems().size());
}

void TestTopologyScene::findingsMarkNodesBySeverity()
{
    Ui::TopologyDocument document;
    document.reset(Topology::makeTemplate(Topology::TopologyKind::SingleExternalRegistry));
    Ui::TopologyScene scene(&document);
    const QString registry = document.topology().registries.first().id;
    QVERIFY(!scene.nodeItem(ElementRef::registry(registry))->severity().has_value());

    document.edit(QStringLiteral("break"),
                  [&](Topology::Topology &t) { t.registry(registry)->endpoint = QStringLiteral("oci://docker.io"); });
    document.validateNow();
    QCOMPARE(scene.nodeItem(ElementRef::registry(registry))->severity(), Ui::CoreApi::Finding::Severity::Error);
}

void TestTopologyScene::reachabilityIsDrawnByPattern()
{
    Ui::TopologyDocument document;
    Ui::TopologyScene scene(&document);
    const ElementRef registry = document.addRegistry(Topology::RegistryKind::Zot);
    const auto hubEdgeStyle = [&] {
        for (QGraphicsItem *item : scene.items()) {
            if (item->type() == Ui::EdgeItem::Type)
                return std::pair(static_cast<Ui::EdgeItem *>(item)->reach(),
                                 static_cast<Ui::EdgeItem *>(item)->pen().style());
        }
        return std::pair(Topology::Reach::Unknown, Qt::NoPen);
    };
    QCOMPARE(hubEdgeStyle(), std::pair(Topology::Reach::Unknown, Qt::DotLine));

    const QString hub = document.topology().hub.name;
    document.setReach(Topology::ReachabilityFact::Kind::HubToRegistry, hub, registry.key, Topology::Reach::Unreachable);
    QCOMPARE(hubEdgeStyle(), std::pair(Topology::Reach::Unreachable, Qt::DashLine));
    document.setReach(Topology::ReachabilityFact::Kind::HubToRegistry, hub, registry.key, Topology::Reach::Reachable);
    QCOMPARE(hubEdgeStyle(), std::pair(Topology::Reach::Reachable, Qt::SolidLine));
}

void TestTopologyScene::largeFleetLayoutHasNoOverlaps()
{
    Topology::Topology topology;
    for (int r = 0; r < 3; ++r) {
        Topology::Registry registry;
        registry.id = QStringLiteral("registry-%1").arg(r);
        topology.registries.append(registry);
    }
    for (int i = 0; i < 300; ++i) {
        Topology::Cluster spoke;
        spoke.name = QStringLiteral("spoke-%1").arg(i);
        spoke.projects = {QStringLiteral("project-%1").arg(i % 4)};
        spoke.registry.registryId = QStringLiteral("registry-%1").arg(i % 3);
        topology.spokes.append(spoke);
    }

    const Ui::AutoLayout::Result layout = Ui::AutoLayout::compute(topology);
    QCOMPARE(layout.positions.size(), 1 + 3 + 300);
    QCOMPARE(layout.groups.size(), 12); // one per registry and project

    QList<QRectF> cards;
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it)
        cards.append(QRectF(it.value(), Ui::AutoLayout::nodeSize(it.key().type)));
    for (int i = 0; i < cards.size(); ++i) {
        for (int j = i + 1; j < cards.size(); ++j)
            QVERIFY2(!cards.at(i).intersects(cards.at(j)), "two nodes overlap");
    }

    // Every spoke sits inside its group's frame, under its registry's column.
    for (const Ui::AutoLayout::Group &group : layout.groups) {
        for (const QString &spoke : group.spokes)
            QVERIFY(group.rect.contains(QRectF(layout.positions.value(ElementRef::spoke(spoke)),
                                               Ui::AutoLayout::nodeSize(ElementRef::Type::Spoke))));
    }
}

void TestTopologyScene::hubApiLinesOnRequest()
{
    Ui::TopologyDocument document;
    document.reset(Topology::makeTemplate(Topology::TopologyKind::MultipleRegistries));
    Ui::TopologyScene scene(&document);
    scene.setShowHubApiEdges(false);
    const int without = scene.edgeCount();
    scene.setShowHubApiEdges(true);
    qsizetype remote = 0;
    for (const Topology::Cluster &spoke : document.topology().spokes)
        remote += spoke.inCluster ? 0 : 1;
    QCOMPARE(scene.edgeCount(), without + remote);
}

void TestTopologyScene::textEditsUpdateItemsInPlace()
{
    Ui::TopologyDocument document;
    document.reset(Topology::makeTemplate(Topology::TopologyKind::SingleExternalRegistry));
    Ui::TopologyScene scene(&document);
    const ElementRef registry = ElementRef::registry(document.topology().registries.first().id);
    Ui::NodeItem *before = scene.nodeItem(registry);

    document.edit(QStringLiteral("endpoint"), [&](Topology::Topology &t) {
        t.registry(registry.key)->endpoint = QStringLiteral("oci://typed.example.com");
    });
    QCOMPARE(scene.nodeItem(registry), before);
    QVERIFY(before->details().contains(QStringLiteral("oci://typed.example.com")));

    // Moving a spoke to another registry changes the layout: the items are built again.
    document.addRegistry(Topology::RegistryKind::Zot);
    QVERIFY(scene.nodeItem(ElementRef::registry(QStringLiteral("zot"))));
}

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
