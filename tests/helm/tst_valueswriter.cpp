#include <QJsonObject>
#include <QTest>

#include "helm/exportplan.h"
#include "helm/valueswriter.h"
#include "yamltypes.h"

using Helm::ExportPlan;

namespace {

Topology::Topology sampleTopology()
{
    Topology::Topology topology;
    topology.hub.apiServer = QStringLiteral("https://hub.example.com:6443");
    topology.registries.append(Topology::Registry());
    topology.registries[0].id = QStringLiteral("central");
    topology.registries[0].endpoint = QStringLiteral("oci://registry.example.com:5000");
    topology.hub.registry.registryId = QStringLiteral("central");
    topology.hub.registry.basicAuth = Topology::BasicAuth{QStringLiteral("pusher"), {}, QStringLiteral("yes"), true};

    const QStringList names = {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid-1")};
    for (const QString &name : names) {
        Topology::Cluster spoke;
        spoke.name = name;
        spoke.registry.registryId = QStringLiteral("central");
        spoke.registry.timeout = QStringLiteral("90s");
        spoke.registry.insecure = false;
        topology.spokes.append(spoke);
    }
    return topology;
}

YAML::Node writeAndLoad(const Topology::Topology &topology, bool inlineSecrets, QByteArray *text = nullptr)
{
    const QByteArray written = Helm::ValuesWriter::write(ExportPlan::build(topology, {inlineSecrets}));
    if (text)
        *text = written;
    return YAML::Load(written.toStdString());
}

} // namespace

class TestValuesWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutAndOrder();
    void everyField();
    void secretHandling_data();
    void secretHandling();
    void neverBothNameAndData();
    void unknownRegistryReported();
    void sameTypesInYaml11();
};

void TestValuesWriter::layoutAndOrder()
{
    const YAML::Node document = writeAndLoad(sampleTopology(), false);
    QCOMPARE(document["hue"]["ociRegistry"]["endpoint"].as<std::string>(),
             std::string("oci://registry.example.com:5000"));
    QCOMPARE(document["fleetConfig"]["hub"]["apiServer"].as<std::string>(),
             std::string("https://hub.example.com:6443"));

    // Spokes are listed by name, whatever their order in the topology.
    const YAML::Node spokes = document["fleetConfig"]["spokes"];
    QCOMPARE(spokes.size(), std::size_t(3));
    QCOMPARE(spokes[0]["name"].as<std::string>(), std::string("alpha"));
    QCOMPARE(spokes[1]["name"].as<std::string>(), std::string("mid-1"));
    QCOMPARE(spokes[2]["name"].as<std::string>(), std::string("zeta"));
    QCOMPARE(spokes[0]["ociRegistry"]["timeout"].as<std::string>(), std::string("90s"));
    QCOMPARE(spokes[0]["ociRegistry"]["timeout"].Tag(), std::string("?"));
    QCOMPARE(spokes[0]["ociRegistry"]["insecure"].Tag(), std::string("?"));
    QCOMPARE(spokes[0]["ociRegistry"]["insecure"].as<bool>(), false);
    QVERIFY(!spokes[0]["kubeconfig"]);
}

void TestValuesWriter::everyField()
{
    Topology::Topology topology = sampleTopology();
    Topology::RegistryConnection &connection = topology.spokes[0].registry;
    connection.endpointOverride = QStringLiteral("oci://10.0.0.5:5000");
    connection.repository = QStringLiteral("team/workloads");
    connection.insecure = true;
    connection.provider = Topology::Provider::Generic;
    connection.basicAuth = Topology::BasicAuth{QStringLiteral("reader"), {}, QStringLiteral("0123"), false};
    connection.proxyData =
        Topology::ProxyData{QStringLiteral("http://proxy:3128"), QStringLiteral("p"), {}, QStringLiteral("on")};
    connection.certData = Topology::CertData{
        QStringLiteral("-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n"), {}, {}, {}};
    topology.spokes[0].inCluster = true;

    const YAML::Node spoke = writeAndLoad(topology, true)["fleetConfig"]["spokes"][2];
    QCOMPARE(spoke["name"].as<std::string>(), std::string("zeta"));
    QCOMPARE(spoke["kubeconfig"]["inCluster"].as<bool>(), true);
    const YAML::Node section = spoke["ociRegistry"];
    const QStringList expectedKeys = {QStringLiteral("endpoint"),  QStringLiteral("repository"),
                                      QStringLiteral("insecure"),  QStringLiteral("timeout"),
                                      QStringLiteral("provider"),  QStringLiteral("basicAuth"),
                                      QStringLiteral("proxyData"), QStringLiteral("certData")};
    QStringList keys;
    for (const auto &entry : section)
        keys.append(QString::fromStdString(entry.first.Scalar()));
    QCOMPARE(keys, expectedKeys);
    QCOMPARE(section["endpoint"].as<std::string>(), std::string("oci://10.0.0.5:5000"));
    QCOMPARE(section["basicAuth"]["password"].as<std::string>(), std::string("0123"));
    QCOMPARE(section["basicAuth"]["password"].Tag(), std::string("!"));
    QCOMPARE(section["proxyData"]["password"].Tag(), std::string("!"));
    QCOMPARE(section["certData"]["ca.crt"].as<std::string>(),
             std::string("-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n"));
}

