// Integration tests of Oci::RegistryClient against a real CNCF Distribution registry started on 127.0.0.1
// (plain, htpasswd, TLS with a test CA, TLS with client certificates), with skopeo as the second client.

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "awaitresult.h"
#include "oci/mediatypes.h"
#include "oci/registryclient.h"
#include "oci/tlsdiagnosis.h"
#include "registryserver.h"
#include "testpki.h"

using namespace Oci;
using TestSupport::await;
using TestSupport::RegistryServer;

Q_DECLARE_METATYPE(TestSupport::RegistryServer::Mode)

namespace {

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator{quint32(size)};
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessResult runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(120'000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestRegistryClient final : public QObject
{
    Q_OBJECT

private:
    // Pushes config + one layer + manifest under tag; returns the manifest bytes.
    QByteArray pushArtifact(RegistryClient &client, const QString &repository, const QString &tag,
                            const QByteArray &layer, std::optional<Descriptor> subject = std::nullopt);

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void chunkedUpload();
    void largeBlobStreamsInBoundedMemory();
    void sequentialSourceStreamsInBoundedMemory();
    void mountAcrossRepositories();
    void referrersFallbackToTagSchema();
    void catalogAndPagination();
    void refusedDeleteIsExplained();
    void wrongPasswordIsReported();
    void tlsWithoutTheCaIsRefused();
    void certificateErrorsNameTheCause();
    void insecureSkipVerifyAcceptsUnknownCa();
    void clientCertificateIsRequired();
    void clientKeyFormats();
    void skopeoCopiesWhatWePushed();
    void weReadWhatSkopeoPushedFromALayout();
};

QByteArray TestRegistryClient::pushArtifact(RegistryClient &client, const QString &repository, const QString &tag,
                                            const QByteArray &layer, std::optional<Descriptor> subject)
{
    auto config = await<Descriptor>([&](auto done) {
        return client.uploadBlobBytes(repository, QByteArray("{}"), this, done, QString(MediaType::EmptyJson));
    });
    if (!config)
        qWarning() << config.error().message;
    auto layerDescriptor = await<Descriptor>([&](auto done) {
        return client.uploadBlobBytes(repository, layer, this, done, QStringLiteral("application/vnd.test.layer"));
    });
    if (!config || !layerDescriptor)
        return {};

    Manifest manifest;
    manifest.setKind(Manifest::Kind::ImageManifest);
    manifest.setArtifactType(QStringLiteral("application/vnd.paletteai.probe"));
    manifest.setConfig(*config);
    manifest.setLayers({*layerDescriptor});
    manifest.setSubject(subject);
    manifest.setAnnotations({{QString(Annotation::Created), QStringLiteral("2024-01-01T00:00:00Z")}});
    const QByteArray raw = manifest.serialize();
    auto reference = Reference::fromParts(client.registry(), repository, tag);
    if (!reference)
        return {};
    auto pushed =
        await<Digest>([&](auto done) { return client.putManifest(*reference, raw, manifest.mediaType(), this, done); });
    if (!pushed) {
        qWarning() << pushed.error().message;
        return {};
    }
    return raw;
}

void TestRegistryClient::roundTrip_data()
{
    QTest::addColumn<RegistryServer::Mode>("mode");
    QTest::newRow("plain") << RegistryServer::Mode::Plain;
    QTest::newRow("htpasswd") << RegistryServer::Mode::Htpasswd;
    QTest::newRow("tls") << RegistryServer::Mode::Tls;
    QTest::newRow("tls+htpasswd") << RegistryServer::Mode::TlsHtpasswd;
    QTest::newRow("tls+client-cert") << RegistryServer::Mode::TlsClientCert;
}

void TestRegistryClient::roundTrip()
{
    QFETCH(RegistryServer::Mode, mode);
    RegistryServer registry(mode);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());

    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error().message));

    // A 3 MiB blob, streamed from a file, monolithic.
    const QByteArray layer = randomBytes(3 * 1024 * 1024 + 17);
    QTemporaryFile source;
    QVERIFY(source.open());
    source.write(layer);
    source.seek(0);
    const Digest layerDigest = Digest::ofBytes(layer);
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("team/app"), layerDigest, layer.size(), &source, this, done);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QCOMPARE(*uploaded, UploadOutcome::Uploaded);

    // Present now: a second upload is skipped, the HEAD tells the size.
    source.seek(0);
    auto again = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("team/app"), layerDigest, layer.size(), &source, this, done);
    });
    QVERIFY(again);
    QCOMPARE(*again, UploadOutcome::AlreadyPresent);
    auto exists = await<std::optional<qint64>>(
        [&](auto done) { return client.blobExists(QStringLiteral("team/app"), layerDigest, this, done); });
    QVERIFY(exists && exists->has_value());
    QCOMPARE(**exists, qint64(layer.size()));

    // Streamed download into a file, verified.
    QTemporaryFile sink;
    QVERIFY(sink.open());
    auto downloaded = await<qint64>([&](auto done) {
        return client.getBlob(QStringLiteral("team/app"), layerDigest, layer.size(), &sink, this, done);
    });
    QVERIFY2(downloaded, qPrintable(downloaded ? QString() : downloaded.error().message));
    QCOMPARE(*downloaded, qint64(layer.size()));
    sink.seek(0);
    QCOMPARE(Digest::ofDevice(sink)->toString(), layerDigest.toString());

    // Manifest push, tag list, HEAD and GET give back our bytes and digest.
    const QByteArray raw = pushArtifact(client, QStringLiteral("team/app"), QStringLiteral("v1"), layer);
    QVERIFY(!raw.isEmpty());
    auto tags = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("team/app"), this, done); });
    QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message));
    QCOMPARE(tags->names, QStringList{QStringLiteral("v1")});

    const Reference reference = *Reference::parse(registry.hostPort() + QStringLiteral("/team/app:v1"));
    auto head = await<std::optional<Descriptor>>([&](auto done) { return client.headManifest(reference, this, done); });
    QVERIFY(head && head->has_value());
    QCOMPARE((*head)->digest, Digest::ofBytes(raw));
    QCOMPARE((*head)->size, qint64(raw.size()));
    QCOMPARE((*head)->mediaType, QString(MediaType::ImageManifest));

    auto got = await<ManifestResponse>([&](auto done) { return client.getManifest(reference, this, done); });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(got->raw, raw);
    QCOMPARE(got->manifest.artifactType(), QStringLiteral("application/vnd.paletteai.probe"));
    QCOMPARE(got->manifest.layers().value(0).digest, layerDigest);

    // "tag@digest" pushes to the tag after checking the digest; a wrong digest is refused before any request.
    auto retag = await<Digest>([&](auto done) {
        return client.putManifest(reference.withTag(QStringLiteral("v1-copy")).withDigest(Digest::ofBytes(raw)), raw,
                                  got->mediaType, this, done);
    });
    QVERIFY2(retag, qPrintable(retag ? QString() : retag.error().message));
    auto wrong = await<Digest>([&](auto done) {
        return client.putManifest(reference.withDigest(Digest::ofBytes("other")), raw, got->mediaType, this, done);
    });
    QVERIFY(!wrong);
    auto retagged =
        await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("team/app"), this, done); });
    QVERIFY(retagged && retagged->names.contains(QStringLiteral("v1-copy")));

    // Delete by tag resolves the digest; the manifest is gone afterwards.
    auto removed = await<Digest>([&](auto done) { return client.deleteManifest(reference, this, done); });
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(*removed, Digest::ofBytes(raw));
    auto gone = await<std::optional<Descriptor>>(
        [&](auto done) { return client.headManifest(reference.withDigest(*removed), this, done); });
    QVERIFY(gone);
    QVERIFY(!gone->has_value());
}

