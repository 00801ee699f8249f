#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "topology/templates.h"
#include "topologydocument.h"

using Ui::ElementRef;
using Ui::TopologyDocument;

class TestTopologyDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addingElementsIsUndoable();
    void connectingMakesTheClusterUseTheRegistry();
    void connectingTwoSpokesIsRefused();
    void editingAFieldMergesTypingAndUndoes();
    void removingARegistryClearsReferences();
    void movingNodesIsOneUndoStep();
    void reachabilityIsRecorded();
    void modifiedStateFollowsTheUndoStack();
    void validationFollowsEdits();
};

void TestTopologyDocument::addingElementsIsUndoable()
{
    TopologyDocument document;
    const ElementRef registry = document.addRegistry(Topology::RegistryKind::Harbor);
    const ElementRef spoke = document.addSpoke(registry.key);

    QCOMPARE(document.topology().registries.size(), 1);
    QCOMPARE(document.topology().registries.first().kind, Topology::RegistryKind::Harbor);
    QCOMPARE(document.topology().spoke(spoke.key)->registry.registryId, registry.key);
    QCOMPARE(document.topology().hub.registry.registryId, registry.key);

    document.undoStack()->undo();
    QVERIFY(!document.contains(spoke));
    document.undoStack()->undo();
    QVERIFY(document.topology().registries.isEmpty());
    document.undoStack()->redo();
    QVERIFY(document.contains(registry));
}

void TestTopologyDocument::connectingMakesTheClusterUseTheRegistry()
{
    TopologyDocument document;
    const ElementRef first = document.addRegistry(Topology::RegistryKind::Zot);
    const ElementRef second = document.addRegistry(Topology::RegistryKind::Ecr);
    const ElementRef spoke = document.addSpoke(first.key);

    QVERIFY(document.connectElements(spoke, second));
    QCOMPARE(document.topology().spoke(spoke.key)->registry.registryId, second.key);

    // Dragging from the registry to the cluster means the same.
    QVERIFY(document.connectElements(first, ElementRef::hub()));
    QCOMPARE(document.topology().hub.registry.registryId, first.key);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.topology().spoke(spoke.key)->registry.registryId, first.key);
}

void TestTopologyDocument::connectingTwoSpokesIsRefused()
{
    TopologyDocument document;
    const ElementRef a = document.addSpoke(QString());
    const ElementRef b = document.addSpoke(QString());
    const int steps = document.undoStack()->count();
    QVERIFY(!document.connectElements(a, b));
    QCOMPARE(document.undoStack()->count(), steps);
}

void TestTopologyDocument::editingAFieldMergesTypingAndUndoes()
{
    TopologyDocument document;
    const ElementRef spoke = document.addSpoke(QString());
    const int steps = document.undoStack()->count();

    for (const QString &text : {QStringLiteral("9"), QStringLiteral("90"), QStringLiteral("90s")}) {
        document.edit(
            QStringLiteral("Edit timeout"), [&](Topology::Topology &t) { t.spoke(spoke.key)->registry.timeout = text; },
            QStringLiteral("timeout"));
    }
    QCOMPARE(document.topology().spoke(spoke.key)->registry.timeout, QStringLiteral("90s"));
    QCOMPARE(document.undoStack()->count(), steps + 1);

    document.undoStack()->undo();
    QVERIFY(document.topology().spoke(spoke.key)->registry.timeout.isEmpty());
}

void TestTopologyDocument::removingARegistryClearsReferences()
{
    TopologyDocument document;
    const ElementRef registry = document.addRegistry(Topology::RegistryKind::Zot);
    const ElementRef spoke = document.addSpoke(registry.key);
    document.setReach(Topology::ReachabilityFact::Kind::SpokeToRegistry, spoke.key, registry.key,
                      Topology::Reach::Reachable);

    document.removeElements({registry, ElementRef::hub()});
    QVERIFY(!document.contains(registry));
    QVERIFY(document.topology().spoke(spoke.key)->registry.registryId.isEmpty());
    QVERIFY(document.topology().reachability.isEmpty());

    document.undoStack()->undo();
    QCOMPARE(document.topology().spoke(spoke.key)->registry.registryId, registry.key);
    QCOMPARE(document.topology().reachability.size(), 1);
}

