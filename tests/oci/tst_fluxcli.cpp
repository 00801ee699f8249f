#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "awaitresult.h"
#include "command.h"
#include "oci/fluxartifact.h"
#include "oci/mediatypes.h"
#include "oci/registryclient.h"
#include "oci/ocilayout.h"
#include "registryserver.h"

using TestSupport::RegistryServer;

class TestFluxCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reproduciblePushGivesOneDigest();
    void pushPrintsJson();
    void pullExtractsAndLists();
    void pullRefusesToOverwrite();
    void pullChoosesAnIndexEntry();
    void copyBetweenRegistriesAndLayouts();
    void passwordFromStandardInput();
    void progressOnlyOnATerminal();
    void skopeoInteropBothWays();
    void dockerManifestListEverywhere();
    void layoutsInspectedAndTagged();
    void unreadableDirectoryFailsThePush();
    void usageErrors_data();
    void usageErrors();
    void digestMatchesSha256sum();
    void connectionFailuresExplained();
    void endlessInputIsRefused();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {}, bool terminal = false);
    QStringList plain() const { return {QStringLiteral("--plain-http")}; }
    QString ref(const QString &repository) const { return m_registry->hostPort() + QLatin1Char('/') + repository; }
    Oci::Descriptor pushedManifest(const QString &reference, const QString &platform);
    QString pushIndex(const QString &reference, const QList<Oci::Descriptor> &entries);
    Oci::Descriptor pushDockerImage(const QString &repository, const QStringList &layerSources,
                                    const QString &platform);
    static bool skopeo(const QStringList &arguments, QByteArray *output = nullptr);

    std::unique_ptr<RegistryServer> m_registry;
    std::unique_ptr<RegistryServer> m_second;
    QTemporaryDir m_work;
};

namespace {
const QString definitions = QStringLiteral(PRC_TEST_DATA_DIR "/definitions");
const QStringList provenance{QStringLiteral("--source"), QStringLiteral("https://git.example.com/fleet.git"),
                             QStringLiteral("--revision"), QStringLiteral("main@sha1:cafe")};
} // namespace

TestFluxCli::Run TestFluxCli::cli(const QStringList &arguments, const QByteArray &input, bool terminal)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Cli::Context context{outStream, errStream, [input] { return input; }, terminal, terminal};
    const int code = Cli::runCli(arguments, context);
    return {code, out, err};
}

void TestFluxCli::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty())
        QSKIP("docker-registry is not installed");
    m_registry = std::make_unique<RegistryServer>(RegistryServer::Mode::Plain);
    m_second = std::make_unique<RegistryServer>(RegistryServer::Mode::Htpasswd);
    QVERIFY2(m_registry->start(), qPrintable(m_registry->errorString()));
    QVERIFY2(m_second->start(), qPrintable(m_second->errorString()));
}

void TestFluxCli::reproduciblePushGivesOneDigest()
{
    const auto first = cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("defs:one")),
                                       QStringLiteral("--reproducible")} +
                           provenance + plain());
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QTest::qWait(1100);
    const auto second = cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("defs:two")),
                                        QStringLiteral("--reproducible")} +
                            provenance + plain());
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY(first.out.trimmed().startsWith(QLatin1String("sha256:")));
    QCOMPARE(second.out, first.out);
    QVERIFY(first.err.isEmpty()); // not a terminal: no progress

    // Without --reproducible the creation time makes each push unique.
    const auto third =
        cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("defs:three"))} + provenance + plain());
    QCOMPARE(third.code, 0);
    QVERIFY(third.out != first.out);
}

void TestFluxCli::pushPrintsJson()
{
    const auto run =
        cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("json:v1")),
                        QStringLiteral("--reproducible"), QStringLiteral("--format"), QStringLiteral("json")} +
            provenance + plain());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(object.value(QLatin1String("digest")).toString().startsWith(QLatin1String("sha256:")));
    QCOMPARE(object.value(QLatin1String("entries")).toInt(), 3);
    QCOMPARE(object.value(QLatin1String("reference")).toString(), ref(QStringLiteral("json:v1")));
}

void TestFluxCli::pullExtractsAndLists()
{
    QCOMPARE(
        cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("pull:v1"))} + provenance + plain())
            .code,
        0);
    const QString target = m_work.filePath(QStringLiteral("pulled"));
    const auto pulled = cli(
        QStringList{QStringLiteral("pull"), ref(QStringLiteral("pull:v1")), QStringLiteral("-o"), target} + plain());
    QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
    for (const QString &name : QDir(definitions).entryList(QDir::Files)) {
        QFile original(definitions + QLatin1Char('/') + name);
        QFile copy(target + QLatin1Char('/') + name);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }

    const auto listed = cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("pull:v1")),
                                        QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")} +
                            plain());
    QCOMPARE(listed.code, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QLatin1String("files")).toArray().size(), 3);

    // A name with a line break is one quoted line in the text list, exact in JSON.
    QTemporaryDir odd;
    const QString oddName = QStringLiteral("two\nlines.yaml");
    QFile oddFile(odd.filePath(oddName));
    QVERIFY(oddFile.open(QIODevice::WriteOnly) && oddFile.write("kind: ConfigMap\n") > 0);
    oddFile.close();
    const QString oddLayout = QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("odd-names"));
    QCOMPARE(cli(QStringList{QStringLiteral("push"), odd.path(), oddLayout + QStringLiteral(":v1")} + provenance).code,
             0);
    // Annotations come from whoever built the artifact: escape sequences in them reach no terminal raw.
    const QString annotated = QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("odd-annotations"));
    QCOMPARE(cli({QStringLiteral("push"), odd.path(), annotated + QStringLiteral(":v2"), QStringLiteral("--source"),
                  QStringLiteral("https://ok\x1b]0;retitled\x07"), QStringLiteral("--revision"), QStringLiteral("r")})
                 .code,
             0);
    const auto inspected = cli({QStringLiteral("inspect"), annotated + QStringLiteral(":v2")});
    QVERIFY2(!inspected.out.contains(QChar(0x1b)), qPrintable(inspected.out));
    QVERIFY2(inspected.out.contains(QLatin1String("\"https://ok\\x1b]0;retitled\\x07\"")), qPrintable(inspected.out));

    const auto oddText = cli({QStringLiteral("pull"), oddLayout, QStringLiteral("--list")});
    QCOMPARE(oddText.out, QStringLiteral("\"two\\nlines.yaml\"\n"));
    const auto oddJson = cli({QStringLiteral("pull"), oddLayout, QStringLiteral("--list"), QStringLiteral("--format"),
                              QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(oddJson.out.toUtf8())
                 .object()
                 .value(QLatin1String("files"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("path"))
                 .toString(),
             oddName);

    const auto missing =
        cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("pull:nope")), QStringLiteral("--list")} + plain());
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QLatin1String("404")) || missing.err.contains(QLatin1String("MANIFEST_UNKNOWN")),
             qPrintable(missing.err));
}

