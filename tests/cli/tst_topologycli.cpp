#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "command.h"

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

const QByteArray brokenTopology = "kind: RegistryTopology\nversion: 1\n"
                                  "registries:\n  - id: r\n    endpoint: https://registry.example.com\n"
                                  "hub:\n  ociRegistry: {registry: r}\n";

} // namespace

class TestTopologyCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newWritesEveryKind_data();
    void newWritesEveryKind();
    void newRefusesToOverwrite();
    void newRejectsBadInput_data();
    void newRejectsBadInput();
    void validateReportsErrors();
    void validateRejectsUnusableInput_data();
    void validateRejectsUnusableInput();
    void validateJson();
    void showSummarizes();
    void helpAndVersion_data();
    void helpAndVersion();
    void realProcessExitCodes();

private:
    Outcome run(const QStringList &arguments);
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
};

Outcome TestTopologyCli::run(const QStringList &arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    Cli::Context context{out, err, [] {
                             return QByteArray();
                         }};
    outcome.code = Cli::runCli(arguments, context);
    return outcome;
}

void TestTopologyCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeAll(path("broken.yaml"), brokenTopology);
    writeAll(path("malformed.yaml"), "kind: RegistryTopology\nversion: 1\nspokes: [\n");
}

void TestTopologyCli::newWritesEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("hub-as-spoke") << "hub-as-spoke"
                                  << "Hub-as-Spoke";
    QTest::newRow("single-external") << "single-external"
                                     << "Single External Registry";
    QTest::newRow("registry-on-hub") << "registry-on-hub"
                                     << "Registry on Hub";
    QTest::newRow("multiple-registries") << "multiple-registries"
                                         << "Multiple Registries";
}

void TestTopologyCli::newWritesEveryKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, displayName);

    const QString file = m_dir.filePath(kind + QStringLiteral(".yaml"));
    const Outcome created = run({QStringLiteral("topology"), QStringLiteral("new"), QStringLiteral("--kind"), kind,
                                 QStringLiteral("-o"), file});
    QCOMPARE(created.code, 0);
    QVERIFY(QFile::exists(file));

    const Outcome validated = run({QStringLiteral("topology"), QStringLiteral("validate"), file});
    QVERIFY2(validated.code == 0, qPrintable(validated.out + validated.err));
    QVERIFY2(validated.out.contains(QStringLiteral("kind: ") + displayName), qPrintable(validated.out));
    QVERIFY(validated.out.contains(QLatin1String("0 error(s)")));
}

void TestTopologyCli::newRefusesToOverwrite()
{
    const QString file = path("existing.yaml");
    writeAll(file, "keep me\n");
    const QStringList arguments{QStringLiteral("topology"),     QStringLiteral("new"), QStringLiteral("--kind"),
                                QStringLiteral("hub-as-spoke"), QStringLiteral("-o"),  file};

    const Outcome refused = run(arguments);
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(QLatin1String("--force")));
    QCOMPARE(readAll(file), QByteArray("keep me\n"));

    const Outcome forced = run(arguments + QStringList{QStringLiteral("--force")});
    QCOMPARE(forced.code, 0);
    QVERIFY(readAll(file).startsWith("# PaletteAI registry topology"));
}

void TestTopologyCli::newRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("mesh"), QStringLiteral("-o")}
                                  << 2 << "unknown kind 'mesh'";
    QTest::newRow("missing kind") << QStringList{QStringLiteral("-o")} << 2 << "--kind and -o are required";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--kind"), QStringLiteral("hub-as-spoke"),
                                                   QStringLiteral("--colour"), QStringLiteral("-o")}
                                    << 2 << "Unknown option 'colour'";
}

void TestTopologyCli::newRejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);

    const QString file = path("never-written.yaml");
    const Outcome outcome =
        run(QStringList{QStringLiteral("topology"), QStringLiteral("new")} + arguments + QStringList{file});
    QCOMPARE(outcome.code, code);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(!QFile::exists(file));
}

void TestTopologyCli::validateReportsErrors()
{
    const Outcome outcome = run({QStringLiteral("topology"), QStringLiteral("validate"), path("broken.yaml")});
    QCOMPARE(outcome.code, 1);
    QVERIFY2(outcome.out.contains(QLatin1String("error endpoint.scheme registry r (endpoint): endpoint "
                                                "'https://registry.example.com': uses https://")),
             qPrintable(outcome.out));
    QVERIFY(outcome.out.contains(QLatin1String("1 error(s)")));
    QVERIFY(outcome.out.contains(QLatin1String("kind: Single External Registry")));
}

