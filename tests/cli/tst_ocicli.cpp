// The registry commands (ls, tags, inspect, rm) run in-process against a real docker-registry.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "awaitresult.h"
#include "command.h"
#include "oci/mediatypes.h"
#include "oci/registryclient.h"
#include "registryserver.h"

using namespace Oci;
using TestSupport::await;
using TestSupport::RegistryServer;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::Context context{out, err, [input] { return input; }, false, false};
    run.code = Cli::runCli(arguments, context);
    return run;
}

} // namespace

class TestOciCli final : public QObject
{
    Q_OBJECT

private:
    QByteArray push(RegistryClient &client, const QString &repository, const QString &tag);

private Q_SLOTS:
    void tagsInspectRmWithBasicAuth();
    void lsAndTlsOptions();
    void copyBetweenTlsAndPlainRegistries();
    void realProcessWithVerboseTrace();
    void usageErrors_data();
    void usageErrors();
};

QByteArray TestOciCli::push(RegistryClient &client, const QString &repository, const QString &tag)
{
    auto config = await<Descriptor>([&](auto done) {
        return client.uploadBlobBytes(repository, QByteArray("{}"), this, done, QString(MediaType::EmptyJson));
    });
    auto layer = await<Descriptor>([&](auto done) {
        return client.uploadBlobBytes(repository, repository.toUtf8() + tag.toUtf8(), this, done,
                                      QString(MediaType::FluxContent));
    });
    if (!config || !layer)
        return {};
    Manifest manifest;
    manifest.setArtifactType(QString(MediaType::FluxConfig));
    manifest.setConfig(*config);
    manifest.setLayers({*layer});
    manifest.setAnnotations({{QString(Annotation::Source), QStringLiteral("https://git.example/defs")}});
    auto reference = Reference::fromParts(client.registry(), repository, tag);
    auto pushed = await<Digest>([&](auto done) {
        return client.putManifest(*reference, manifest.serialize(), manifest.mediaType(), this, done);
    });
    return pushed ? manifest.serialize() : QByteArray();
}