// The descriptor of a manifest in m_registry, with a platform ("os/arch") for an index entry.
Oci::Descriptor TestFluxCli::pushedManifest(const QString &reference, const QString &platform)
{
    Oci::RegistryClient client(m_registry->hostPort(), m_registry->connectionSettings());
    auto got = TestSupport::await<Oci::ManifestResponse>(
        [&](auto done) { return client.getManifest(*Oci::Reference::parse(reference), this, done); });
    if (!got)
        return {};
    Oci::Descriptor descriptor = got->descriptor();
    Oci::Platform entryPlatform;
    entryPlatform.os = platform.section(QLatin1Char('/'), 0, 0);
    entryPlatform.architecture = platform.section(QLatin1Char('/'), 1, 1);
    descriptor.platform = entryPlatform;
    return descriptor;
}

// Pushes an OCI index of \a entries; returns its digest (empty on failure).
QString TestFluxCli::pushIndex(const QString &reference, const QList<Oci::Descriptor> &entries)
{
    Oci::Manifest index;
    index.setKind(Oci::Manifest::Kind::ImageIndex);
    index.setManifests(entries);
    Oci::RegistryClient client(m_registry->hostPort(), m_registry->connectionSettings());
    auto pushed = TestSupport::await<Oci::Digest>([&](auto done) {
        return client.putManifest(*Oci::Reference::parse(reference), index.serialize(),
                                  QString(Oci::MediaType::ImageIndex), this, done);
    });
    return pushed ? pushed->toString() : QString();
}

// An index of Flux artifacts: --platform picks an entry, a single entry or the host's platform is taken
// without it, and anything else is an error listing the entries. The chosen digest is printed.
void TestFluxCli::pullChoosesAnIndexEntry()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QFile single(other.filePath(QStringLiteral("only.yaml")));
    QVERIFY(single.open(QIODevice::WriteOnly) && single.write("kind: ConfigMap\n") > 0);
    single.close();
    QCOMPARE(
        cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("multi:amd"))} + provenance + plain())
            .code,
        0);
    QCOMPARE(
        cli(QStringList{QStringLiteral("push"), other.path(), ref(QStringLiteral("multi:arm"))} + provenance + plain())
            .code,
        0);
    const auto amd = pushedManifest(ref(QStringLiteral("multi:amd")), QStringLiteral("linux/amd64"));
    const auto arm = pushedManifest(ref(QStringLiteral("multi:arm")), QStringLiteral("linux/arm64"));
    const auto s390 = pushedManifest(ref(QStringLiteral("multi:amd")), QStringLiteral("linux/s390x"));
    QVERIFY(!amd.mediaType.isEmpty() && !arm.mediaType.isEmpty());
    QVERIFY(!pushIndex(ref(QStringLiteral("multi:both")), {amd, arm}).isEmpty());
    QVERIFY(!pushIndex(ref(QStringLiteral("multi:one")), {arm}).isEmpty());
    QVERIFY(!pushIndex(ref(QStringLiteral("multi:foreign")), {arm, s390}).isEmpty());
    auto files = [](const Run &run) {
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("files")).toArray().size();
    };
    auto list = [&](const QString &tag, const QStringList &extra) {
        return cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("multi:") + tag), QStringLiteral("--list"),
                               QStringLiteral("--format"), QStringLiteral("json")} +
                   extra + plain());
    };

    const auto picked = list(QStringLiteral("both"), {QStringLiteral("--platform"), QStringLiteral("linux/arm64")});
    QVERIFY2(picked.code == 0, qPrintable(picked.err));
    QCOMPARE(files(picked), 1);
    const QJsonObject pickedJson = QJsonDocument::fromJson(picked.out.toUtf8()).object();
    QCOMPARE(pickedJson.value(QLatin1String("manifest")).toString(), arm.digest.toString());
    QCOMPARE(pickedJson.value(QLatin1String("platform")).toString(), QStringLiteral("linux/arm64"));

    const auto onlyOne = list(QStringLiteral("one"), {});
    QVERIFY2(onlyOne.code == 0, qPrintable(onlyOne.err));
    QCOMPARE(files(onlyOne), 1);

    const QString target = m_work.filePath(QStringLiteral("from-index"));
    const auto extracted = cli(
        QStringList{QStringLiteral("pull"), ref(QStringLiteral("multi:both")), QStringLiteral("-o"), target} + plain());
    if (QSysInfo::currentCpuArchitecture() == QLatin1String("x86_64")) {
        // The host platform (linux/amd64) decides, and the chosen entry is named.
        QVERIFY2(extracted.code == 0, qPrintable(extracted.err));
        QVERIFY2(extracted.err.contains(amd.digest.toString()), qPrintable(extracted.err));
        QCOMPARE(QDir(target).entryList(QDir::Files).size(), 3);
    }

    const auto ambiguous = list(QStringLiteral("foreign"), {});
    QCOMPARE(ambiguous.code, 1);
    for (const QString &expected :
         {arm.digest.toString(), s390.digest.toString(), QStringLiteral("linux/s390x"), QStringLiteral("--platform"),
          QStringLiteral("@sha256:"), QString(Oci::FluxArtifact::configMediaType())}) {
        QVERIFY2(ambiguous.err.contains(expected), qPrintable(expected + QLatin1String(" in: ") + ambiguous.err));
    }
    const auto noMatch = list(QStringLiteral("both"), {QStringLiteral("--platform"), QStringLiteral("windows/amd64")});
    QCOMPARE(noMatch.code, 1);
    QVERIFY2(noMatch.err.contains(QLatin1String("windows/amd64")), qPrintable(noMatch.err));
    const auto badPlatform = list(QStringLiteral("both"), {QStringLiteral("--platform"), QStringLiteral("amd64")});
    QCOMPARE(badPlatform.code, 2);
}

