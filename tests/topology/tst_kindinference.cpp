#include <QTest>

#include "topology/kindinference.h"
#include "topology/templates.h"

using namespace Topology;

namespace {

Registry makeRegistry(const QString &id, bool onHub, Exposure exposure = Exposure::None)
{
    Registry registry;
    registry.id = id;
    registry.endpoint = QStringLiteral("oci://%1.example.com").arg(id);
    registry.onHub = onHub;
    registry.exposure = exposure;
    return registry;
}

Cluster makeSpoke(const QString &name, const QString &registryId, bool inCluster = false)
{
    Cluster spoke;
    spoke.name = name;
    spoke.inCluster = inCluster;
    spoke.registry.registryId = registryId;
    return spoke;
}

} // namespace

class TestKindInference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infers_data();
    void infers();
    void templatesInferTheirKind_data();
    void templatesInferTheirKind();
};

void TestKindInference::infers_data()
{
    QTest::addColumn<QList<Registry>>("registries");
    QTest::addColumn<QString>("hubRegistry");
    QTest::addColumn<QList<Cluster>>("spokes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason"); // a fragment of the reason

    const Registry zot = makeRegistry(QStringLiteral("zot"), true);
    const Registry exposedZot = makeRegistry(QStringLiteral("zot"), true, Exposure::Ingress);
    const Registry harbor = makeRegistry(QStringLiteral("harbor"), false);
    const Registry ecr = makeRegistry(QStringLiteral("ecr"), false);

    QTest::newRow("on hub, only the hub as spoke")
        << QList<Registry>{zot} << "zot"
        << QList<Cluster>{makeSpoke(QStringLiteral("self"), QStringLiteral("zot"), true)}
        << int(TopologyKind::HubAsSpoke) << "only the hub itself is a spoke";
    QTest::newRow("on hub, no spokes") << QList<Registry>{zot} << "zot" << QList<Cluster>{}
                                       << int(TopologyKind::HubAsSpoke) << "inside the hub";
    QTest::newRow("on hub, not exposed, remote spokes")
        << QList<Registry>{zot} << "zot"
        << QList<Cluster>{makeSpoke(QStringLiteral("self"), QStringLiteral("zot"), true),
                          makeSpoke(QStringLiteral("edge"), QStringLiteral("zot"))}
        << int(TopologyKind::HubAsSpoke) << "not exposed, yet 1 remote spoke";
    QTest::newRow("on hub, exposed") << QList<Registry>{exposedZot} << "zot"
                                     << QList<Cluster>{makeSpoke(QStringLiteral("edge"), QStringLiteral("zot"))}
                                     << int(TopologyKind::RegistryOnHub) << "exposed through ingress";
    QTest::newRow("external, shared") << QList<Registry>{harbor} << "harbor"
                                      << QList<Cluster>{makeSpoke(QStringLiteral("a"), QStringLiteral("harbor")),
                                                        makeSpoke(QStringLiteral("b"), QStringLiteral("harbor"))}
                                      << int(TopologyKind::SingleExternalRegistry) << "does not run on the hub";
    QTest::newRow("two registries") << QList<Registry>{harbor, ecr} << "harbor"
                                    << QList<Cluster>{makeSpoke(QStringLiteral("a"), QStringLiteral("harbor")),
                                                      makeSpoke(QStringLiteral("b"), QStringLiteral("ecr"))}
                                    << int(TopologyKind::MultipleRegistries) << "2 different registries";
    QTest::newRow("spokes elsewhere than the hub")
        << QList<Registry>{zot, ecr} << "zot" << QList<Cluster>{makeSpoke(QStringLiteral("b"), QStringLiteral("ecr"))}
        << int(TopologyKind::MultipleRegistries) << "2 different registries";
    QTest::newRow("nothing configured") << QList<Registry>{} << "" << QList<Cluster>{} << int(TopologyKind::HubAsSpoke)
                                        << "no cluster names a registry";
}

void TestKindInference::infers()
{
    QFETCH(QList<Registry>, registries);
    QFETCH(QString, hubRegistry);
    QFETCH(QList<Cluster>, spokes);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    Topology::Topology topology;
    topology.registries = registries;
    topology.hub.registry.registryId = hubRegistry;
    topology.spokes = spokes;

    const KindInference inferred = inferKind(topology);
    QCOMPARE(toKey(inferred.kind), toKey(TopologyKind(kind)));
    QVERIFY2(inferred.reason.contains(reason), qPrintable(inferred.reason));
}

void TestKindInference::templatesInferTheirKind_data()
{
    QTest::addColumn<int>("kind");
    for (const TopologyKind kind : {TopologyKind::HubAsSpoke, TopologyKind::SingleExternalRegistry,
                                    TopologyKind::RegistryOnHub, TopologyKind::MultipleRegistries})
        QTest::newRow(qPrintable(toKey(kind))) << int(kind);
}

void TestKindInference::templatesInferTheirKind()
{
    QFETCH(int, kind);
    QCOMPARE(toKey(inferKind(makeTemplate(TopologyKind(kind))).kind), toKey(TopologyKind(kind)));
}

QTEST_GUILESS_MAIN(TestKindInference)
#include "tst_kindinference.moc"