void TestOciCli::tagsInspectRmWithBasicAuth()
{
    RegistryServer registry(RegistryServer::Mode::Htpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QByteArray raw = push(client, QStringLiteral("mural-workloads/definitions"), QStringLiteral("v10"));
    QVERIFY(!raw.isEmpty());
    QVERIFY(!push(client, QStringLiteral("mural-workloads/definitions"), QStringLiteral("v9")).isEmpty());
    QVERIFY(!push(client, QStringLiteral("mural-workloads/definitions"),
                  QStringLiteral("sha256-") + QString(64, QLatin1Char('a')))
                 .isEmpty());

    const QString repository = registry.hostPort() + QStringLiteral("/mural-workloads/definitions");
    const QStringList auth{QStringLiteral("--plain-http"), QStringLiteral("--username"), registry.username(),
                           QStringLiteral("--password-stdin")};
    const QByteArray password = registry.password().toUtf8() + '\n';

    CliRun tags = runCli(QStringList{QStringLiteral("tags"), repository} + auth, password);
    QVERIFY2(tags.code == 0, qPrintable(tags.err));
    QVERIFY2(tags.out.startsWith(QStringLiteral("v9\nv10\n\nReferrer and signature tags:\nsha256-")),
             qPrintable(tags.out));

    CliRun json = runCli(
        QStringList{QStringLiteral("tags"), repository, QStringLiteral("--format"), QStringLiteral("json")} + auth,
        password);
    QCOMPARE(json.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("tags")).toArray().size(), 2);
    QCOMPARE(object.value(QLatin1String("referrerTags")).toArray().size(), 1);

    CliRun inspect =
        runCli(QStringList{QStringLiteral("inspect"), repository + QStringLiteral(":v10")} + auth, password);
    QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
    QVERIFY(inspect.out.contains(QStringLiteral("Digest:        ") + Digest::ofBytes(raw).toString()));
    QVERIFY(inspect.out.contains(QString(MediaType::FluxConfig)));
    QVERIFY(inspect.out.contains(QStringLiteral("org.opencontainers.image.source: https://git.example/defs")));

    CliRun rawOut = runCli(
        QStringList{QStringLiteral("inspect"), QStringLiteral("--raw"), repository + QStringLiteral(":v10")} + auth,
        password);
    QCOMPARE(rawOut.out.toUtf8(), raw);

    CliRun inspectJson = runCli(QStringList{QStringLiteral("inspect"), repository + QStringLiteral(":v10"),
                                            QStringLiteral("--format"), QStringLiteral("json")} +
                                    auth,
                                password);
    QCOMPARE(QJsonDocument::fromJson(inspectJson.out.toUtf8()).object().value(QLatin1String("digest")).toString(),
             Digest::ofBytes(raw).toString());

    // An index shows its entries with their platforms.
    Manifest index;
    index.setKind(Manifest::Kind::ImageIndex);
    Descriptor entry{QString(MediaType::ImageManifest), Digest::ofBytes(raw), raw.size(), {}, {}, {}, {}};
    entry.platform = Platform{QStringLiteral("arm64"), QStringLiteral("linux"), {}, {}, QStringLiteral("v8")};
    index.setManifests({entry});
    auto indexReference = Reference::fromParts(registry.hostPort(), QStringLiteral("mural-workloads/definitions"),
                                               QStringLiteral("multi"));
    auto pushedIndex = await<Digest>([&](auto done) {
        return client.putManifest(*indexReference, index.serialize(), index.mediaType(), this, done);
    });
    QVERIFY(pushedIndex);
    CliRun inspectIndex =
        runCli(QStringList{QStringLiteral("inspect"), repository + QStringLiteral(":multi")} + auth, password);
    QVERIFY2(inspectIndex.code == 0, qPrintable(inspectIndex.err));
    QVERIFY2(inspectIndex.out.contains(QStringLiteral("Manifests (1):")), qPrintable(inspectIndex.out));
    QVERIFY2(
        inspectIndex.out.contains(Digest::ofBytes(raw).toString() + QStringLiteral("  ") + QString::number(raw.size())),
        qPrintable(inspectIndex.out));
    QVERIFY2(inspectIndex.out.contains(QStringLiteral("linux/arm64/v8")), qPrintable(inspectIndex.out));

    // A second tag on the same manifest: deleting one would delete both, so rm asks for --force.
    auto stable = Reference::fromParts(registry.hostPort(), QStringLiteral("mural-workloads/definitions"),
                                       QStringLiteral("stable"));
    QVERIFY(await<Digest>(
        [&](auto done) { return client.putManifest(*stable, raw, QString(MediaType::ImageManifest), this, done); }));
    CliRun refused = runCli(QStringList{QStringLiteral("rm"), repository + QStringLiteral(":v10")} + auth, password);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("also tagged stable")), qPrintable(refused.err));
    QVERIFY(
        runCli(QStringList{QStringLiteral("tags"), repository} + auth, password).out.contains(QLatin1String("v10")));

    CliRun rm =
        runCli(QStringList{QStringLiteral("rm"), repository + QStringLiteral(":v10"), QStringLiteral("--force")} + auth,
               password);
    QVERIFY2(rm.code == 0, qPrintable(rm.err));
    QVERIFY(rm.out.contains(Digest::ofBytes(raw).toString()));
    QVERIFY2(rm.out.contains(QLatin1String("Also gone: stable")), qPrintable(rm.out));
    CliRun left = runCli(QStringList{QStringLiteral("tags"), repository} + auth, password);
    QVERIFY2(!left.out.contains(QLatin1String("stable")) && left.out.contains(QLatin1String("v9")),
             qPrintable(left.out));
    CliRun gone = runCli(
        QStringList{QStringLiteral("inspect"), repository + QStringLiteral("@") + Digest::ofBytes(raw).toString()} +
            auth,
        password);
    QCOMPARE(gone.code, 1);
    QVERIFY2(gone.err.contains(QLatin1String("MANIFEST_UNKNOWN")), qPrintable(gone.err));

    // By digest: only the tags that really point at it count (v9 does, the index "multi" does not).
    const QByteArray nine =
        await<ManifestResponse>([&](auto done) {
            return client.getManifest(*Reference::fromParts(registry.hostPort(),
                                                            QStringLiteral("mural-workloads/definitions"),
                                                            QStringLiteral("v9")),
                                      this, done);
        })->raw;
    const QString byDigest = repository + QStringLiteral("@") + Digest::ofBytes(nine).toString();
    CliRun digestRefused = runCli(QStringList{QStringLiteral("rm"), byDigest} + auth, password);
    QCOMPARE(digestRefused.code, 1);
    QVERIFY2(digestRefused.err.contains(QLatin1String(" is tagged v9.")), qPrintable(digestRefused.err));
    CliRun digestRm = runCli(QStringList{QStringLiteral("rm"), byDigest, QStringLiteral("--force")} + auth, password);
    QVERIFY2(digestRm.code == 0, qPrintable(digestRm.err));
    QVERIFY2(digestRm.out.endsWith(QLatin1String("Also gone: v9\n")), qPrintable(digestRm.out));
    QVERIFY(runCli(QStringList{QStringLiteral("tags"), repository} + auth, password).out.contains(u"multi"));

    CliRun denied = runCli({QStringLiteral("tags"), repository, QStringLiteral("--plain-http")});
    QCOMPARE(denied.code, 1);
    QVERIFY2(denied.err.contains(QLatin1String("401")), qPrintable(denied.err));
}