void TestRegistryClient::chunkedUpload()
{
    RegistryServer registry(RegistryServer::Mode::Htpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());

    const QByteArray layer = randomBytes(2 * 1024 * 1024 + 12345);
    QBuffer source;
    source.setData(layer);
    QVERIFY(source.open(QIODevice::ReadOnly));
    UploadOptions options;
    options.chunkSize = 512 * 1024;
    QList<qint64> progress;
    options.progress = [&progress](qint64 done, qint64) {
        progress << done;
    };
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("chunks"), Digest::ofBytes(layer), layer.size(), &source, this, done,
                                 options);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QCOMPARE(*uploaded, UploadOutcome::Uploaded);
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.last(), qint64(layer.size()));

    auto bytes = await<QByteArray>([&](auto done) {
        return client.getBlobBytes(QStringLiteral("chunks"), Digest::ofBytes(layer), 8 * 1024 * 1024, this, done);
    });
    QVERIFY(bytes);
    QCOMPARE(*bytes, layer);
}

namespace {

// Peak resident memory of this process so far (VmHWM), in bytes.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

void TestRegistryClient::largeBlobStreamsInBoundedMemory()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());

    // 96 MiB written block by block: neither the test nor the client holds it whole.
    constexpr qint64 size = 96LL * 1024 * 1024;
    QTemporaryFile source;
    QVERIFY(source.open());
    DigestHasher hasher;
    const QByteArray block = randomBytes(1024 * 1024);
    for (qint64 written = 0; written < size; written += block.size()) {
        QCOMPARE(source.write(block), qint64(block.size()));
        hasher.addData(block);
    }
    const Digest digest = hasher.result();
    QVERIFY(source.seek(0));
    const qint64 before = peakResidentBytes();

    QElapsedTimer timer;
    timer.start();
    auto uploaded = await<UploadOutcome>(
        [&](auto done) { return client.uploadBlob(QStringLiteral("big"), digest, size, &source, this, done); });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    const qint64 uploadMs = timer.restart();
    const qint64 afterUpload = peakResidentBytes() - before;

    QTemporaryFile sink;
    QVERIFY(sink.open());
    auto downloaded = await<qint64>(
        [&](auto done) { return client.getBlob(QStringLiteral("big"), digest, size, &sink, this, done); });
    QVERIFY2(downloaded, qPrintable(downloaded ? QString() : downloaded.error().message));
    const qint64 downloadMs = timer.elapsed();
    QCOMPARE(sink.size(), size);

    const qint64 growth = peakResidentBytes() - before;
    qInfo("96 MiB: upload %lld ms, download %lld ms, peak memory growth %lld KiB (%lld KiB after the upload)", uploadMs,
          downloadMs, growth / 1024, afterUpload / 1024);
    QVERIFY2(growth < 32LL * 1024 * 1024, qPrintable(QString::number(growth)));
}

