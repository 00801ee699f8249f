#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include "command.h"
#include "yamltypes.h"

namespace {

// `{}` and `''` are the chart's defaults for the inline-data maps and the secret names: the same as absent.
bool isChartDefault(const YAML::Node &value)
{
    return (value.IsMap() && value.size() == 0) || (value.IsScalar() && value.Tag() == "!" && value.Scalar().empty());
}

const QString dataDir = QStringLiteral(PRC_TEST_DATA_DIR "/values/");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The same command line, either in-process through Cli::runCli or as the installed binary would run.
Run runCli(const QStringList &arguments, bool asProcess)
{
    Run run;
    if (asProcess) {
        QProcess process;
        process.start(QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry"), arguments);
        if (!process.waitForFinished(60000))
            return run;
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::Context context{out, err, [] { return QByteArray(); }, false, false};
    run.code = Cli::runCli(arguments, context);
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ociRegistry sections keyed by owner, fields keyed by name; chart defaults count as absent.
QMap<QString, QJsonValue> ociFields(const QByteArray &text)
{
    const YAML::Node document = YAML::Load(text.toStdString());
    QMap<QString, QJsonValue> fields;
    const auto add = [&fields](const QString &owner, const YAML::Node &section) {
        for (const auto &entry : section) {
            if (!(isChartDefault(entry.second)))
                fields.insert(owner + QLatin1Char('.') + QString::fromStdString(entry.first.Scalar()),
                              YamlTypes::fromYamlCpp(entry.second));
        }
    };
    add(QStringLiteral("hub"), document["hue"]["ociRegistry"]);
    for (const YAML::Node &spoke : document["fleetConfig"]["spokes"])
        add(QString::fromStdString(spoke["name"].Scalar()), spoke["ociRegistry"]);
    return fields;
}

QJsonValue withoutOciSections(const QByteArray &text)
{
    YAML::Node document = YAML::Load(text.toStdString());
    document["hue"].remove("ociRegistry");
    for (YAML::Node spoke : document["fleetConfig"]["spokes"])
        spoke.remove("ociRegistry");
    return YamlTypes::fromYamlCpp(document);
}

// The codes of the items of a JSON report, in order.
QStringList reportCodes(const QJsonObject &result)
{
    QStringList codes;
    for (const QJsonValue &item :
         result.value(QStringLiteral("report")).toObject().value(QStringLiteral("items")).toArray())
        codes.append(item.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

} // namespace

class TestValuesCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void secretsBesideValues();
    void mergeKeepsOtherKeys();
    void badValues_data();
    void badValues();
    void kubernetesObjectRefused_data();
    void kubernetesObjectRefused();
    void validationBlocksExport();
    void unusableInput_data();
    void unusableInput();
    void jsonReport();
    void helpAndVersion();
};

void TestValuesCli::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("asProcess");
    for (const bool asProcess : {false, true}) {
        const char *how = asProcess ? "process" : "in-process";
        QTest::addRow("hub-as-spoke, %s", how) << QStringLiteral("hub-as-spoke-default.yaml") << asProcess;
        QTest::addRow("three spokes, %s", how) << QStringLiteral("three-spokes-two-registries.yaml") << asProcess;
    }
}

// values import, then values export --inline-secrets through the topology file: every ociRegistry field
// comes back with the same value and type, and PyYAML reads the same types as yaml-cpp.
void TestValuesCli::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(bool, asProcess);
    QTemporaryDir temporary;
    const QString topology = temporary.filePath(QStringLiteral("topology.yaml"));
    const QString values = temporary.filePath(QStringLiteral("values.yaml"));

    const Run imported = runCli({QStringLiteral("values"), QStringLiteral("import"), dataDir + file,
                                 QStringLiteral("-o"), topology, QStringLiteral("--keep-inline-secrets")},
                                asProcess);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY(imported.err.contains(QLatin1String("inline-")) || imported.err.contains(QLatin1String("plain-text")));

    const Run exported = runCli({QStringLiteral("values"), QStringLiteral("export"), topology, QStringLiteral("-o"),
                                 values, QStringLiteral("--inline-secrets")},
                                asProcess);
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    const QByteArray written = readAll(values);

    // Files that hold plain-text secrets are readable by their owner only.
    for (const QString &path : {topology, values}) {
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QCOMPARE(ociFields(written), ociFields(readAll(dataDir + file)));

    QString error;
    const QJsonValue python = YamlTypes::fromPython(written, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromText(written)), python);
}

void TestValuesCli::secretsBesideValues()
{
    QTemporaryDir temporary;
    const QString topology = temporary.filePath(QStringLiteral("t.yaml"));
    const QString values = temporary.filePath(QStringLiteral("out/values.yaml"));
    QDir().mkpath(temporary.filePath(QStringLiteral("out")));
    QCOMPARE(runCli({QStringLiteral("values"), QStringLiteral("import"),
                     dataDir + QStringLiteral("three-spokes-two-registries.yaml"), QStringLiteral("-o"), topology,
                     QStringLiteral("--keep-inline-secrets")},
                    false)
                 .code,
             0);

    const Run exported =
        runCli({QStringLiteral("values"), QStringLiteral("export"), topology, QStringLiteral("-o"), values}, false);
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    const QDir secrets(temporary.filePath(QStringLiteral("out/secrets")));
    QCOMPARE(secrets.entryList(QDir::Files), (QStringList{QStringLiteral("gpu-east-1-oci-basic-auth.yaml"),
                                                          QStringLiteral("gpu-east-1-oci-tls.yaml")}));

    // The values carry the names, never the secret values.
    const QByteArray text = readAll(values);
    QVERIFY(!text.contains("change-me"));
    QVERIFY(!text.contains("PRIVATE KEY"));
    const YAML::Node spoke = YAML::Load(text.toStdString())["fleetConfig"]["spokes"][1];
    QCOMPARE(spoke["name"].as<std::string>(), std::string("gpu-east-1"));
    QCOMPARE(spoke["ociRegistry"]["basicAuthSecretName"].as<std::string>(), std::string("gpu-east-1-oci-basic-auth"));
    QVERIFY(readAll(secrets.filePath(QStringLiteral("gpu-east-1-oci-basic-auth.yaml"))).contains("change-me"));
}

void TestValuesCli::mergeKeepsOtherKeys()
{
    QTemporaryDir temporary;
    const QString source = dataDir + QStringLiteral("three-spokes-two-registries.yaml");
    const QString topology = temporary.filePath(QStringLiteral("t.yaml"));
    const QString merged = temporary.filePath(QStringLiteral("merged.yaml"));
    QCOMPARE(runCli({QStringLiteral("values"), QStringLiteral("import"), source, QStringLiteral("-o"), topology,
                     QStringLiteral("--keep-inline-secrets")},
                    true)
                 .code,
             0);

    const Run run =
        runCli({QStringLiteral("values"), QStringLiteral("export"), topology, QStringLiteral("--merge-into"), source,
                QStringLiteral("-o"), merged, QStringLiteral("--secrets-dir"), temporary.filePath(QStringLiteral("s"))},
               true);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("comment not kept")));
    const QByteArray text = readAll(merged);
    QCOMPARE(withoutOciSections(text), withoutOciSections(readAll(source)));