void TestOciCli::copyBetweenTlsAndPlainRegistries()
{
    RegistryServer tls(RegistryServer::Mode::Tls);
    RegistryServer plain(RegistryServer::Mode::Plain);
    QVERIFY2(tls.start(), qPrintable(tls.errorString()));
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    RegistryClient client(tls.hostPort(), tls.connectionSettings());
    const QByteArray raw = push(client, QStringLiteral("hub/definitions"), QStringLiteral("v1"));
    QVERIFY(!raw.isEmpty());
    const QString from = tls.hostPort() + QStringLiteral("/hub/definitions:v1");
    const QString to = plain.hostPort() + QStringLiteral("/spoke/definitions:v1");

    // One --plain-http cannot serve both sides; --dest-plain-http and --src-ca-file set each its own.
    // The hints name the flag of the side that failed.
    CliRun shared = runCli({QStringLiteral("cp"), from, to, QStringLiteral("--plain-http")});
    QCOMPARE(shared.code, 1);
    QVERIFY2(shared.err.contains(QLatin1String("drop --plain-http")) &&
                 shared.err.contains(QLatin1String("--src-ca-file")),
             qPrintable(shared.err));
    CliRun untrusted = runCli({QStringLiteral("cp"), from, to, QStringLiteral("--dest-plain-http")});
    QCOMPARE(untrusted.code, 1);
    QVERIFY2(untrusted.err.contains(QLatin1String("with --src-ca-file")), qPrintable(untrusted.err));
    CliRun copied = runCli({QStringLiteral("cp"), from, to, QStringLiteral("--src-ca-file"),
                            tls.pki().caCertificateFile(), QStringLiteral("--dest-plain-http")});
    QVERIFY2(copied.code == 0, qPrintable(copied.err));
    QCOMPARE(copied.out.trimmed(), Digest::ofBytes(raw).toString());
    // Back the other way, the untrusted registry is the destination; its bare 400 to a plain-HTTP HEAD
    // gets the hint too.
    CliRun headOnly = runCli({QStringLiteral("cp"), to, from, QStringLiteral("--plain-http"),
                              QStringLiteral("--dest-ca-file"), tls.pki().caCertificateFile()});
    QCOMPARE(headOnly.code, 1);
    QVERIFY2(headOnly.err.contains(QLatin1String("HEAD")) &&
                 headOnly.err.contains(QLatin1String("if the registry speaks HTTPS, drop --plain-http")),
             qPrintable(headOnly.err));
    CliRun wrongSide = runCli({QStringLiteral("cp"), to, from, QStringLiteral("--src-plain-http")});
    QCOMPARE(wrongSide.code, 1);
    QVERIFY2(wrongSide.err.contains(QLatin1String("with --dest-ca-file")), qPrintable(wrongSide.err));

    // A login on the command line would reach both registries: refused before anything is sent.
    CliRun login = runCli({QStringLiteral("cp"), from, to, QStringLiteral("--username"), QStringLiteral("admin"),
                           QStringLiteral("--password-stdin"), QStringLiteral("--dest-plain-http")},
                          "secret\n");
    QCOMPARE(login.code, 2);
    QVERIFY2(login.err.contains(QLatin1String("would log in to both")), qPrintable(login.err));
}