namespace {

// A sequential device producing \a size deterministic bytes on demand, like a pipe or a download in flight.
class GeneratedDevice final : public QIODevice
{
public:
    explicit GeneratedDevice(qint64 size)
        : m_size(size)
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_size - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_size && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_size - m_position);
        for (qint64 i = 0; i < count; ++i)
            data[i] = char(((m_position + i) * 2654435761ULL) >> 13);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_position = 0;
};

} // namespace

void TestRegistryClient::sequentialSourceStreamsInBoundedMemory()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());

    constexpr qint64 size = 80LL * 1024 * 1024;
    GeneratedDevice forHashing(size);
    QVERIFY(forHashing.open(QIODevice::ReadOnly));
    const Digest digest = *Digest::ofDevice(forHashing);

    GeneratedDevice source(size);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const qint64 before = peakResidentBytes();
    UploadOptions options;
    options.skipExisting = false;
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("piped"), digest, size, &source, this, done, options);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    const qint64 growth = peakResidentBytes() - before;
    qInfo("80 MiB from a sequential source: peak memory growth %lld KiB", growth / 1024);
    QVERIFY2(growth < 32LL * 1024 * 1024, qPrintable(QString::number(growth)));

    auto exists = await<std::optional<qint64>>(
        [&](auto done) { return client.blobExists(QStringLiteral("piped"), digest, this, done); });
    QVERIFY(exists && exists->has_value());
    QCOMPARE(**exists, size);
}