    QString error;
    const QJsonValue python = YamlTypes::fromPython(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromText(text)), python);
}

void TestValuesCli::badValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("location");

    const QByteArray head = "hue:\n  ociRegistry:\n    endpoint: 'oci://r.example.com'\n";
    QTest::newRow("malformed") << QByteArray("hue: [1\n") << 2 << QStringLiteral(":2:1:");
    QTest::newRow("insecure yes") << head + "    insecure: yes\n" << 1 << QStringLiteral(":4:15:");
    QTest::newRow("timeout 60") << head + "    timeout: 60\n" << 1 << QStringLiteral(":4:14:");
    QTest::newRow("https endpoint") << QByteArray("hue:\n  ociRegistry:\n    endpoint: https://host\n") << 1
                                    << QStringLiteral(":3:15:");
    QTest::newRow("ipv6 loopback with path")
        << QByteArray("hue:\n  ociRegistry:\n    endpoint: oci://[::1]:5000/x\n") << 1 << QStringLiteral(":3:15:");
    QTest::newRow("docker hub") << QByteArray("hue:\n  ociRegistry:\n    endpoint: oci://docker.io\n") << 1
                                << QStringLiteral(":3:15:");
    QTest::newRow("duplicate spokes") << QByteArray("fleetConfig:\n  spokes:\n    - name: a\n    - name: a\n") << 1
                                      << QStringLiteral(":4:13:");
}

