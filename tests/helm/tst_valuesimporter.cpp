#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "helm/exportplan.h"
#include "helm/valuesimporter.h"
#include "helm/valueswriter.h"
#include "yamltypes.h"

using Helm::ValuesImporter;

namespace {

// `{}` and `''` are the chart's defaults for the inline-data maps and the secret names: the same as absent.
bool isChartDefault(const YAML::Node &value)
{
    return (value.IsMap() && value.size() == 0) || (value.IsScalar() && value.Tag() == "!" && value.Scalar().empty());
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PRC_TEST_DATA_DIR "/values/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The ociRegistry sections of a values document by owner: "hub" and "spoke:<name>".
QMap<QString, YAML::Node> ociSections(const YAML::Node &document)
{
    QMap<QString, YAML::Node> sections;
    if (document["hue"] && document["hue"]["ociRegistry"])
        sections.insert(QStringLiteral("hub"), document["hue"]["ociRegistry"]);
    if (document["fleetConfig"] && document["fleetConfig"]["spokes"]) {
        for (const YAML::Node &spoke : document["fleetConfig"]["spokes"]) {
            if (spoke["ociRegistry"])
                sections.insert(QStringLiteral("spoke:") + QString::fromStdString(spoke["name"].Scalar()),
                                spoke["ociRegistry"]);
        }
    }
    return sections;
}

// Key -> typed value, so sections compare independent of key order; chart defaults count as absent.
QMap<QString, QJsonValue> fields(const YAML::Node &section)
{
    QMap<QString, QJsonValue> result;
    for (const auto &entry : section) {
        if (isChartDefault(entry.second))
            continue;
        result.insert(QString::fromStdString(entry.first.Scalar()), YamlTypes::fromYamlCpp(entry.second));
    }
    return result;
}

} // namespace

class TestValuesImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hubAsSpoke();
    void threeSpokes();
    void roundTrip_data();
    void roundTrip();
    void badInput_data();
    void badInput();
    void registryIds_data();
    void registryIds();
};