void TestTopologyCli::validateRejectsUnusableInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed yaml") << QStringList{path("malformed.yaml")} << "malformed.yaml:4:1: not valid YAML";
    QTest::newRow("missing file") << QStringList{path("absent.yaml")} << "absent.yaml";
    QTest::newRow("no file") << QStringList{} << "expected exactly one topology file";
    QTest::newRow("two files") << QStringList{path("broken.yaml"), path("broken.yaml")} << "exactly one";
    QTest::newRow("unknown format") << QStringList{path("broken.yaml"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << "unknown format 'xml'";
}

void TestTopologyCli::validateRejectsUnusableInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Outcome outcome = run(QStringList{QStringLiteral("topology"), QStringLiteral("validate")} + arguments);
    QCOMPARE(outcome.code, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
}

void TestTopologyCli::validateJson()
{
    const Outcome outcome = run({QStringLiteral("topology"), QStringLiteral("validate"), path("broken.yaml"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(outcome.code, 1);

    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(outcome.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(QLatin1String("kind")).toObject().value(QLatin1String("key")).toString(),
             QStringLiteral("single-external"));
    QCOMPARE(report.value(QLatin1String("summary")).toObject().value(QLatin1String("errors")).toInt(), 1);

    const QJsonArray findings = report.value(QLatin1String("findings")).toArray();
    bool found = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QLatin1String("id")).toString() != QLatin1String("endpoint.scheme"))
            continue;
        found = true;
        QCOMPARE(finding.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        const QJsonObject element = finding.value(QLatin1String("element")).toObject();
        QCOMPARE(element.value(QLatin1String("kind")).toString(), QStringLiteral("registry"));
        QCOMPARE(element.value(QLatin1String("id")).toString(), QStringLiteral("r"));
        QCOMPARE(element.value(QLatin1String("field")).toString(), QStringLiteral("endpoint"));
    }
    QVERIFY(found);
}

void TestTopologyCli::showSummarizes()
{
    const QString file = path("show.yaml");
    QCOMPARE(run({QStringLiteral("topology"), QStringLiteral("new"), QStringLiteral("--kind"),
                  QStringLiteral("multiple-registries"), QStringLiteral("-o"), file})
                 .code,
             0);

    const Outcome text = run({QStringLiteral("topology"), QStringLiteral("show"), file});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QLatin1String("kind: Multiple Registries (the clusters use 3 different registries)")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("spokes: 4")));

    const Outcome json = run(
        {QStringLiteral("topology"), QStringLiteral("show"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(summary.value(QLatin1String("counts")).toObject().value(QLatin1String("spokes")).toInt(), 4);
    QCOMPARE(summary.value(QLatin1String("registries")).toArray().size(), 3);
}

void TestTopologyCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    for (const char *command : {"new", "validate", "show"}) {
        const QString name = QString::fromLatin1(command);
        QTest::newRow(qPrintable(name + QStringLiteral(" --help")))
            << QStringList{QStringLiteral("topology"), name, QStringLiteral("--help")}
            << QStringLiteral("Usage: paletteai-registry topology ") + name;
        QTest::newRow(qPrintable(name + QStringLiteral(" --version")))
            << QStringList{QStringLiteral("topology"), name, QStringLiteral("--version")}
            << QStringLiteral("paletteai-registry ");
    }
    QTest::newRow("topology --help") << QStringList{QStringLiteral("topology"), QStringLiteral("--help")}
                                     << "validate  Check a topology file";
}

void TestTopologyCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.code, 0);
    QVERIFY2(outcome.out.contains(expected), qPrintable(outcome.out));
}

void TestTopologyCli::realProcessExitCodes()
{
    const QString binary = QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    const auto exitCode = [&binary](const QStringList &arguments) {
        QProcess process;
        process.start(binary, arguments);
        if (!process.waitForFinished(30000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };

    const QString good = path("process-good.yaml");
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("new"), QStringLiteral("--kind"),
                       QStringLiteral("single-external"), QStringLiteral("-o"), good}),
             0);
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("validate"), good}), 0);
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("validate"), path("broken.yaml")}), 1);
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("validate"), path("malformed.yaml")}), 2);

    // Bad input writes nothing: an unknown kind, and a directory that does not exist.
    const QString unwritten = path("process-unwritten.yaml");
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("new"), QStringLiteral("--kind"),
                       QStringLiteral("star"), QStringLiteral("-o"), unwritten}),
             2);
    QVERIFY(!QFile::exists(unwritten));
    const QString nowhere = path("no-such-directory/topology.yaml");
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("new"), QStringLiteral("--kind"),
                       QStringLiteral("hub-as-spoke"), QStringLiteral("-o"), nowhere}),
             1);
    QVERIFY(!QFile::exists(nowhere));
    QCOMPARE(exitCode({QStringLiteral("topology"), QStringLiteral("show"), QStringLiteral("--version")}), 0);
}

QTEST_GUILESS_MAIN(TestTopologyCli)
#include "tst_topologycli.moc"