void TestValuesWriter::secretHandling_data()
{
    QTest::addColumn<bool>("inlineSecrets");
    QTest::addColumn<QString>("secretName");
    QTest::addColumn<bool>("inlineWritten");
    QTest::addColumn<int>("secretRequests");
    QTest::newRow("default: secret names") << false << QStringLiteral("hub-oci-basic-auth") << false << 1;
    QTest::newRow("explicit inline") << true << QString() << true << 0;
}

void TestValuesWriter::secretHandling()
{
    QFETCH(bool, inlineSecrets);
    QFETCH(QString, secretName);
    QFETCH(bool, inlineWritten);
    QFETCH(int, secretRequests);

    const ExportPlan plan = ExportPlan::build(sampleTopology(), {inlineSecrets});
    QCOMPARE(plan.secrets().size(), secretRequests);
    const YAML::Node hub = YAML::Load(Helm::ValuesWriter::write(plan).toStdString())["hue"]["ociRegistry"];
    QCOMPARE(bool(hub["basicAuth"]), inlineWritten);
    QCOMPARE(hub["basicAuthSecretName"] ? QString::fromStdString(hub["basicAuthSecretName"].Scalar()) : QString(),
             secretName);
    bool warned = false;
    for (const Helm::ReportItem &item : plan.report().items())
        warned = warned || item.code == QLatin1String("inline-password-written");
    QCOMPARE(warned, inlineWritten);
}

void TestValuesWriter::neverBothNameAndData()
{
    Topology::Topology topology = sampleTopology();
    topology.hub.registry.basicAuthSecretName = QStringLiteral("existing-creds");
    topology.hub.registry.certSecretName = QStringLiteral("existing-ca");
    topology.hub.registry.certData = Topology::CertData{QStringLiteral("x\n"), {}, {}, {}};

    for (const bool inlineSecrets : {false, true}) {
        const ExportPlan plan = ExportPlan::build(topology, {inlineSecrets});
        const YAML::Node hub = YAML::Load(Helm::ValuesWriter::write(plan).toStdString())["hue"]["ociRegistry"];
        QCOMPARE(hub["basicAuthSecretName"].as<std::string>(), std::string("existing-creds"));
        QVERIFY(!hub["basicAuth"]);
        QCOMPARE(hub["certSecretName"].as<std::string>(), std::string("existing-ca"));
        QVERIFY(!hub["certData"]);
        QVERIFY(plan.secrets().isEmpty());
        QCOMPARE(plan.report().items().size(), 2);
    }
}

void TestValuesWriter::unknownRegistryReported()
{
    Topology::Topology topology = sampleTopology();
    topology.spokes[1].registry.registryId = QStringLiteral("missing");
    const ExportPlan plan = ExportPlan::build(topology, {});
    QVERIFY(plan.report().hasErrors());
    QVERIFY(plan.report().items().first().message.contains(QLatin1String("alpha")));
}

// Passwords and names that look like other types ("yes", "0123", "on") come back as strings in YAML 1.1.
void TestValuesWriter::sameTypesInYaml11()
{
    Topology::Topology topology = sampleTopology();
    topology.spokes[0].registry.basicAuth = Topology::BasicAuth{QStringLiteral("no"), {}, QStringLiteral("1e3"), false};
    QByteArray text;
    const YAML::Node document = writeAndLoad(topology, true, &text);
    QString error;
    const QJsonValue python = YamlTypes::fromPython(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromYamlCpp(document)), python);
}

QTEST_GUILESS_MAIN(TestValuesWriter)
#include "tst_valueswriter.moc"