void TestValuesImporter::hubAsSpoke()
{
    const auto result = ValuesImporter::import(readData(QStringLiteral("hub-as-spoke-default.yaml")),
                                               QStringLiteral("hub-as-spoke-default.yaml"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Topology::Topology &topology = result->topology;
    QVERIFY2(!result->report.hasErrors(), qPrintable(result->report.toText()));

    QCOMPARE(topology.registries.size(), 1);
    const Topology::Registry &zot = topology.registries.first();
    QCOMPARE(zot.id, QStringLiteral("zot-mural-system-svc-cluster-local"));
    QCOMPARE(zot.kind, Topology::RegistryKind::Zot);
    QVERIFY(zot.onHub);
    QCOMPARE(topology.hub.name, QStringLiteral("hub"));
    QCOMPARE(topology.hub.registry.registryId, zot.id);
    QCOMPARE(topology.spokes.size(), 1);
    QCOMPARE(topology.spokes.first().name, QStringLiteral("hub-as-spoke"));
    QVERIFY(topology.spokes.first().inCluster);
    QVERIFY(topology.projects.isEmpty());

    // Both inline passwords are kept in memory and reported with their position.
    QCOMPARE(topology.hub.registry.basicAuth->password, QStringLiteral("user"));
    QCOMPARE(topology.spokes.first().registry.basicAuth->password, QStringLiteral("user"));
    QVERIFY(topology.hub.registry.basicAuth->canPush);
    QVERIFY(!topology.spokes.first().registry.basicAuth->canPush);
    QList<int> lines;
    for (const Helm::ReportItem &item : result->report.items()) {
        if (item.code == QLatin1String("inline-password"))
            lines.append(item.line);
    }
    QCOMPARE(lines, (QList<int>{12, 38}));
}

void TestValuesImporter::threeSpokes()
{
    const auto result = ValuesImporter::import(readData(QStringLiteral("three-spokes-two-registries.yaml")),
                                               QStringLiteral("three.yaml"));
    QVERIFY(result.ok());
    QVERIFY2(!result->report.hasErrors(), qPrintable(result->report.toText()));
    const Topology::Topology &topology = result->topology;

    QCOMPARE(topology.hub.apiServer, QStringLiteral("https://hub-api.paletteai.example.com:6443"));
    QCOMPARE(topology.registries.size(), 3);
    QCOMPARE(topology.spokes.size(), 3);
    const Topology::Cluster *east1 = topology.spoke(QStringLiteral("gpu-east-1"));
    const Topology::Cluster *east2 = topology.spoke(QStringLiteral("gpu-east-2"));
    const Topology::Cluster *west = topology.spoke(QStringLiteral("edge-west"));
    QVERIFY(east1 && east2 && west);
    QCOMPARE(east1->registry.registryId, east2->registry.registryId);
    QCOMPARE(east1->registry.registryId, QStringLiteral("zot-east-example-com"));
    QCOMPARE(topology.registry(west->registry.registryId)->kind, Topology::RegistryKind::Ecr);
    QCOMPARE(west->registry.provider, Topology::Provider::Aws);
    QCOMPARE(west->registry.timeout, QStringLiteral("2m"));
    QCOMPARE(east2->registry.proxySecretName, QStringLiteral("corp-proxy"));
    QVERIFY(east1->registry.certData->tlsKey.startsWith(QLatin1String("-----BEGIN PRIVATE KEY-----\n")));

    QStringList codes;
    for (const Helm::ReportItem &item : result->report.items())
        codes.append(item.code);
    QCOMPARE(codes.count(QStringLiteral("inline-password")), 1);
    QCOMPARE(codes.count(QStringLiteral("inline-key")), 1);
}

void TestValuesImporter::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("hub-as-spoke") << QStringLiteral("hub-as-spoke-default.yaml");
    QTest::newRow("three spokes") << QStringLiteral("three-spokes-two-registries.yaml");
}

// Import, then export with inline secrets: every ociRegistry field comes back with the same type and value,
// as yaml-cpp reads it and as PyYAML (YAML 1.1) reads it.
void TestValuesImporter::roundTrip()
{
    QFETCH(QString, file);
    const QByteArray original = readData(file);
    const auto imported = ValuesImporter::import(original, file);
    QVERIFY(imported.ok());
    QVERIFY(!imported->report.hasErrors());

    const Helm::ExportPlan plan = Helm::ExportPlan::build(imported->topology, {true});
    QVERIFY2(!plan.report().hasErrors(), qPrintable(plan.report().toText()));
    const QByteArray exported = Helm::ValuesWriter::write(plan);

    const QMap<QString, YAML::Node> before = ociSections(YAML::Load(original.toStdString()));
    const QMap<QString, YAML::Node> after = ociSections(YAML::Load(exported.toStdString()));
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QMap<QString, QJsonValue> expected = fields(it.value());
        const QMap<QString, QJsonValue> actual = fields(after.value(it.key()));
        QCOMPARE(actual.keys(), expected.keys());
        for (const QString &key : expected.keys())
            QVERIFY2(actual.value(key) == expected.value(key), qPrintable(it.key() + QLatin1Char('.') + key));
    }

    QString error;
    const QJsonValue python = YamlTypes::fromPython(exported, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromText(exported)), python);
}

void TestValuesImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("unusable");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("needle");

    const QByteArray head = "hue:\n  ociRegistry:\n    endpoint: 'oci://r.example.com'\n";
    QTest::newRow("malformed") << QByteArray("hue:\n  ociRegistry: [1\n") << true << 3 << 1 << QString();
    QTest::newRow("insecure yes") << head + "    insecure: yes\n"
                                  << false << 4 << 15 << QStringLiteral("true or false");
    QTest::newRow("insecure quoted") << head + "    insecure: 'true'\n"
                                     << false << 4 << 15 << QStringLiteral("true or false");
    QTest::newRow("timeout number") << head + "    timeout: 60\n" << false << 4 << 14 << QStringLiteral("Go duration");
    QTest::newRow("timeout words") << head + "    timeout: 'a minute'\n"
                                   << false << 4 << 14 << QStringLiteral("timeout");
    QTest::newRow("https endpoint") << QByteArray("hue:\n  ociRegistry:\n    endpoint: https://host\n") << false << 3
                                    << 15 << QStringLiteral("https://");
    QTest::newRow("path endpoint") << QByteArray("hue:\n  ociRegistry:\n    endpoint: host:5000/path\n") << false << 3
                                   << 15 << QStringLiteral("endpoint");
    QTest::newRow("docker hub") << QByteArray("hue:\n  ociRegistry:\n    endpoint: oci://docker.io\n") << false << 3
                                << 15 << QStringLiteral("Docker Hub");
    QTest::newRow("hex port") << QByteArray("hue:\n  ociRegistry:\n    endpoint: oci://r:0x50\n") << false << 3 << 15
                              << QStringLiteral("port");
    QTest::newRow("unknown key") << head + "    insecureSkipVerify: true\n"
                                 << false << 4 << 5 << QStringLiteral("unknown key");
    QTest::newRow("duplicate key") << head + "    endpoint: 'oci://s.example.com'\n"
                                   << false << 4 << 5 << QStringLiteral("more than once");
    QTest::newRow("provider") << head + "    provider: 'oracle'\n" << false << 4 << 15 << QStringLiteral("provider");
    QTest::newRow("username number") << head + "    basicAuth:\n      username: 1234\n"
                                     << false << 5 << 17 << QStringLiteral("quoted");
    QTest::newRow("duplicate spoke") << QByteArray("fleetConfig:\n  spokes:\n    - name: a\n    - name: b\n"
                                                   "    - name: a\n")
                                     << false << 5 << 13 << QStringLiteral("more than once");
    QTest::newRow("bad spoke name") << QByteArray("fleetConfig:\n  spokes:\n    - name: Not_Valid\n") << false << 3
                                    << 13 << QStringLiteral("DNS-1123");
    QTest::newRow("spokes not a list") << QByteArray("fleetConfig:\n  spokes:\n    a: b\n") << false << 3 << 5
                                       << QStringLiteral("list");
    QTest::newRow("hue a list") << QByteArray("hue:\n  - a\n") << false << 2 << 3 << QStringLiteral("must be a map");
    QTest::newRow("fleetConfig a string")
        << QByteArray("fleetConfig: on\n") << false << 1 << 14 << QStringLiteral("must be a map");
    QTest::newRow("top level list") << QByteArray("- a\n") << true << 1 << 1 << QStringLiteral("map");
    QTest::newRow("cyclic alias") << QByteArray("x: 1\na: &x [1, *x]\n") << true << 1 << 1 << QStringLiteral("aliases");
    QByteArray laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level < 8; ++level) {
        laughs += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            laughs += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
        laughs += "]\n";
    }
    QTest::newRow("billion laughs") << laughs << true << 1 << 1 << QStringLiteral("aliases");
}

