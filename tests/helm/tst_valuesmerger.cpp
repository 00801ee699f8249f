#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "helm/exportplan.h"
#include "helm/valuesimporter.h"
#include "helm/valuesmerger.h"
#include "yamltypes.h"

using Helm::ValuesMerger;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PRC_TEST_DATA_DIR "/values/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

Topology::Topology importData(const QString &name)
{
    auto result = Helm::ValuesImporter::import(readData(name), name);
    if (!result.ok() || result->report.hasErrors())
        qFatal("cannot import %s", qPrintable(name));
    return std::move(result).value().topology;
}

// The document with every ociRegistry section removed, typed: what the merge must leave exactly as it was.
QJsonValue withoutOciSections(const QByteArray &text)
{
    YAML::Node document = YAML::Load(text.toStdString());
    if (document["hue"])
        document["hue"].remove("ociRegistry");
    if (document["fleetConfig"] && document["fleetConfig"]["spokes"]) {
        for (YAML::Node spoke : document["fleetConfig"]["spokes"])
            spoke.remove("ociRegistry");
    }
    return YamlTypes::fromYamlCpp(document);
}

QStringList codes(const Helm::ValuesReport &report)
{
    QStringList result;
    for (const Helm::ReportItem &item : report.items())
        result.append(item.code);
    return result;
}

} // namespace

class TestValuesMerger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingElse_data();
    void keepsEverythingElse();
    void changedSectionsOnly();
    void spokesMatchedByName();
    void commentsReported();
    void unknownKeysKept();
    void addsNothingUnasked();
    void errors_data();
    void errors();
};

void TestValuesMerger::keepsEverythingElse_data()
{
    QTest::addColumn<bool>("inlineSecrets");
    QTest::newRow("secret names") << false;
    QTest::newRow("inline secrets") << true;
}

// Every key outside the ociRegistry sections keeps its value, type and order, for yaml-cpp and for PyYAML.
void TestValuesMerger::keepsEverythingElse()
{
    QFETCH(bool, inlineSecrets);
    const QByteArray original = readData(QStringLiteral("three-spokes-two-registries.yaml"));
    Topology::Topology topology = importData(QStringLiteral("three-spokes-two-registries.yaml"));
    topology.spokes[0].registry.timeout = QStringLiteral("45s");

    const auto merged =
        ValuesMerger::merge(original, QStringLiteral("three.yaml"), Helm::ExportPlan::build(topology, {inlineSecrets}));
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().toString()));
    QCOMPARE(withoutOciSections(merged->text), withoutOciSections(original));

    const YAML::Node document = YAML::Load(merged->text.toStdString());
    QCOMPARE(document["fleetConfig"]["spokes"][0]["ociRegistry"]["timeout"].as<std::string>(), std::string("45s"));
    QCOMPARE(document["fleetConfig"]["timeout"].Tag(), std::string("?"));
    QVERIFY(merged->text.contains("    timeout: 30s\n"));

    QString error;
    const QJsonValue python = YamlTypes::fromPython(merged->text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromYamlCpp(document)), python);
    QString originalError;
    const QJsonValue originalPython = YamlTypes::fromPython(original, &originalError);
    QVERIFY(originalError.isEmpty());
    QVERIFY(python.toObject().value(QStringLiteral("map")).toArray().size() ==
            originalPython.toObject().value(QStringLiteral("map")).toArray().size());
}

// Merging the topology imported from the file itself changes no ociRegistry field.
void TestValuesMerger::changedSectionsOnly()
{
    const QByteArray original = readData(QStringLiteral("three-spokes-two-registries.yaml"));
    const Topology::Topology topology = importData(QStringLiteral("three-spokes-two-registries.yaml"));
    const auto merged =
        ValuesMerger::merge(original, QStringLiteral("three.yaml"), Helm::ExportPlan::build(topology, {true}));
    QVERIFY(merged.ok());

    const YAML::Node before = YAML::Load(original.toStdString());
    const YAML::Node after = YAML::Load(merged->text.toStdString());
    for (std::size_t i = 0; i < before["fleetConfig"]["spokes"].size(); ++i) {
        const YAML::Node oldSection = before["fleetConfig"]["spokes"][i]["ociRegistry"];
        const YAML::Node newSection = after["fleetConfig"]["spokes"][i]["ociRegistry"];
        QCOMPARE(newSection.size(), oldSection.size());
        for (const auto &entry : oldSection) {
            QCOMPARE(YamlTypes::fromYamlCpp(newSection[entry.first.Scalar()]), YamlTypes::fromYamlCpp(entry.second));
        }
    }
    QVERIFY(!codes(merged->report).contains(QStringLiteral("spoke-appended")));
}

