#include <QTest>

#include "coreapi.h"
#include "demoworkspace.h"

using Severity = Ui::CoreApi::Finding::Severity;

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleIsARealisticFleet();
    void generatedFleetsHaveTheRequestedSize_data();
    void generatedFleetsHaveTheRequestedSize();

private:
    static int errorsIn(const Topology::Topology &topology);
};

int TestDemoWorkspace::errorsIn(const Topology::Topology &topology)
{
    int errors = 0;
    for (const Ui::CoreApi::Finding &finding : Ui::CoreApi::validate(topology))
        errors += finding.severity == Severity::Error ? 1 : 0;
    return errors;
}

void TestDemoWorkspace::sampleIsARealisticFleet()
{
    const auto sample = Console::DemoWorkspace::sample();
    QVERIFY2(sample.ok(), sample.ok() ? "" : qPrintable(sample.error().toString()));
    const Topology::Topology &topology = sample.value();

    QCOMPARE(topology.spokes.size(), 4); // the sample's three and one planned spoke
    QVERIFY(topology.spoke(QStringLiteral("gpu-east-3")));
    QCOMPARE(topology.registries.size(), 3);
    QVERIFY(!topology.projects.isEmpty());
    QVERIFY(!topology.reachability.isEmpty());
    for (const Topology::Cluster &spoke : topology.spokes)
        QVERIFY2(!spoke.projects.isEmpty(), qPrintable(spoke.name));
    QCOMPARE(Ui::CoreApi::inferKind(topology), Topology::TopologyKind::MultipleRegistries);
    QCOMPARE(errorsIn(topology), 0);
}

void TestDemoWorkspace::generatedFleetsHaveTheRequestedSize_data()
{
    QTest::addColumn<int>("spokes");
    QTest::newRow("10") << 10;
    QTest::newRow("200") << 200;
}

void TestDemoWorkspace::generatedFleetsHaveTheRequestedSize()
{
    QFETCH(int, spokes);
    const Topology::Topology topology = Console::DemoWorkspace::generated(spokes);
    QCOMPARE(topology.spokes.size(), spokes);
    QCOMPARE(topology.registries.size(), 4);
    QCOMPARE(Ui::CoreApi::inferKind(topology), Topology::TopologyKind::MultipleRegistries);

    // Some spokes are deliberately unreachable so the designer has errors to show; no other kind of error.
    for (const Ui::CoreApi::Finding &finding : Ui::CoreApi::validate(topology)) {
        if (finding.severity == Severity::Error)
            QCOMPARE(finding.ruleId, QStringLiteral("reach.spoke-to-hub-api"));
    }
}

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