// An existing file stops the pull before anything is written; --force replaces it.
void TestFluxCli::pullRefusesToOverwrite()
{
    QCOMPARE(
        cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("pull:over"))} + provenance + plain())
            .code,
        0);
    const QStringList names = QDir(definitions).entryList(QDir::Files);
    QVERIFY(names.size() >= 2);
    const QString target = m_work.filePath(QStringLiteral("over"));
    QVERIFY(QDir().mkpath(target));
    const QString existing = target + QLatin1Char('/') + names.last();
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine\n");
    file.close();

    const QStringList pull =
        QStringList{QStringLiteral("pull"), ref(QStringLiteral("pull:over")), QStringLiteral("-o"), target} + plain();
    const auto refused = cli(pull);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(existing), qPrintable(refused.err));
    QCOMPARE(QDir(target).entryList(QDir::Files), QStringList{names.last()});
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine\n"));
    file.close();

    const auto forced = cli(pull + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QFile original(definitions + QLatin1Char('/') + names.last());
    QVERIFY(original.open(QIODevice::ReadOnly) && file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original.readAll());
}

void TestFluxCli::copyBetweenRegistriesAndLayouts()
{
    const auto pushed =
        cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("cp:v1"))} + provenance + plain());
    QCOMPARE(pushed.code, 0);
    const QString layout = m_work.filePath(QStringLiteral("cp-layout"));
    const auto out =
        cli({QStringLiteral("cp"), ref(QStringLiteral("cp:v1")),
             QStringLiteral("oci-layout:") + layout + QStringLiteral(":v1"), QStringLiteral("--plain-http")});
    QVERIFY2(out.code == 0, qPrintable(out.err));
    QCOMPARE(out.out, pushed.out);
    QCOMPARE(Oci::OciLayout::open(layout)->resolve(QStringLiteral("v1"))->digest.toString(), pushed.out.trimmed());

    const auto in = cli({QStringLiteral("cp"), QStringLiteral("oci-layout:") + layout + QStringLiteral(":v1"),
                         ref(QStringLiteral("cp-back:v2")), QStringLiteral("--plain-http"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    QVERIFY2(in.code == 0, qPrintable(in.err));
    QCOMPARE(QJsonDocument::fromJson(in.out.toUtf8()).object().value(QLatin1String("digest")).toString(),
             pushed.out.trimmed());
}

void TestFluxCli::passwordFromStandardInput()
{
    const QString target = m_second->hostPort() + QStringLiteral("/secured:v1");
    const QStringList credentials{QStringLiteral("--username"), m_second->username(),
                                  QStringLiteral("--password-stdin")};
    const auto pushed =
        cli(QStringList{QStringLiteral("push"), definitions, target} + provenance + plain() + credentials,
            m_second->password().toUtf8() + '\n');
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));

    const auto refused =
        cli(QStringList{QStringLiteral("push"), definitions, target} + provenance + plain() + credentials, "wrong\n");
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("401")), qPrintable(refused.err));

    const auto checked = cli(QStringList{QStringLiteral("registry"), QStringLiteral("check"), m_second->hostPort(),
                                         QStringLiteral("--format"), QStringLiteral("json")} +
                                 plain() + credentials,
                             m_second->password().toUtf8());
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
    const QJsonObject report = QJsonDocument::fromJson(checked.out.toUtf8()).object();
    QVERIFY(report.value(QLatin1String("compatible")).toBool());
    QCOMPARE(report.value(QLatin1String("steps")).toArray().size(), 7);

    // A refused login proves nothing either way: compatibility is unknown, not disproved.
    const auto wrongLogin = cli(QStringList{QStringLiteral("registry"), QStringLiteral("check"), m_second->hostPort()} +
                                    plain() + credentials,
                                "wrong\n");
    QCOMPARE(wrongLogin.code, 1);
    QVERIFY2(wrongLogin.out.contains(QLatin1String("did not accept the login; compatibility is unknown")),
             qPrintable(wrongLogin.out));
    QVERIFY2(!wrongLogin.out.contains(QLatin1String("NOT compatible")), qPrintable(wrongLogin.out));
    QVERIFY2(!wrongLogin.err.contains(QLatin1String("error:")), qPrintable(wrongLogin.err));
    const auto wrongLoginJson =
        cli(QStringList{QStringLiteral("registry"), QStringLiteral("check"), m_second->hostPort(),
                        QStringLiteral("--format"), QStringLiteral("json")} +
                plain() + credentials,
            "wrong\n");
    const QJsonObject unknown = QJsonDocument::fromJson(wrongLoginJson.out.toUtf8()).object();
    QVERIFY(unknown.value(QLatin1String("compatible")).isNull());
    QCOMPARE(unknown.value(QLatin1String("authenticated")).toBool(true), false);
}