void TestValuesImporter::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, unusable);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, needle);

    const auto result = ValuesImporter::import(text, QStringLiteral("bad.yaml"));
    QCOMPARE(!result.ok(), unusable);
    Helm::ReportItem located;
    if (unusable) {
        located = {Helm::ReportItem::Severity::Error,
                   {},
                   result.error().message,
                   result.error().file,
                   result.error().line,
                   result.error().column};
    } else {
        QVERIFY(result->report.hasErrors());
        for (const Helm::ReportItem &item : result->report.items()) {
            if (item.severity == Helm::ReportItem::Severity::Error) {
                located = item;
                break;
            }
        }
    }
    QCOMPARE(located.file, QStringLiteral("bad.yaml"));
    QVERIFY2(located.line == line && located.column == column, qPrintable(located.toString()));
    QVERIFY2(located.message.contains(needle), qPrintable(located.message));
}

void TestValuesImporter::registryIds_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::newRow("ecr") << QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com")
                         << QStringLiteral("123456789012-dkr-ecr-us-west-2-amazonaws-com")
                         << int(Topology::RegistryKind::Ecr);
    QTest::newRow("acr") << QStringLiteral("fleet.azurecr.io") << QStringLiteral("fleet-azurecr-io")
                         << int(Topology::RegistryKind::Acr);
    QTest::newRow("gar") << QStringLiteral("europe-west1-docker.pkg.dev")
                         << QStringLiteral("europe-west1-docker-pkg-dev")
                         << int(Topology::RegistryKind::GoogleArtifactRegistry);
    QTest::newRow("ghcr") << QStringLiteral("ghcr.io") << QStringLiteral("ghcr-io")
                          << int(Topology::RegistryKind::Ghcr);
    QTest::newRow("zot in cluster") << QStringLiteral("zot.mural-system.svc") << QStringLiteral("zot-mural-system-svc")
                                    << int(Topology::RegistryKind::Zot);
    QTest::newRow("zot outside") << QStringLiteral("zot.example.com") << QStringLiteral("zot-example-com")
                                 << int(Topology::RegistryKind::Generic);
    QTest::newRow("ipv6") << QStringLiteral("fd00::1") << QStringLiteral("fd00-1")
                          << int(Topology::RegistryKind::Generic);
    QTest::newRow("long") << QStringLiteral("a").repeated(70) + QStringLiteral(".example.com")
                          << QStringLiteral("a").repeated(63) << int(Topology::RegistryKind::Generic);
}

void TestValuesImporter::registryIds()
{
    QFETCH(QString, host);
    QFETCH(QString, id);
    QFETCH(int, kind);
    QCOMPARE(ValuesImporter::registryIdForHost(host), id);
    QCOMPARE(int(ValuesImporter::guessKind(host)), kind);
}

QTEST_GUILESS_MAIN(TestValuesImporter)
#include "tst_valuesimporter.moc"
