#include <QSet>
#include <QTest>

#include "topology/templates.h"
#include "topology/validator.h"

using namespace Topology;

class TestTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passValidation_data();
    void passValidation();
    void areRealistic_data();
    void areRealistic();
};

void TestTemplates::passValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expectedWarnings");

    QTest::newRow("hub-as-spoke") << int(TopologyKind::HubAsSpoke) << QStringList();
    QTest::newRow("single-external") << int(TopologyKind::SingleExternalRegistry) << QStringList();
    QTest::newRow("registry-on-hub") << int(TopologyKind::RegistryOnHub) << QStringList();
    // The isolated factory is synchronized by hand, ECR needs its repositories created, and the EU Zot
    // serves two projects: each deserves its warning.
    QTest::newRow("multiple-registries") << int(TopologyKind::MultipleRegistries)
                                         << QStringList{QStringLiteral("multiple.manual-sync"),
                                                        QStringLiteral("registry.ecr-repositories"),
                                                        QStringLiteral("registry.shared-across-projects")};
}

void TestTemplates::passValidation()
{
    QFETCH(int, kind);
    QFETCH(QStringList, expectedWarnings);

    const ValidationReport report = validate(makeTemplate(TopologyKind(kind)));
    QStringList warnings;
    for (const Finding &finding : report.findings) {
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.toString()));
        if (finding.severity == Severity::Warning)
            warnings.append(finding.id);
    }
    warnings.sort();
    expectedWarnings.sort();
    QCOMPARE(warnings, expectedWarnings);
    QCOMPARE(toKey(report.kind.kind), toKey(TopologyKind(kind)));
}

void TestTemplates::areRealistic_data()
{
    passValidation_data();
}

void TestTemplates::areRealistic()
{
    QFETCH(int, kind);
    const Topology::Topology topology = makeTemplate(TopologyKind(kind));

    QVERIFY(!topology.name.isEmpty());
    QVERIFY(!topology.description.isEmpty());
    QVERIFY(!topology.registries.isEmpty());
    QVERIFY(!topology.spokes.isEmpty());
    QVERIFY(!topology.projects.isEmpty());
    QVERIFY(!topology.tenants.isEmpty());
    QVERIFY(!topology.reachability.isEmpty());
    QVERIFY(topology.hub.apiServer.startsWith(QLatin1String("https://")));
    // Only the hub-as-spoke template is not meant for production.
    QCOMPARE(topology.production, TopologyKind(kind) != TopologyKind::HubAsSpoke);

    // Every spoke and the hub use a registry the template defines.
    QSet<QString> ids;
    for (const Registry &registry : topology.registries)
        ids.insert(registry.id);
    QVERIFY(ids.contains(topology.hub.registry.registryId));
    for (const Cluster &spoke : topology.spokes)
        QVERIFY2(ids.contains(spoke.registry.registryId), qPrintable(spoke.name));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