void TestFluxCli::progressOnlyOnATerminal()
{
    const QStringList push =
        QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("progress:v1"))} + provenance + plain();
    const auto piped = cli(push);
    QCOMPARE(piped.code, 0);
    QVERIFY(piped.err.isEmpty());

    const auto terminal = cli(push, {}, true);
    QCOMPARE(terminal.code, 0);
    QVERIFY2(terminal.err.contains(QLatin1Char('\r')) && terminal.err.contains(QLatin1String("100%")),
             qPrintable(terminal.err));
    QVERIFY(terminal.out.startsWith(QLatin1String("sha256:")));
}

bool TestFluxCli::skopeo(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(QStringLiteral("skopeo"), arguments);
    const bool ok = process.waitForFinished(120'000) && process.exitCode() == 0;
    if (output)
        *output = process.readAllStandardOutput();
    if (!ok)
        qWarning("skopeo: %s", process.readAllStandardError().constData());
    return ok;
}

// What we push, skopeo reads with the same digest; what skopeo writes (registry or oci: layout), the CLI
// lists, inspects, pulls and copies.
void TestFluxCli::skopeoInteropBothWays()
{
    if (QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty())
        QSKIP("skopeo is not installed");
    const QStringList noTls{QStringLiteral("--tls-verify=false")};

    const auto pushed = cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("ours:v1")),
                                        QStringLiteral("--reproducible")} +
                            provenance + plain());
    QCOMPARE(pushed.code, 0);
    QByteArray raw;
    QVERIFY(skopeo(QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} + noTls +
                       QStringList{QStringLiteral("docker://") + ref(QStringLiteral("ours:v1"))},
                   &raw));
    QCOMPARE(Oci::Digest::ofBytes(raw).toString(), pushed.out.trimmed());

    // skopeo copies our artifact into an oci: layout and into another repository.
    const QString layout = m_work.filePath(QStringLiteral("skopeo-oci"));
    QVERIFY(skopeo({QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                    QStringLiteral("docker://") + ref(QStringLiteral("ours:v1")),
                    QStringLiteral("oci:") + layout + QStringLiteral(":copied")}));
    QVERIFY(skopeo({QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                    QStringLiteral("oci:") + layout + QStringLiteral(":copied"),
                    QStringLiteral("docker://") + ref(QStringLiteral("by-skopeo/defs:v1"))}));

    const auto listed = cli(QStringList{QStringLiteral("ls"), m_registry->hostPort()} + plain());
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    QVERIFY(listed.out.contains(QLatin1String("by-skopeo/defs")));
    const auto inspected = cli(QStringList{QStringLiteral("inspect"), ref(QStringLiteral("by-skopeo/defs:v1")),
                                           QStringLiteral("--format"), QStringLiteral("json")} +
                               plain());
    QVERIFY2(inspected.code == 0, qPrintable(inspected.err));
    QVERIFY(inspected.out.contains(pushed.out.trimmed()));

    const QString fromRegistry = m_work.filePath(QStringLiteral("from-skopeo-registry"));
    QCOMPARE(cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("by-skopeo/defs:v1")), QStringLiteral("-o"),
                             fromRegistry} +
                 plain())
                 .code,
             0);
    QVERIFY(QFileInfo::exists(fromRegistry + QStringLiteral("/llm-inference.componentdefinition.yaml")));
    const QString fromLayout = m_work.filePath(QStringLiteral("from-skopeo-layout"));
    QCOMPARE(cli({QStringLiteral("pull"), QStringLiteral("oci-layout:") + layout + QStringLiteral(":copied"),
                  QStringLiteral("-o"), fromLayout})
                 .code,
             0);
    QVERIFY(QFileInfo::exists(fromLayout + QStringLiteral("/gpu-toleration.traitdefinition.yaml")));

    const auto copied =
        cli(QStringList{QStringLiteral("cp"), QStringLiteral("oci-layout:") + layout + QStringLiteral(":copied"),
                        ref(QStringLiteral("from-layout:v1"))} +
            plain());
    QVERIFY2(copied.code == 0, qPrintable(copied.err));
    QCOMPARE(copied.out, pushed.out);
}