void TestOciCli::lsAndTlsOptions()
{
    RegistryServer registry(RegistryServer::Mode::TlsClientCert);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    QVERIFY(!push(client, QStringLiteral("b/two"), QStringLiteral("x")).isEmpty());
    QVERIFY(!push(client, QStringLiteral("a/one"), QStringLiteral("x")).isEmpty());

    const QStringList tls{QStringLiteral("--ca-file"),   registry.pki().caCertificateFile(),
                          QStringLiteral("--cert-file"), registry.pki().clientCertificateFile(),
                          QStringLiteral("--key-file"),  registry.pki().clientKeyFile()};
    CliRun ls = runCli(QStringList{QStringLiteral("ls"), QStringLiteral("oci://") + registry.hostPort()} + tls);
    QVERIFY2(ls.code == 0, qPrintable(ls.err));
    QCOMPARE(ls.out, QStringLiteral("a/one\nb/two\n"));

    CliRun noCert = runCli(
        {QStringLiteral("ls"), registry.hostPort(), QStringLiteral("--ca-file"), registry.pki().caCertificateFile()});
    QCOMPARE(noCert.code, 1);
    QVERIFY2(noCert.err.contains(registry.hostPort().section(QLatin1Char(':'), 0, 0)), qPrintable(noCert.err));

    QVERIFY2(noCert.err.contains(QLatin1String("pass a client certificate the registry trusts with --cert-file")),
             qPrintable(noCert.err));

    CliRun noCa = runCli({QStringLiteral("ls"), registry.hostPort()});
    QCOMPARE(noCa.code, 1);
    QVERIFY2(noCa.err.contains(QLatin1String("TLS")), qPrintable(noCa.err));

    // Files given in the wrong place are refused before any request, naming the file.
    CliRun keyAsCa = runCli(
        {QStringLiteral("ls"), registry.hostPort(), QStringLiteral("--ca-file"), registry.pki().clientKeyFile()});
    QCOMPARE(keyAsCa.code, 2);
    QVERIFY2(keyAsCa.err.contains(registry.pki().clientKeyFile() + QLatin1Char(':')), qPrintable(keyAsCa.err));
    QVERIFY2(keyAsCa.err.contains(QLatin1String("not a certificate")), qPrintable(keyAsCa.err));
    CliRun wrongKey =
        runCli({QStringLiteral("ls"), registry.hostPort(), QStringLiteral("--ca-file"),
                registry.pki().caCertificateFile(), QStringLiteral("--cert-file"),
                registry.pki().clientCertificateFile(), QStringLiteral("--key-file"), registry.pki().serverKeyFile()});
    QCOMPARE(wrongKey.code, 2);
    QVERIFY2(wrongKey.err.contains(registry.pki().serverKeyFile() + QLatin1String(" does not hold the key")),
             qPrintable(wrongKey.err));
}

void TestOciCli::realProcessWithVerboseTrace()
{
    RegistryServer registry(RegistryServer::Mode::Htpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    QVERIFY(!push(client, QStringLiteral("proc/test"), QStringLiteral("1.0")).isEmpty());

    QProcess process;
    process.start(QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry"),
                  {QStringLiteral("tags"), registry.hostPort() + QStringLiteral("/proc/test"),
                   QStringLiteral("--plain-http"), QStringLiteral("--username"), registry.username(),
                   QStringLiteral("--password-stdin"), QStringLiteral("--verbose")});
    QVERIFY(process.waitForStarted());
    process.write(registry.password().toUtf8() + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60'000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QCOMPARE(process.readAllStandardOutput(), QByteArray("1.0\n"));
    const QString firstRequest =
        QStringLiteral("GET http://") + registry.hostPort() + QStringLiteral("/v2/proc/test/tags/list?n=1000 -> 401");
    QVERIFY2(err.contains(firstRequest), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("-> 200")), qPrintable(err));
    QVERIFY(!err.contains(registry.password()));
}

void TestOciCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no argument") << QStringList{QStringLiteral("tags")} << "expected one REPOSITORY";
    QTest::newRow("bad repository") << QStringList{QStringLiteral("tags"), QStringLiteral("reg/Bad")} << "upper-case";
    QTest::newRow("registry only") << QStringList{QStringLiteral("inspect"), QStringLiteral("reg:5000")}
                                   << "no repository";
    QTest::newRow("layout") << QStringList{QStringLiteral("rm"), QStringLiteral("oci-layout:/tmp/x:v1")}
                            << "not a REF in a registry";
    QTest::newRow("format") << QStringList{QStringLiteral("tags"), QStringLiteral("reg/a"), QStringLiteral("--format"),
                                           QStringLiteral("xml")}
                            << "unknown format";
    QTest::newRow("cert without key") << QStringList{QStringLiteral("tags"), QStringLiteral("reg/a"),
                                                     QStringLiteral("--cert-file"), QStringLiteral("/x")}
                                      << "go together";
    QTest::newRow("missing ca") << QStringList{QStringLiteral("tags"), QStringLiteral("reg/a"),
                                               QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem")}
                                << "/nonexistent.pem";
    QTest::newRow("rm without tag") << QStringList{QStringLiteral("rm"), QStringLiteral("127.0.0.1:1/a")}
                                    << "name the tag or digest";
}

void TestOciCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestOciCli)
#include "tst_ocicli.moc"