// Bad values files give file:line:column and a non-zero exit, and the output file is never created.
void TestValuesCli::badValues()
{
    QFETCH(QByteArray, text);
    QFETCH(int, exitCode);
    QFETCH(QString, location);
    QTemporaryDir temporary;
    const QString input = temporary.filePath(QStringLiteral("bad.yaml"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const QString output = temporary.filePath(QStringLiteral("topology.yaml"));

    for (const bool asProcess : {false, true}) {
        const Run run = runCli(
            {QStringLiteral("values"), QStringLiteral("import"), input, QStringLiteral("-o"), output}, asProcess);
        QCOMPARE(run.code, exitCode);
        QVERIFY2(run.err.contains(input + location), qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
    }
}

void TestValuesCli::kubernetesObjectRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("kind");

    QTest::newRow("component definition")
        << QByteArray("apiVersion: core.oam.dev/v1beta1\nkind: ComponentDefinition\nmetadata:\n  name: webservice\n"
                      "spec:\n  workload:\n    type: deployments.apps\n")
        << QStringLiteral("ComponentDefinition");
    QTest::newRow("project") << QByteArray("kind: Project\napiVersion: spectrocloud.com/v1\nmetadata:\n  name: p\n")
                             << QStringLiteral("Project");
}

// A Kubernetes object is a YAML map too; neither import nor --merge-into may treat it as values (exit 2, no file).
void TestValuesCli::kubernetesObjectRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, kind);
    QTemporaryDir temporary;
    const QString input = temporary.filePath(QStringLiteral("object.yaml"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const QString topology = temporary.filePath(QStringLiteral("t.yaml"));
    QCOMPARE(runCli({QStringLiteral("values"), QStringLiteral("import"),
                     dataDir + QStringLiteral("three-spokes-two-registries.yaml"), QStringLiteral("-o"), topology,
                     QStringLiteral("--keep-inline-secrets")},
                    false)
                 .code,
             0);
    const QString output = temporary.filePath(QStringLiteral("out.yaml"));
    const QString expected =
        QStringLiteral("looks like a Kubernetes object (kind: %1), not a Helm values file").arg(kind);

    const QList<QStringList> commands = {
        {QStringLiteral("values"), QStringLiteral("import"), input, QStringLiteral("-o"), output},
        {QStringLiteral("values"), QStringLiteral("export"), topology, QStringLiteral("--merge-into"), input,
         QStringLiteral("-o"), output, QStringLiteral("--secrets-dir"), temporary.filePath(QStringLiteral("s"))}};
    for (const QStringList &command : commands) {
        const Run run = runCli(command, false);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(input) && run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
        QVERIFY(!QFile::exists(temporary.filePath(QStringLiteral("s"))));
        QCOMPARE(readAll(input), text);
    }
}

void TestValuesCli::validationBlocksExport()
{
    QTemporaryDir temporary;
    const QString topology = temporary.filePath(QStringLiteral("t.yaml"));
    const QString values = temporary.filePath(QStringLiteral("values.yaml"));
    // Without its private key the imported client certificate is incomplete: a validation error.
    QCOMPARE(runCli({QStringLiteral("values"), QStringLiteral("import"),
                     dataDir + QStringLiteral("three-spokes-two-registries.yaml"), QStringLiteral("-o"), topology,
                     QStringLiteral("--no-store-secrets")},
                    false)
                 .code,
             0);

    const QStringList arguments = {QStringLiteral("values"), QStringLiteral("export"), topology, QStringLiteral("-o"),
                                   values};
    const Run blocked = runCli(arguments, false);
    QCOMPARE(blocked.code, 1);
    QVERIFY(blocked.err.contains(QLatin1String("error:")));
    QVERIFY(!QFile::exists(values));
    QVERIFY(!QDir(temporary.filePath(QStringLiteral("secrets"))).exists());

    const Run forced = runCli(arguments + QStringList{QStringLiteral("--force")}, false);
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(QFile::exists(values));
    QVERIFY(forced.err.contains(QLatin1String("fill in the TLS private key")));
}

void TestValuesCli::unusableInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no topology") << QStringList{QStringLiteral("values"), QStringLiteral("export")};
    QTest::newRow("missing topology") << QStringList{QStringLiteral("values"), QStringLiteral("export"),
                                                     QStringLiteral("/nonexistent/t.yaml")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("values"), QStringLiteral("import"),
                                               dataDir + QStringLiteral("hub-as-spoke-default.yaml"),
                                               QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("values as topology") << QStringList{QStringLiteral("values"), QStringLiteral("export"),
                                                       dataDir + QStringLiteral("hub-as-spoke-default.yaml")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("values"), QStringLiteral("import"),
                                                   QStringLiteral("--bogus")};
    QTest::newRow("two secret choices") << QStringList{
        QStringLiteral("values"), QStringLiteral("import"), dataDir + QStringLiteral("hub-as-spoke-default.yaml"),
        QStringLiteral("--keep-inline-secrets"), QStringLiteral("--no-store-secrets")};
}

void TestValuesCli::unusableInput()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments, false);
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestValuesCli::jsonReport()
{
    QTemporaryDir temporary;
    const QString topology = temporary.filePath(QStringLiteral("t.yaml"));
    const QString bad = temporary.filePath(QStringLiteral("merge-target.yaml"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a: [\n");
    file.close();

    const Run imported =
        runCli({QStringLiteral("values"), QStringLiteral("import"),
                dataDir + QStringLiteral("hub-as-spoke-default.yaml"), QStringLiteral("-o"), topology,
                QStringLiteral("--no-store-secrets"), QStringLiteral("--format"), QStringLiteral("json")},
               true);
    QCOMPARE(imported.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("topologyFile")).toString(), topology);
    const QStringList codes = reportCodes(report);
    QCOMPARE(codes.count(QStringLiteral("inline-password")), 2);
    QVERIFY(codes.contains(QStringLiteral("kind-inferred")));

    const Run exported = runCli({QStringLiteral("values"), QStringLiteral("export"), topology,
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                true);
    QCOMPARE(exported.code, 0);
    const QJsonObject result = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("hub-as-spoke"));
    QVERIFY(result.value(QStringLiteral("values")).toString().startsWith(QLatin1String("hue:\n")));

    const Run mergeFailed =
        runCli({QStringLiteral("values"), QStringLiteral("export"), topology, QStringLiteral("--merge-into"), bad,
                QStringLiteral("-o"), bad, QStringLiteral("--format"), QStringLiteral("json")},
               true);
    QCOMPARE(mergeFailed.code, 2);
    const QString error =
        QJsonDocument::fromJson(mergeFailed.out.toUtf8()).object().value(QStringLiteral("error")).toString();
    QVERIFY(error.contains(bad + QLatin1String(":2:1:")));
    QCOMPARE(readAll(bad), QByteArray("a: [\n"));
}

void TestValuesCli::helpAndVersion()
{
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("import")}) {
        const Run help = runCli({QStringLiteral("values"), command, QStringLiteral("--help")}, false);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("paletteai-registry values ") + command));
        const Run version = runCli({QStringLiteral("values"), command, QStringLiteral("--version")}, true);
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("paletteai-registry ")));
    }
    const Run group = runCli({QStringLiteral("values"), QStringLiteral("--help")}, false);
    QCOMPARE(group.code, 0);
    QVERIFY(group.out.contains(QLatin1String("export")) && group.out.contains(QLatin1String("import")));
}

QTEST_GUILESS_MAIN(TestValuesCli)
#include "tst_valuescli.moc"