// Pushes a Docker v2 image (Docker config and gzip layer media types) with a layer for each of
// \a layerSources; returns its descriptor with \a platform ("os/arch") set, ready for a manifest list.
Oci::Descriptor TestFluxCli::pushDockerImage(const QString &repository, const QStringList &layerSources,
                                             const QString &platform)
{
    const QString os = platform.section(QLatin1Char('/'), 0, 0);
    const QString architecture = platform.section(QLatin1Char('/'), 1, 1);
    const QByteArray config = QJsonDocument(QJsonObject{{QStringLiteral("architecture"), architecture},
                                                        {QStringLiteral("os"), os},
                                                        {QStringLiteral("rootfs"),
                                                         QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                                                     {QStringLiteral("diff_ids"), QJsonArray{}}}}})
                                  .toJson(QJsonDocument::Compact);
    QList<std::pair<QByteArray, QString>> blobs{{config, QString(Oci::MediaType::DockerConfig)}};
    for (const QString &source : layerSources) {
        QBuffer layerBytes;
        layerBytes.open(QIODevice::WriteOnly);
        if (!Oci::FluxArtifact::writeLayer(source, layerBytes))
            return {};
        blobs.append({layerBytes.data(), QString(Oci::MediaType::DockerLayerTarGzip)});
    }

    Oci::RegistryClient client(m_registry->hostPort(), m_registry->connectionSettings());
    QJsonArray descriptors;
    for (const auto &[bytes, mediaType] : blobs) {
        auto uploaded = TestSupport::await<Oci::Descriptor>(
            [&](auto done) { return client.uploadBlobBytes(repository, bytes, this, done, mediaType); });
        if (!uploaded)
            return {};
        descriptors.append(QJsonObject{{QStringLiteral("mediaType"), mediaType},
                                       {QStringLiteral("size"), uploaded->size},
                                       {QStringLiteral("digest"), uploaded->digest.toString()}});
    }
    QJsonArray layers = descriptors;
    layers.removeFirst();
    const QByteArray manifest = QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                                          {QStringLiteral("mediaType"), Oci::MediaType::DockerManifest},
                                                          {QStringLiteral("config"), descriptors.at(0)},
                                                          {QStringLiteral("layers"), layers}})
                                    .toJson(QJsonDocument::Compact);
    const auto reference = *Oci::Reference::parse(ref(repository + QLatin1Char(':') + architecture));
    auto pushed = TestSupport::await<Oci::Digest>([&](auto done) {
        return client.putManifest(reference, manifest, QString(Oci::MediaType::DockerManifest), this, done);
    });
    if (!pushed)
        return {};
    auto descriptor = Oci::Descriptor::of(QString(Oci::MediaType::DockerManifest), *pushed, manifest.size());
    descriptor.platform = Oci::Platform{architecture, os, {}, {}, {}};
    return descriptor;
}

// A Docker manifest list of Docker v2 images (what `docker buildx` and older registries hold): inspected with
// its platforms, pulled by platform, copied into a layout and back with its bytes unchanged, and the copies
// read by skopeo with the same digest.
void TestFluxCli::dockerManifestListEverywhere()
{
    QTemporaryDir armFiles;
    QVERIFY(armFiles.isValid());
    QFile armOnly(armFiles.filePath(QStringLiteral("arm-only.yaml")));
    QVERIFY(armOnly.open(QIODevice::WriteOnly) && armOnly.write("kind: ConfigMap\n") > 0);
    armOnly.close();
    const auto amd = pushDockerImage(QStringLiteral("docker/app"), {definitions}, QStringLiteral("linux/amd64"));
    const auto arm = pushDockerImage(QStringLiteral("docker/app"), {armFiles.path()}, QStringLiteral("linux/arm64"));
    QVERIFY(!amd.mediaType.isEmpty() && !arm.mediaType.isEmpty());
    const auto entryJson = [](const Oci::Descriptor &entry) {
        return QJsonDocument::fromJson(entry.toCanonicalJson()).object();
    };
    const QByteArray list =
        QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                  {QStringLiteral("mediaType"), Oci::MediaType::DockerManifestList},
                                  {QStringLiteral("manifests"), QJsonArray{entryJson(amd), entryJson(arm)}}})
            .toJson(QJsonDocument::Compact);
    Oci::RegistryClient client(m_registry->hostPort(), m_registry->connectionSettings());
    auto listDigest = TestSupport::await<Oci::Digest>([&](auto done) {
        return client.putManifest(*Oci::Reference::parse(ref(QStringLiteral("docker/app:multi"))), list,
                                  QString(Oci::MediaType::DockerManifestList), this, done);
    });
    QVERIFY2(listDigest, qPrintable(listDigest ? QString() : listDigest.error().message));
    QCOMPARE(*listDigest, Oci::Digest::ofBytes(list));

    const auto inspected =
        cli(QStringList{QStringLiteral("inspect"), ref(QStringLiteral("docker/app:multi"))} + plain());
    QVERIFY2(inspected.code == 0, qPrintable(inspected.err));
    for (const QString &expected : {QString(Oci::MediaType::DockerManifestList), QStringLiteral("linux/arm64"),
                                    QStringLiteral("linux/amd64"), arm.digest.toString()})
        QVERIFY2(inspected.out.contains(expected), qPrintable(expected + QLatin1String(" in: ") + inspected.out));

    const auto armListed =
        cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("docker/app:multi")), QStringLiteral("--list"),
                        QStringLiteral("--platform"), QStringLiteral("linux/arm64"), QStringLiteral("--format"),
                        QStringLiteral("json")} +
            plain());
    QVERIFY2(armListed.code == 0, qPrintable(armListed.err));
    const QJsonObject armJson = QJsonDocument::fromJson(armListed.out.toUtf8()).object();
    QCOMPARE(armJson.value(QLatin1String("manifest")).toString(), arm.digest.toString());
    const QJsonArray armEntries = armJson.value(QLatin1String("files")).toArray();
    QCOMPARE(armEntries.size(), 1);

    const QString amdTarget = m_work.filePath(QStringLiteral("docker-amd64"));
    const auto amdPulled =
        cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("docker/app:multi")), QStringLiteral("--platform"),
                        QStringLiteral("linux/amd64"), QStringLiteral("-o"), amdTarget} +
            plain());
    QVERIFY2(amdPulled.code == 0, qPrintable(amdPulled.err));
    QCOMPARE(QDir(amdTarget).entryList(QDir::Files), QDir(definitions).entryList(QDir::Files));

    // An image of several layers is not a Flux artifact: pull refuses it rather than extract one layer.
    const auto layered =
        pushDockerImage(QStringLiteral("docker/layers"), {definitions, armFiles.path()}, QStringLiteral("linux/amd64"));
    QVERIFY(!layered.mediaType.isEmpty());
    const auto refused =
        cli(QStringList{QStringLiteral("pull"), ref(QStringLiteral("docker/layers@")) + layered.digest.toString(),
                        QStringLiteral("--list")} +
            plain());
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("has 2 layers")), qPrintable(refused.err));

    // Into a layout and back: every manifest keeps its bytes, so every digest is unchanged.
    const QString layout = m_work.filePath(QStringLiteral("docker-layout"));
    const auto toLayout = cli(QStringList{QStringLiteral("cp"), ref(QStringLiteral("docker/app:multi")),
                                          QStringLiteral("oci-layout:") + layout + QStringLiteral(":multi")} +
                              plain());
    QVERIFY2(toLayout.code == 0, qPrintable(toLayout.err));
    QCOMPARE(toLayout.out.trimmed(), listDigest->toString());
    const auto back =
        cli(QStringList{QStringLiteral("cp"), QStringLiteral("oci-layout:") + layout + QStringLiteral(":multi"),
                        ref(QStringLiteral("docker/copy:multi"))} +
            plain());
    QVERIFY2(back.code == 0, qPrintable(back.err));
    QCOMPARE(back.out.trimmed(), listDigest->toString());

    if (QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty())
        QSKIP("skopeo is not installed");
    // skopeo's oci: transport only looks up OCI media types in index.json, so it reads the copy made from
    // the layout rather than the layout itself.
    QByteArray raw;
    QVERIFY(skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                    QStringLiteral("docker://") + ref(QStringLiteral("docker/copy:multi"))},
                   &raw));
    QCOMPARE(Oci::Digest::ofBytes(raw), *listDigest);
    QVERIFY(skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                    QStringLiteral("docker://") + ref(QStringLiteral("docker/copy@") + arm.digest.toString())},
                   &raw));
    QCOMPARE(Oci::Digest::ofBytes(raw), arm.digest);
    // skopeo copies every image of the copied list, which only works when all children arrived.
    QVERIFY(
        skopeo({QStringLiteral("copy"), QStringLiteral("--all"), QStringLiteral("--src-tls-verify=false"),
                QStringLiteral("docker://") + ref(QStringLiteral("docker/copy:multi")),
                QStringLiteral("oci:") + m_work.filePath(QStringLiteral("docker-skopeo")) + QStringLiteral(":multi")}));
}