void TestTopologyDocument::movingNodesIsOneUndoStep()
{
    TopologyDocument document;
    const ElementRef spoke = document.addSpoke(QString());
    QSignalSpy moved(&document, &TopologyDocument::positionsChanged);

    document.moveNodes({{spoke, QPointF(0, 0)}, {ElementRef::hub(), QPointF(5, 5)}},
                       {{spoke, QPointF(100, 50)}, {ElementRef::hub(), QPointF(20, 20)}});
    QCOMPARE(document.positions().value(spoke), QPointF(100, 50));

    document.undoStack()->undo();
    QCOMPARE(document.positions().value(spoke), QPointF(0, 0));
    QCOMPARE(document.positions().value(ElementRef::hub()), QPointF(5, 5));
    QVERIFY(moved.count() >= 2);
}

void TestTopologyDocument::reachabilityIsRecorded()
{
    TopologyDocument document;
    const ElementRef registry = document.addRegistry(Topology::RegistryKind::Zot);
    document.setReach(Topology::ReachabilityFact::Kind::HubToRegistry, document.topology().hub.name, registry.key,
                      Topology::Reach::Unreachable);
    QCOMPARE(document.topology().reach(Topology::ReachabilityFact::Kind::HubToRegistry, document.topology().hub.name,
                                       registry.key),
             Topology::Reach::Unreachable);

    // Stating the same fact again adds no undo step.
    const int steps = document.undoStack()->count();
    document.setReach(Topology::ReachabilityFact::Kind::HubToRegistry, document.topology().hub.name, registry.key,
                      Topology::Reach::Unreachable);
    QCOMPARE(document.undoStack()->count(), steps);
}

void TestTopologyDocument::modifiedStateFollowsTheUndoStack()
{
    TopologyDocument document;
    document.reset(Topology::makeTemplate(Topology::TopologyKind::SingleExternalRegistry));
    QVERIFY(!document.isModified());
    QSignalSpy modified(&document, &TopologyDocument::modifiedChanged);

    document.addSpoke(QString());
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 2);
}

void TestTopologyDocument::validationFollowsEdits()
{
    TopologyDocument document;
    document.reset(Topology::makeTemplate(Topology::TopologyKind::SingleExternalRegistry));
    QCOMPARE(document.kind(), Topology::TopologyKind::SingleExternalRegistry);
    const auto errorsIn = [&] {
        return std::count_if(document.findings().cbegin(), document.findings().cend(), [](const auto &finding) {
            return finding.severity == Ui::CoreApi::Finding::Severity::Error;
        });
    };
    QCOMPARE(errorsIn(), 0);

    const QString registry = document.topology().registries.first().id;
    QSignalSpy findings(&document, &TopologyDocument::findingsChanged);
    document.edit(QStringLiteral("Edit endpoint"),
                  [&](Topology::Topology &t) { t.registry(registry)->endpoint = QStringLiteral("https://x.example"); });
    QTRY_VERIFY(findings.count() > 0);
    QVERIFY(errorsIn() > 0);

    const auto onRegistry = document.findingsFor(ElementRef::registry(registry));
    QVERIFY(!onRegistry.isEmpty());

    // A second registry changes the inferred kind at once.
    document.addRegistry(Topology::RegistryKind::Zot);
    const ElementRef spoke = ElementRef::spoke(document.topology().spokes.first().name);
    document.connectElements(spoke, ElementRef::registry(document.topology().registries.last().id));
    QCOMPARE(document.kind(), Topology::TopologyKind::MultipleRegistries);
}

QTEST_MAIN(TestTopologyDocument)
#include "tst_topologydocument.moc"