void TestRegistryClient::mountAcrossRepositories()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QByteArray data = randomBytes(4096);
    auto first =
        await<Descriptor>([&](auto done) { return client.uploadBlobBytes(QStringLiteral("a/src"), data, this, done); });
    QVERIFY(first);

    QBuffer source;
    source.setData(data);
    QVERIFY(source.open(QIODevice::ReadOnly));
    UploadOptions options;
    options.mountFrom = QStringLiteral("a/src");
    auto mounted = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("b/dst"), first->digest, data.size(), &source, this, done, options);
    });
    QVERIFY2(mounted, qPrintable(mounted ? QString() : mounted.error().message));
    QCOMPARE(*mounted, UploadOutcome::Mounted);

    // A source that does not hold the blob: the mount fails and the upload goes ahead.
    const QByteArray other = randomBytes(1000);
    QBuffer otherSource;
    otherSource.setData(other);
    QVERIFY(otherSource.open(QIODevice::ReadOnly));
    auto fallback = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("b/dst"), Digest::ofBytes(other), other.size(), &otherSource, this,
                                 done, options);
    });
    QVERIFY2(fallback, qPrintable(fallback ? QString() : fallback.error().message));
    QCOMPARE(*fallback, UploadOutcome::Uploaded);
}

void TestRegistryClient::referrersFallbackToTagSchema()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QByteArray subjectRaw = pushArtifact(client, QStringLiteral("refs"), QStringLiteral("base"), "subject layer");
    QVERIFY(!subjectRaw.isEmpty());
    const Descriptor subject{
        QString(MediaType::ImageManifest), Digest::ofBytes(subjectRaw), subjectRaw.size(), {}, {}, {}, {}};

    const QByteArray signature =
        pushArtifact(client, QStringLiteral("refs"), QStringLiteral("sig"), "signature", subject);
    QVERIFY(!signature.isEmpty());
    auto referrers = await<QList<Descriptor>>(
        [&](auto done) { return client.referrers(QStringLiteral("refs"), subject.digest, QString(), this, done); });
    QVERIFY2(referrers, qPrintable(referrers ? QString() : referrers.error().message));
    QCOMPARE(client.hasReferrersApi(), std::optional<bool>(false));
    QCOMPARE(referrers->size(), 1);
    QCOMPARE(referrers->first().digest, Digest::ofBytes(signature));
    QCOMPARE(referrers->first().artifactType, QStringLiteral("application/vnd.paletteai.probe"));

    auto tags = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("refs"), this, done); });
    QVERIFY(tags);
    QVERIFY(tags->names.contains(QStringLiteral("sha256-") + subject.digest.hex()));

    auto filtered = await<QList<Descriptor>>([&](auto done) {
        return client.referrers(QStringLiteral("refs"), subject.digest, QStringLiteral("application/other"), this,
                                done);
    });
    QVERIFY(filtered);
    QVERIFY(filtered->isEmpty());
}

void TestRegistryClient::catalogAndPagination()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QStringList repositories{QStringLiteral("five"), QStringLiteral("four"), QStringLiteral("one"),
                                   QStringLiteral("three"), QStringLiteral("two/x")};
    for (const QString &repository : repositories)
        QVERIFY(!pushArtifact(client, repository, QStringLiteral("latest"), repository.toUtf8()).isEmpty());
    auto catalog = await<ListResult>([&](auto done) { return client.catalog(this, done); });
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    QStringList names = catalog->names;
    names.sort();
    QCOMPARE(names, repositories);
    QCOMPARE(catalog->pages, 1);

    // Two per page: Distribution answers with a relative Link each time; the walk follows it to the end.
    client.setPageSize(2);
    auto paged = await<ListResult>([&](auto done) { return client.catalog(this, done); });
    QVERIFY2(paged, qPrintable(paged ? QString() : paged.error().message));
    QCOMPARE(paged->names, repositories);
    QCOMPARE(paged->pages, 3);
    QVERIFY(paged->complete);
}