// inspect and tags read a layout on disk as they read a registry; its ref names are its tags.
void TestFluxCli::layoutsInspectedAndTagged()
{
    const auto pushed = cli(QStringList{QStringLiteral("push"), definitions, ref(QStringLiteral("laid:v1")),
                                        QStringLiteral("--reproducible")} +
                            provenance + plain());
    QCOMPARE(pushed.code, 0);
    const QString layout = QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("inspected"));
    const auto single = cli(
        QStringList{QStringLiteral("cp"), ref(QStringLiteral("laid:v1")), layout + QStringLiteral(":v10")} + plain());
    QVERIFY2(single.code == 0, qPrintable(single.err));

    // One manifest: the layout alone names it.
    const auto alone = cli({QStringLiteral("inspect"), layout});
    QVERIFY2(alone.code == 0, qPrintable(alone.err));
    QVERIFY2(alone.out.contains(pushed.out.trimmed()) &&
                 alone.out.contains(QLatin1String("application/vnd.cncf.flux.content.v1.tar+gzip")),
             qPrintable(alone.out));
    const auto aloneListed = cli({QStringLiteral("pull"), layout, QStringLiteral("--list")});
    QVERIFY2(aloneListed.code == 0, qPrintable(aloneListed.err));
    const auto aloneCopied =
        cli(QStringList{QStringLiteral("cp"), layout, ref(QStringLiteral("laid-copy:v1"))} + plain());
    QVERIFY2(aloneCopied.code == 0, qPrintable(aloneCopied.err));
    QCOMPARE(aloneCopied.out, pushed.out);
    // A layout ref name that is no registry tag is found out before anything is uploaded.
    const QString semver = QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("semver"));
    QCOMPARE(
        cli(QStringList{QStringLiteral("cp"), ref(QStringLiteral("laid:v1")), semver + QStringLiteral(":1.0.0+b.1")} +
            plain())
            .code,
        0);
    const auto plusTag = cli(QStringList{QStringLiteral("cp"), semver, ref(QStringLiteral("laid-semver"))} + plain());
    QCOMPARE(plusTag.code, 1);
    QVERIFY2(plusTag.err.contains(QLatin1String("cannot be a registry tag")), qPrintable(plusTag.err));
    QCOMPARE(cli(QStringList{QStringLiteral("tags"), ref(QStringLiteral("laid-semver"))} + plain()).code, 1);
    // An untagged manifest (copied by digest) reaches a registry as "latest", as with skopeo.
    const QString untagged = QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("untagged"));
    QCOMPARE(
        cli(QStringList{QStringLiteral("cp"), ref(QStringLiteral("laid@")) + pushed.out.trimmed(), untagged} + plain())
            .code,
        0);
    QCOMPARE(cli(QStringList{QStringLiteral("cp"), untagged, ref(QStringLiteral("laid-untagged"))} + plain()).code, 0);
    QCOMPARE(cli(QStringList{QStringLiteral("tags"), ref(QStringLiteral("laid-untagged"))} + plain()).out,
             QStringLiteral("latest\n"));

    // Named by neither side, the tag is the one the layout's manifest carries: never an untagged manifest.
    const auto keptTag = cli(QStringList{QStringLiteral("cp"), layout, ref(QStringLiteral("laid-tagless"))} + plain());
    QVERIFY2(keptTag.code == 0, qPrintable(keptTag.err));
    QCOMPARE(cli(QStringList{QStringLiteral("tags"), ref(QStringLiteral("laid-tagless"))} + plain()).out,
             QStringLiteral("v10\n"));

    QCOMPARE(
        cli(QStringList{QStringLiteral("cp"), ref(QStringLiteral("laid:v1")), layout + QStringLiteral(":v9")} + plain())
            .code,
        0);
    const auto raw = cli({QStringLiteral("inspect"), layout + QStringLiteral(":v9"), QStringLiteral("--raw")});
    QCOMPARE(raw.code, 0);
    QCOMPARE(Oci::Digest::ofBytes(raw.out.toUtf8()).toString(), pushed.out.trimmed());
    const auto json = cli({QStringLiteral("inspect"), layout + QLatin1Char('@') + pushed.out.trimmed(),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("digest")).toString(),
             pushed.out.trimmed());

    const auto ambiguous = cli({QStringLiteral("inspect"), layout});
    QCOMPARE(ambiguous.code, 1);
    QVERIFY2(ambiguous.err.contains(QLatin1String("index.json")) && ambiguous.err.contains(QLatin1String("v10, v9")),
             qPrintable(ambiguous.err));
    // Both names are of one manifest: the message says so rather than "more than one manifest".
    QVERIFY2(ambiguous.err.contains(QLatin1String("one manifest under several names")), qPrintable(ambiguous.err));
    const auto missing = cli({QStringLiteral("inspect"), layout + QStringLiteral(":v3")});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QLatin1String("'v3' is not in the layout")), qPrintable(missing.err));

    const auto tags = cli({QStringLiteral("tags"), layout});
    QVERIFY2(tags.code == 0, qPrintable(tags.err));
    QCOMPARE(tags.out, QStringLiteral("v9\nv10\n"));
    const auto tagsJson = cli({QStringLiteral("tags"), layout, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(tagsJson.out.toUtf8()).object().value(QLatin1String("tags")).toArray().size(), 2);
    QCOMPARE(cli({QStringLiteral("tags"), layout + QStringLiteral(":v9")}).code, 2);
    QCOMPARE(
        cli({QStringLiteral("tags"), QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("none"))}).code, 1);
    QCOMPARE(cli({QStringLiteral("ls"), layout}).code, 2);

    // An archive of a layout is read the same way.
    const QString archive = QStringLiteral("oci-layout:") + m_work.filePath(QStringLiteral("inspected.tar"));
    QCOMPARE(cli({QStringLiteral("cp"), layout + QStringLiteral(":v9"), archive + QStringLiteral(":v9")}).code, 0);
    QCOMPARE(cli({QStringLiteral("tags"), archive}).out, QStringLiteral("v9\n"));
    QVERIFY(cli({QStringLiteral("inspect"), archive}).out.contains(pushed.out.trimmed()));
}