void TestValuesMerger::spokesMatchedByName()
{
    const QByteArray original = readData(QStringLiteral("three-spokes-two-registries.yaml"));
    Topology::Topology topology = importData(QStringLiteral("three-spokes-two-registries.yaml"));
    topology.spokes.removeIf([](const Topology::Cluster &spoke) { return spoke.name == QLatin1String("gpu-east-2"); });
    Topology::Cluster added;
    added.name = QStringLiteral("aaa-new");
    added.registry.registryId = topology.spokes.first().registry.registryId;
    topology.spokes.prepend(added);

    const auto merged =
        ValuesMerger::merge(original, QStringLiteral("three.yaml"), Helm::ExportPlan::build(topology, {false}));
    QVERIFY(merged.ok());
    const YAML::Node spokes = YAML::Load(merged->text.toStdString())["fleetConfig"]["spokes"];
    QCOMPARE(spokes.size(), std::size_t(4));
    QCOMPARE(spokes[0]["name"].as<std::string>(), std::string("gpu-east-1"));
    QCOMPARE(spokes[1]["name"].as<std::string>(), std::string("gpu-east-2"));
    QCOMPARE(spokes[1]["ociRegistry"]["proxySecretName"].as<std::string>(), std::string("corp-proxy"));
    QCOMPARE(spokes[3]["name"].as<std::string>(), std::string("aaa-new"));
    QCOMPARE(spokes[3]["ociRegistry"]["endpoint"].as<std::string>(), std::string("oci://zot.east.example.com:443"));
    QCOMPARE(spokes[3].size(), std::size_t(2));

    const QStringList found = codes(merged->report);
    QCOMPARE(found.count(QStringLiteral("spoke-appended")), 1);
    QCOMPARE(found.count(QStringLiteral("spoke-not-in-topology")), 1);
}

void TestValuesMerger::commentsReported()
{
    const QByteArray original = readData(QStringLiteral("three-spokes-two-registries.yaml"));
    const Topology::Topology topology = importData(QStringLiteral("three-spokes-two-registries.yaml"));
    const auto merged =
        ValuesMerger::merge(original, QStringLiteral("three.yaml"), Helm::ExportPlan::build(topology, {false}));
    QVERIFY(merged.ok());
    QList<int> lines;
    for (const Helm::ReportItem &item : merged->report.items()) {
        if (item.code == QLatin1String("comment-dropped"))
            lines.append(item.line);
    }
    QCOMPARE(lines, (QList<int>{1, 2}));

    const QByteArray tricky = "a: 'x # not a comment' # trailing\nb: |\n  # inside a block\n  text\n"
                              "c: \"#no\"\n# own line\nd: e#f\n";
    const auto again = ValuesMerger::merge(tricky, QStringLiteral("t.yaml"), Helm::ExportPlan::build(topology, {}));
    QVERIFY(again.ok());
    lines.clear();
    for (const Helm::ReportItem &item : again->report.items()) {
        if (item.code == QLatin1String("comment-dropped"))
            lines.append(item.line);
    }
    QCOMPARE(lines, (QList<int>{1, 6}));
    QCOMPARE(YAML::Load(again->text.toStdString())["b"].as<std::string>(), std::string("# inside a block\ntext\n"));
}

void TestValuesMerger::unknownKeysKept()
{
    const QByteArray original = "hue:\n  ociRegistry:\n    endpoint: 'oci://old.example.com'\n    futureField: 7\n";
    const Topology::Topology topology = importData(QStringLiteral("hub-as-spoke-default.yaml"));
    const auto merged = ValuesMerger::merge(original, QStringLiteral("u.yaml"), Helm::ExportPlan::build(topology, {}));
    QVERIFY(merged.ok());
    const YAML::Node section = YAML::Load(merged->text.toStdString())["hue"]["ociRegistry"];
    QCOMPARE(section["futureField"].as<int>(), 7);
    QCOMPARE(section["endpoint"].as<std::string>(), std::string("oci://zot.mural-system.svc.cluster.local:5000"));
    QVERIFY(codes(merged->report).contains(QStringLiteral("unknown-key-kept")));
}

// A file without spokes merged with a topology without spokes gains the hub section only.
void TestValuesMerger::addsNothingUnasked()
{
    Topology::Topology topology = importData(QStringLiteral("hub-as-spoke-default.yaml"));
    topology.spokes.clear();
    const QByteArray original = "global:\n  x: 1\n";
    const auto merged = ValuesMerger::merge(original, QStringLiteral("g.yaml"), Helm::ExportPlan::build(topology, {}));
    QVERIFY(merged.ok());
    const YAML::Node document = YAML::Load(merged->text.toStdString());
    QCOMPARE(document.size(), std::size_t(2));
    QVERIFY(document["hue"]["ociRegistry"]["endpoint"]);
    QVERIFY(!document["fleetConfig"]);
}

void TestValuesMerger::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("malformed") << QByteArray("a: [1\n") << 2 << 1;
    QTest::newRow("top level list") << QByteArray("- a\n") << 1 << 1;
    QTest::newRow("hue a string") << QByteArray("x: 1\nhue: text\n") << 2 << 6;
    QTest::newRow("spokes a map") << QByteArray("fleetConfig:\n  spokes:\n    a: b\n") << 3 << 5;
    QTest::newRow("duplicate spoke") << QByteArray("fleetConfig:\n  spokes:\n    - name: a\n    - name: a\n") << 4
                                     << 13;
    QTest::newRow("spoke without name") << QByteArray("fleetConfig:\n  spokes:\n    - kubeconfig: {}\n") << 3 << 7;
}

void TestValuesMerger::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const Topology::Topology topology = importData(QStringLiteral("hub-as-spoke-default.yaml"));
    const auto merged = ValuesMerger::merge(text, QStringLiteral("bad.yaml"), Helm::ExportPlan::build(topology, {}));
    QVERIFY(!merged.ok());
    QCOMPARE(merged.error().file, QStringLiteral("bad.yaml"));
    QVERIFY2(merged.error().line == line && merged.error().column == column, qPrintable(merged.error().toString()));
}

QTEST_GUILESS_MAIN(TestValuesMerger)
#include "tst_valuesmerger.moc"