void TestRegistryClient::refusedDeleteIsExplained()
{
    RegistryServer::Options options;
    options.deleteEnabled = false;
    RegistryServer registry(options);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QByteArray raw = pushArtifact(client, QStringLiteral("keep"), QStringLiteral("v1"), "kept");
    QVERIFY(!raw.isEmpty());
    auto removed = await<Digest>([&](auto done) {
        return client.deleteManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/keep:v1")), this, done);
    });
    QVERIFY(!removed);
    const QString message = removed.error().message;
    QVERIFY2(message.contains(QLatin1String("405")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("UNSUPPORTED")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("does not allow deletes")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("DELETE http://") + registry.hostPort() +
                              QStringLiteral("/v2/keep/manifests/sha256:")),
             qPrintable(message));
}

void TestRegistryClient::wrongPasswordIsReported()
{
    RegistryServer registry(RegistryServer::Mode::Htpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    ConnectionSettings settings = registry.connectionSettings();
    settings.credential.password = QStringLiteral("wrong");
    RegistryClient client(registry.hostPort(), settings);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY(!ping);
    QVERIFY2(ping.error().message.contains(QLatin1String("401")), qPrintable(ping.error().message));
    QVERIFY2(ping.error().message.contains(QLatin1String("/v2/")), qPrintable(ping.error().message));
    QVERIFY2(ping.error().message.contains(QLatin1String("tester")), qPrintable(ping.error().message));

    settings.credential = {};
    RegistryClient anonymous(registry.hostPort(), settings);
    auto denied = await<ListResult>([&](auto done) { return anonymous.listTags(QStringLiteral("x"), this, done); });
    QVERIFY(!denied);
    QVERIFY2(denied.error().message.contains(QLatin1String("UNAUTHORIZED")), qPrintable(denied.error().message));
}

void TestRegistryClient::tlsWithoutTheCaIsRefused()
{
    RegistryServer registry(RegistryServer::Mode::Tls);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    ConnectionSettings settings = registry.connectionSettings();
    settings.caCertificatesPem.clear();
    RegistryClient client(registry.hostPort(), settings);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY(!ping);
    QVERIFY2(ping.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(ping.error().message));
    QVERIFY2(ping.error().message.contains(QLatin1String("TLS")), qPrintable(ping.error().message));

    // Plain HTTP is never tried on a registry that is not allowed it.
    QVERIFY(client.baseUrl().startsWith(QLatin1String("https://")));
    // The words name the issuer the administrator has to go and find.
    QVERIFY2(ping.error().message.contains(QLatin1String("issued by \"PaletteAI Test CA\"")),
             qPrintable(ping.error().message));
    QVERIFY2(ping.error().message.contains(QLatin1String("--ca-file")), qPrintable(ping.error().message));
}

void TestRegistryClient::certificateErrorsNameTheCause()
{
    QTemporaryDir dir;
    TestSupport::TestPki pki;
    const QString created = pki.create(dir.path());
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QFile file(pki.serverCertificateFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate server = QSslCertificate::fromData(file.readAll()).value(0);
    QVERIFY(!server.isNull());

    // A name mismatch lists the names the certificate is for (Qt reports it next to no other error here).
    const TlsDiagnosis mismatch = TlsDiagnosis::fromCertificateErrors({QSslError(QSslError::HostNameMismatch, server)},
                                                                      QStringLiteral("registry.example"), false);
    QCOMPARE(mismatch.cause, TlsDiagnosis::Cause::HostNameMismatch);
    QCOMPARE(mismatch.words, QStringLiteral("its certificate is for localhost, 127.0.0.1, not for registry.example"));

    // An untrusted issuer is the cause to fix first, whatever else is wrong; a CA file given is said not to help.
    const TlsDiagnosis untrusted =
        TlsDiagnosis::fromCertificateErrors({QSslError(QSslError::HostNameMismatch, server),
                                             QSslError(QSslError::UnableToGetLocalIssuerCertificate, server)},
                                            QStringLiteral("registry.example"), true);
    QCOMPARE(untrusted.cause, TlsDiagnosis::Cause::UntrustedIssuer);
    QVERIFY2(
        untrusted.words.contains(QLatin1String("\"PaletteAI Test CA\", which is not among the CA certificates given")),
        qPrintable(untrusted.words));

    const TlsDiagnosis expired =
        TlsDiagnosis::fromCertificateErrors({QSslError(QSslError::CertificateExpired, server)}, {}, false);
    QCOMPARE(expired.cause, TlsDiagnosis::Cause::OutsideValidity);
    QVERIFY2(expired.words.contains(server.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd"))),
             qPrintable(expired.words));

    // OpenSSL's alert for a missing client certificate, as Qt passes it on.
    const TlsDiagnosis refused = TlsDiagnosis::fromHandshakeFailure(
        QStringLiteral("Error while reading: error:0A000412:SSL routines::sslv3 alert bad certificate"), false);
    QCOMPARE(refused.cause, TlsDiagnosis::Cause::ClientCertificateRefused);
    QCOMPARE(TlsDiagnosis::fromHandshakeFailure(QStringLiteral("Connection refused"), false).cause,
             TlsDiagnosis::Cause::None);
}

void TestRegistryClient::insecureSkipVerifyAcceptsUnknownCa()
{
    RegistryServer registry(RegistryServer::Mode::Tls);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    ConnectionSettings settings = registry.connectionSettings();
    settings.caCertificatesPem.clear();
    settings.insecureSkipVerify = true;
    RegistryClient client(registry.hostPort(), settings);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error().message));
}

void TestRegistryClient::clientCertificateIsRequired()
{
    RegistryServer registry(RegistryServer::Mode::TlsClientCert);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    ConnectionSettings settings = registry.connectionSettings();
    settings.clientCertificatePem.clear();
    settings.clientKeyPem.clear();
    RegistryClient client(registry.hostPort(), settings);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY(!ping);
    QVERIFY2(ping.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(ping.error().message));
    QVERIFY2(ping.error().message.contains(QLatin1String("requires a client certificate and none was given")),
             qPrintable(ping.error().message));
}

void TestRegistryClient::clientKeyFormats()
{
    RegistryServer registry(RegistryServer::Mode::TlsClientCert);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    // PKCS#8 as openssl writes it, SEC1 ("EC PRIVATE KEY"), and CRLF line ends.
    const ProcessResult sec1 = runProcess(
        QStringLiteral("openssl"), {QStringLiteral("ec"), QStringLiteral("-in"), registry.pki().clientKeyFile()});
    QVERIFY2(sec1.exitCode == 0, sec1.err.constData());
    QVERIFY(sec1.out.contains("BEGIN EC PRIVATE KEY"));
    QByteArray crlf = registry.pki().clientKeyPem();
    crlf.replace("\n", "\r\n");
    for (const QByteArray &key : {registry.pki().clientKeyPem(), sec1.out, crlf}) {
        ConnectionSettings settings = registry.connectionSettings();
        settings.clientKeyPem = key;
        RegistryClient client(registry.hostPort(), settings);
        auto ping = await<void>([&](auto done) { return client.ping(this, done); });
        QVERIFY2(ping, qPrintable(ping ? QString() : ping.error().message));
    }
}

void TestRegistryClient::skopeoCopiesWhatWePushed()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QByteArray raw =
        pushArtifact(client, QStringLiteral("interop/pushed"), QStringLiteral("v1"), randomBytes(70000));
    QVERIFY(!raw.isEmpty());

    const QString image = QStringLiteral("docker://") + registry.hostPort() + QStringLiteral("/interop/pushed:v1");
    const ProcessResult inspect =
        runProcess(QStringLiteral("skopeo"), QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} +
                                                 registry.skopeoArguments(QString()) + QStringList{image});
    QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
    QCOMPARE(inspect.out, raw);

    QTemporaryDir layout;
    const ProcessResult copy =
        runProcess(QStringLiteral("skopeo"),
                   QStringList{QStringLiteral("copy")} + registry.skopeoArguments(QStringLiteral("src-")) +
                       QStringList{image, QStringLiteral("oci:") + layout.path() + QStringLiteral(":v1")});
    QVERIFY2(copy.exitCode == 0, copy.err.constData());
    QFile index(layout.path() + QStringLiteral("/index.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString copied = QJsonDocument::fromJson(index.readAll())
                               .object()
                               .value(QLatin1String("manifests"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QLatin1String("digest"))
                               .toString();
    QCOMPARE(copied, Digest::ofBytes(raw).toString());
}

void TestRegistryClient::weReadWhatSkopeoPushedFromALayout()
{
    // An OCI layout written by hand: one layer, a config, a manifest, index.json with a ref name.
    QTemporaryDir layout;
    const QByteArray layer = randomBytes(20000);
    const QByteArray config = R"({"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}})";
    QDir().mkpath(layout.path() + QStringLiteral("/blobs/sha256"));
    auto writeBlob = [&](const QByteArray &data) {
        QFile file(layout.path() + QStringLiteral("/blobs/sha256/") + Digest::ofBytes(data).hex());
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    };
    Manifest manifest;
    manifest.setConfig(
        Descriptor{QString(MediaType::ImageConfig), Digest::ofBytes(config), config.size(), {}, {}, {}, {}});
    manifest.setLayers(
        {Descriptor{QString(MediaType::ImageLayerTar), Digest::ofBytes(layer), layer.size(), {}, {}, {}, {}}});
    const QByteArray raw = manifest.serialize();
    QVERIFY(writeBlob(layer) && writeBlob(config) && writeBlob(raw));
    Descriptor entry = manifest.descriptor();
    entry.artifactType.clear();
    entry.annotations.insert(QString(Annotation::RefName), QStringLiteral("v2"));
    QFile index(layout.path() + QStringLiteral("/index.json"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(R"({"schemaVersion":2,"manifests":[)" + entry.toCanonicalJson() + "]}");
    index.close();
    QFile marker(layout.path() + QStringLiteral("/oci-layout"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write(R"({"imageLayoutVersion":"1.0.0"})");
    marker.close();

    RegistryServer registry(RegistryServer::Mode::Tls);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    const ProcessResult copy = runProcess(
        QStringLiteral("skopeo"),
        QStringList{QStringLiteral("copy"), QStringLiteral("--preserve-digests")} +
            registry.skopeoArguments(QStringLiteral("dest-")) +
            QStringList{QStringLiteral("oci:") + layout.path() + QStringLiteral(":v2"),
                        QStringLiteral("docker://") + registry.hostPort() + QStringLiteral("/from/skopeo:v2")});
    QVERIFY2(copy.exitCode == 0, copy.err.constData());

    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    auto tags =
        await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("from/skopeo"), this, done); });
    QVERIFY(tags);
    QCOMPARE(tags->names, QStringList{QStringLiteral("v2")});
    auto got = await<ManifestResponse>([&](auto done) {
        return client.getManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/from/skopeo:v2")), this,
                                  done);
    });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(got->digest, Digest::ofBytes(raw));
    QTemporaryFile sink;
    QVERIFY(sink.open());
    auto blob = await<qint64>([&](auto done) {
        return client.getBlob(QStringLiteral("from/skopeo"), Digest::ofBytes(layer), layer.size(), &sink, this, done);
    });
    QVERIFY2(blob, qPrintable(blob ? QString() : blob.error().message));
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