// A directory the user cannot list fails the push, naming it, instead of leaving its files out; an ignore
// pattern that drops it lets the push go on. Root reads everything, so as root the CLI runs as nobody.
void TestFluxCli::unreadableDirectoryFailsThePush()
{
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv");
    QTemporaryDir tree(QDir::tempPath() + QStringLiteral("/unreadable-XXXXXX"));
    QVERIFY(tree.isValid());
    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                     QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(tree.path(), all));
    QVERIFY(QDir(tree.path()).mkpath(QStringLiteral("locked")));
    for (const QString &name : {QStringLiteral("kept.yaml"), QStringLiteral("locked/hidden.yaml")}) {
        QFile file(tree.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("kind: ConfigMap\n") > 0);
        file.close();
        QVERIFY(file.setPermissions(all));
    }
    QVERIFY(QFile::setPermissions(tree.filePath(QStringLiteral("locked")), QFileDevice::Permissions()));
    const auto push = [&](const QStringList &extra) {
        const QStringList arguments =
            QStringList{QStringLiteral("push"), tree.path(), ref(QStringLiteral("locked:v1"))} + provenance + plain() +
            extra;
        if (!root)
            return cli(arguments);
        QProcess process;
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"),
                                  QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry")} +
                          arguments);
        process.waitForFinished(60000);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    };
    const auto refused = push({});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(tree.filePath(QStringLiteral("locked"))) &&
                 refused.err.contains(QLatin1String("permission denied")),
             qPrintable(refused.err));
    const auto ignored = push({QStringLiteral("--ignore"), QStringLiteral("locked/")});
    QVERIFY2(ignored.code == 0, qPrintable(ignored.err));
    QVERIFY(QFile::setPermissions(tree.filePath(QStringLiteral("locked")), all | QFileDevice::WriteOwner));
}

void TestFluxCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("push without provenance")
        << QStringList{QStringLiteral("push"), definitions, QStringLiteral("h:1/r:t")};
    QTest::newRow("push to a digest") << (QStringList{QStringLiteral("push"), definitions,
                                                      QStringLiteral("h:1/r@sha256:") + QString(64, QLatin1Char('a'))} +
                                          provenance);
    QTest::newRow("bad tag") << (QStringList{QStringLiteral("push"), definitions, QStringLiteral("h:1/r:bad tag")} +
                                 provenance);
    QTest::newRow("push a missing path") << (QStringList{QStringLiteral("push"), QStringLiteral("/nonexistent"),
                                                         QStringLiteral("h:1/r:t")} +
                                             provenance);
    QTest::newRow("digest a directory") << QStringList{QStringLiteral("digest"), definitions};
    QTest::newRow("digest a missing file") << QStringList{QStringLiteral("digest"), QStringLiteral("/nonexistent")};
    QTest::newRow("pull without -o") << QStringList{QStringLiteral("pull"), QStringLiteral("h:1/r:t")};
    QTest::newRow("cp one argument") << QStringList{QStringLiteral("cp"), QStringLiteral("h:1/r:t")};
    QTest::newRow("cert without key") << QStringList{QStringLiteral("cp"), QStringLiteral("h:1/r:t"),
                                                     QStringLiteral("h:1/s:t"), QStringLiteral("--cert-file"),
                                                     definitions};
    QTest::newRow("tags of a tag") << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r:v1")};
    QTest::newRow("username without password") << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r"),
                                                              QStringLiteral("--username"), QStringLiteral("admin")};
    QTest::newRow("pull into an empty name")
        << QStringList{QStringLiteral("pull"), QStringLiteral("h:1/r:t"), QStringLiteral("-o"), QString()};
    for (const QString &timeout : {QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("99999999")})
        QTest::newRow(qPrintable(QStringLiteral("timeout ") + timeout))
            << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r"), QStringLiteral("--timeout"), timeout};
    QTest::newRow("check with a bad probe repository")
        << QStringList{QStringLiteral("registry"), QStringLiteral("check"), QStringLiteral("h:1"),
                       QStringLiteral("--repository"), QStringLiteral("BAD")};
    QTest::newRow("empty user name") << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r"),
                                                    QStringLiteral("--username"), QString(),
                                                    QStringLiteral("--password-stdin")};
    QTest::newRow("user name with a colon")
        << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r"), QStringLiteral("--username"),
                       QStringLiteral("a:b"), QStringLiteral("--password-stdin")};
    QTest::newRow("empty CA file name") << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r"),
                                                       QStringLiteral("--ca-file"), QString()};
    QTest::newRow("empty source") << QStringList{QStringLiteral("push"),     definitions, QStringLiteral("h:1/r:t"),
                                                 QStringLiteral("--source"), QString(),   QStringLiteral("--revision"),
                                                 QStringLiteral("r")};
    QTest::newRow("CA file without end") << QStringList{QStringLiteral("tags"), QStringLiteral("h:1/r"),
                                                        QStringLiteral("--ca-file"), QStringLiteral("/dev/zero")};
    QTest::newRow("copy to a digest") << QStringList{QStringLiteral("cp"), QStringLiteral("h:1/r:t"),
                                                     QStringLiteral("h:1/s@sha256:") + QString(64, QLatin1Char('0'))};
}

void TestFluxCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const auto run = cli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QLatin1String("error")));
}

void TestFluxCli::digestMatchesSha256sum()
{
    const QString file = definitions + QStringLiteral("/llm-inference.componentdefinition.yaml");
    const auto run = cli({QStringLiteral("digest"), file});
    QCOMPARE(run.code, 0);
    QProcess sum;
    sum.start(QStringLiteral("sha256sum"), {file});
    QVERIFY(sum.waitForFinished());
    QCOMPARE(run.out.trimmed(), QStringLiteral("sha256:") + QString::fromLatin1(sum.readAllStandardOutput().left(64)));

    const auto json = cli({QStringLiteral("digest"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    const QJsonObject described = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(described.value(QLatin1String("digest")).toString(), run.out.trimmed());
    QCOMPARE(described.value(QLatin1String("size")).toInteger(), QFileInfo(file).size());

    // Output that cannot be written fails the command: a script must not read success and an empty digest.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full to write to");
    QProcess full;
    full.setStandardOutputFile(QStringLiteral("/dev/full"));
    full.start(QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry"), {QStringLiteral("digest"), file});
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(full.exitCode(), 1);
    QVERIFY2(full.readAllStandardError().contains("cannot write to standard output"), "no word of the failed write");
}

// A registry that is down is not called incompatible, and TLS spoken to a plain-HTTP registry says so.
void TestFluxCli::connectionFailuresExplained()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString down = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const auto checked = cli(QStringList{QStringLiteral("registry"), QStringLiteral("check"), down} + plain());
    QCOMPARE(checked.code, 1);
    QVERIFY2(checked.out.contains(QLatin1String("The registry could not be reached; compatibility is unknown.")),
             qPrintable(checked.out));
    QVERIFY(!checked.out.contains(QLatin1String("NOT compatible")));
    // Nothing listens there and nothing ever answered: no retries, the error comes at once.
    const auto refused = cli(QStringList{QStringLiteral("tags"), down + QStringLiteral("/some/repo")} + plain());
    QCOMPARE(refused.code, 1);
    QVERIFY2(!refused.err.contains(QLatin1String("before retry")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("refused")), qPrintable(refused.err));

    const auto listed = cli({QStringLiteral("ls"), m_registry->hostPort()});
    QCOMPARE(listed.code, 1);
    QVERIFY2(listed.err.contains(QLatin1String("the registry may speak plain HTTP; if so, use --plain-http")),
             qPrintable(listed.err));
}

// A password read from a device that never ends is refused once past a limit, not read until memory runs out.
void TestFluxCli::endlessInputIsRefused()
{
    QProcess process;
    process.setStandardInputFile(QStringLiteral("/dev/zero"));
    process.start(QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry"),
                  {QStringLiteral("tags"), QStringLiteral("127.0.0.1:9/r"), QStringLiteral("--username"),
                   QStringLiteral("u"), QStringLiteral("--password-stdin")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(process.readAllStandardError().contains("standard input is larger than"), "no word of the limit");
}

QTEST_GUILESS_MAIN(TestFluxCli)
#include "tst_fluxcli.moc"
