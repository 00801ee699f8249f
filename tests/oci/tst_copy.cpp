#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "oci/copyjob.h"
#include "oci/fluxartifact.h"
#include "oci/layoutstore.h"
#include "oci/manifest.h"
#include "oci/ocilayout.h"
#include "oci/mediatypes.h"
#include "oci/registrystore.h"
#include "registryserver.h"
#include "scriptedserver.h"

using namespace Oci;
using TestSupport::RegistryServer;
using TestSupport::ScriptedServer;

class TestCopy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layoutToRegistryToRegistry();
    void indexWithSharedBlobsAndReferrers();
    void skipsWhatTheDestinationHas();
    void mountsWithinOneRegistry();
    void registryToLayoutArchive();
    void cancelStopsTheCopy();
    void partialBlobsOfAnEarlierRun();
    void damagedLayoutBlobIsNamed();
    void bigBlobsStreamInBoundedMemory();
    void skopeoReadsWhatWePush();
    void weCopyWhatSkopeoPushes();
    void artifactsKeepTheirBytes();
    void withdrawnArtifactManifestKeepsItsBytes();

private:
    static CopyJob::StoreFactory layoutStore(const QString &path, LayoutStore::Mode mode);
    static CopyJob::StoreFactory registryStore(const RegistryServer &server, const QString &repository);
    static Util::Result<CopyJob::Summary> copy(CopyJob::StoreFactory source, CopyJob::StoreFactory destination,
                                               const QString &reference, const QString &tag = {});
    bool skopeo(const QStringList &arguments, QByteArray *output = nullptr);

    std::unique_ptr<RegistryServer> m_plain;
    std::unique_ptr<RegistryServer> m_auth;
    QTemporaryDir m_work;
    QString m_fluxLayout;
    Digest m_fluxDigest;
};

namespace {

const QString definitions = QStringLiteral(PRC_TEST_DATA_DIR "/definitions");
const QString manifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

QJsonObject descriptor(const QString &mediaType, const Digest &digest, qint64 size)
{
    return {{QLatin1String("mediaType"), mediaType},
            {QLatin1String("digest"), digest.toString()},
            {QLatin1String("size"), size}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The empty config of OCI 1.1 artifacts, with its content embedded as `data`, a field the engine does not read.
QJsonObject emptyConfig()
{
    QJsonObject config = descriptor(QString(MediaType::EmptyJson), Digest::ofBytes("{}"), 2);
    config.insert(QLatin1String("data"), QStringLiteral("e30="));
    return config;
}

ScriptedServer::Response reply(int status, const QByteArray &body = {})
{
    ScriptedServer::Response response;
    response.status = status;
    response.body = body;
    return response;
}

// A registry in memory for content the real one refuses (Distribution 2.8 answers MANIFEST_INVALID to the
// withdrawn artifact manifest): it stores what is pushed and serves it back byte for byte, and has no
// referrers API, so clients fall back to the tag schema.
class MemoryRegistry final
{
public:
    MemoryRegistry()
    {
        m_server.on("GET", QStringLiteral("^/v2/$"), [](const auto &) { return reply(200); });
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
            m_server.on(method, QStringLiteral("^/v2/.+/manifests/[^/]+$"),
                        [this](const auto &r) { return manifest(r); });
            m_server.on(method, QStringLiteral("^/v2/.+/blobs/sha256:[0-9a-f]+$"),
                        [this](const auto &r) { return blob(r); });
        }
        m_server.on("POST", QStringLiteral("^/v2/.+/blobs/uploads/"), [](const ScriptedServer::Request &request) {
            return reply(202).header("Location", request.path() + "session");
        });
        m_server.on("PUT", QStringLiteral("^/v2/.+/blobs/uploads/session\\?"),
                    [this](const auto &r) { return finish(r); });
        m_server.on("PUT", QStringLiteral("^/v2/.+/manifests/[^/]+$"), [this](const auto &r) { return store(r); });
    }

    bool listen() { return m_server.listen(); }
    QString hostPort() const { return m_server.hostPort(); }
    /// The manifests pushed, by the reference they were pushed to, with their Content-Type.
    QHash<QByteArray, QPair<QByteArray, QByteArray>> manifests() const { return m_manifests; }

private:
    static ScriptedServer::Response notFound()
    {
        return reply(404, R"({"errors":[{"code":"NOT_FOUND","message":"not here"}]})");
    }

    ScriptedServer::Response manifest(const ScriptedServer::Request &request)
    {
        const QByteArray reference = request.path().mid(request.path().lastIndexOf('/') + 1);
        if (!m_manifests.contains(reference))
            return notFound();
        const auto &[raw, mediaType] = m_manifests.value(reference);
        return reply(200, raw)
            .header("Content-Type", mediaType)
            .header("Docker-Content-Digest", Digest::ofBytes(raw).toString().toLatin1());
    }

    ScriptedServer::Response blob(const ScriptedServer::Request &request)
    {
        const QByteArray digest = request.path().mid(request.path().lastIndexOf('/') + 1);
        if (!m_blobs.contains(digest))
            return notFound();
        return reply(200, m_blobs.value(digest)).header("Docker-Content-Digest", digest);
    }

    ScriptedServer::Response finish(const ScriptedServer::Request &request)
    {
        const QByteArray digest = QUrlQuery(QString::fromLatin1(request.query()))
                                      .queryItemValue(QStringLiteral("digest"), QUrl::FullyDecoded)
                                      .toLatin1();
        if (Digest::ofBytes(request.body).toString().toLatin1() != digest)
            return reply(400, R"({"errors":[{"code":"DIGEST_INVALID","message":"bad"}]})");
        m_blobs.insert(digest, request.body);
        return reply(201).header("Docker-Content-Digest", digest);
    }

    ScriptedServer::Response store(const ScriptedServer::Request &request)
    {
        const QByteArray reference = request.path().mid(request.path().lastIndexOf('/') + 1);
        const QByteArray digest = Digest::ofBytes(request.body).toString().toLatin1();
        m_manifests.insert(reference, {request.body, request.header("Content-Type")});
        m_manifests.insert(digest, {request.body, request.header("Content-Type")});
        return reply(201).header("Docker-Content-Digest", digest);
    }

    ScriptedServer m_server;
    QHash<QByteArray, QByteArray> m_blobs;
    QHash<QByteArray, QPair<QByteArray, QByteArray>> m_manifests;
};

} // namespace

CopyJob::StoreFactory TestCopy::layoutStore(const QString &path, LayoutStore::Mode mode)
{
    return [path, mode]() -> Util::Result<std::unique_ptr<ContentStore>> {
        auto store = LayoutStore::open(path, mode);
        if (!store)
            return store.error();
        return std::unique_ptr<ContentStore>(std::move(store).value());
    };
}

CopyJob::StoreFactory TestCopy::registryStore(const RegistryServer &server, const QString &repository)
{
    const Reference reference = Reference::fromParts(server.hostPort(), repository).value();
    const ConnectionSettings settings = server.connectionSettings();
    return [reference, settings]() -> Util::Result<std::unique_ptr<ContentStore>> {
        return std::unique_ptr<ContentStore>(std::make_unique<RegistryStore>(reference, settings));
    };
}

Util::Result<CopyJob::Summary> TestCopy::copy(CopyJob::StoreFactory source, CopyJob::StoreFactory destination,
                                              const QString &reference, const QString &tag)
{
    CopyJob job(std::move(source), std::move(destination), CopyJob::Options{reference, tag, true});
    QSignalSpy finished(&job, &Jobs::Job::finished);
    job.start();
    if (!finished.wait(120'000))
        return Util::makeError(QStringLiteral("the copy did not finish"));
    if (job.state() != Jobs::Job::State::Succeeded)
        return Util::makeError(job.errorMessage());
    return job.summary();
}

bool TestCopy::skopeo(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(QStringLiteral("skopeo"), arguments);
    if (!process.waitForFinished(120'000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning("skopeo %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return process.exitCode() == 0;
}

void TestCopy::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty())
        QSKIP("docker-registry is not installed");
    m_plain = std::make_unique<RegistryServer>(RegistryServer::Mode::Plain);
    m_auth = std::make_unique<RegistryServer>(RegistryServer::Mode::TlsHtpasswd);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->errorString()));
    QVERIFY2(m_auth->start(), qPrintable(m_auth->errorString()));

    m_fluxLayout = m_work.filePath(QStringLiteral("flux"));
    auto layout = OciLayout::create(m_fluxLayout);
    FluxArtifact::BuildOptions options;
    options.source = QStringLiteral("https://git.example.com/fleet.git");
    options.revision = QStringLiteral("main@sha1:1234");
    options.reproducible = true;
    auto built = FluxArtifact::build(definitions, options, layout.value(), QStringLiteral("v1"));
    QVERIFY(built.ok());
    m_fluxDigest = built->manifestDigest;
}

void TestCopy::layoutToRegistryToRegistry()
{
    auto pushed = copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read),
                       registryStore(*m_plain, QStringLiteral("fleet/defs")), QStringLiteral("v1"));
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
    QCOMPARE(pushed->rootDigest, m_fluxDigest);
    QCOMPARE(pushed->blobsCopied, 2);

    // Into a TLS registry with basic auth, under another tag.
    auto copied =
        copy(registryStore(*m_plain, QStringLiteral("fleet/defs")),
             registryStore(*m_auth, QStringLiteral("spoke/defs")), QStringLiteral("v1"), QStringLiteral("v9"));
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message));
    QCOMPARE(copied->rootDigest, m_fluxDigest);

    RegistryStore check(Reference::fromParts(m_auth->hostPort(), QStringLiteral("spoke/defs")).value(),
                        m_auth->connectionSettings());
    auto manifest = check.resolve(QStringLiteral("v9"));
    QVERIFY(manifest.ok());
    QCOMPARE(manifest->descriptor.digest, m_fluxDigest);
}

void TestCopy::indexWithSharedBlobsAndReferrers()
{
    // An index of two manifests that share a layer, and a referrer of the first one.
    const QString path = m_work.filePath(QStringLiteral("index"));
    auto layout = OciLayout::create(path);
    const Digest config = *layout->writeBlobBytes("{}");
    const Digest shared = *layout->writeBlobBytes("shared layer");
    const Digest own = *layout->writeBlobBytes("own layer");
    const auto manifestOf = [&](const Digest &layer, qint64 size, const QJsonObject &subject) {
        QJsonObject object{
            {QLatin1String("schemaVersion"), 2},
            {QLatin1String("mediaType"), manifestType},
            {QLatin1String("config"), descriptor(QStringLiteral("application/vnd.test.config+json"), config, 2)},
            {QLatin1String("layers"),
             QJsonArray{descriptor(QStringLiteral("application/vnd.test.layer"), shared, 12),
                        descriptor(QStringLiteral("application/vnd.test.layer"), layer, size)}}};
        if (!subject.isEmpty())
            object.insert(QLatin1String("subject"), subject);
        return json(object);
    };
    const QByteArray first = manifestOf(own, 9, {});
    const QByteArray second = manifestOf(shared, 12, {});
    const Digest firstDigest = *layout->writeBlobBytes(first);
    const Digest secondDigest = *layout->writeBlobBytes(second);
    const QByteArray index =
        json({{QLatin1String("schemaVersion"), 2},
              {QLatin1String("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
              {QLatin1String("manifests"), QJsonArray{descriptor(manifestType, firstDigest, first.size()),
                                                      descriptor(manifestType, secondDigest, second.size())}}});
    const Digest indexDigest = *layout->writeBlobBytes(index);
    QVERIFY(
        layout
            ->addEntry(descriptor(QStringLiteral("application/vnd.oci.image.index.v1+json"), indexDigest, index.size()),
                       QStringLiteral("multi"))
            .ok());
    const QByteArray referrer = manifestOf(own, 9, descriptor(manifestType, firstDigest, first.size()));
    const Digest referrerDigest = *layout->writeBlobBytes(referrer);
    QVERIFY(layout->addEntry(descriptor(manifestType, referrerDigest, referrer.size()), QString()).ok());

    auto copied = copy(layoutStore(path, LayoutStore::Mode::Read), registryStore(*m_plain, QStringLiteral("graph")),
                       QStringLiteral("multi"));
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message));
    QCOMPARE(copied->rootDigest, indexDigest);
    QCOMPARE(copied->blobsCopied, 3);     // config, shared and own: each once
    QCOMPARE(copied->manifestsCopied, 4); // index, two children, the referrer

    // Back into a fresh layout: the referrer comes along through the registry's referrers support.
    const QString back = m_work.filePath(QStringLiteral("index-back"));
    auto returned = copy(registryStore(*m_plain, QStringLiteral("graph")), layoutStore(back, LayoutStore::Mode::Write),
                         QStringLiteral("multi"));
    QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().message));
    auto backLayout = OciLayout::open(back);
    QVERIFY(backLayout->hasBlob(referrerDigest));
    QVERIFY(backLayout->verify().ok());
    QCOMPARE(backLayout->resolve(QStringLiteral("multi"))->digest, indexDigest);
}

void TestCopy::skipsWhatTheDestinationHas()
{
    auto first = copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read),
                      registryStore(*m_plain, QStringLiteral("again")), QStringLiteral("v1"));
    QVERIFY(first.ok());
    auto second = copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read),
                       registryStore(*m_plain, QStringLiteral("again")), QStringLiteral("v1"));
    QVERIFY(second.ok());
    QCOMPARE(second->blobsCopied, 0);
    QCOMPARE(second->blobsSkipped, 2);
}

void TestCopy::mountsWithinOneRegistry()
{
    QVERIFY(copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read),
                 registryStore(*m_plain, QStringLiteral("mount/source")), QStringLiteral("v1"))
                .ok());
    auto mounted = copy(registryStore(*m_plain, QStringLiteral("mount/source")),
                        registryStore(*m_plain, QStringLiteral("mount/target")), QStringLiteral("v1"));
    QVERIFY2(mounted.ok(), qPrintable(mounted.ok() ? QString() : mounted.error().message));
    QCOMPARE(mounted->blobsMounted, 2);
    QCOMPARE(mounted->blobsCopied, 0);
}

void TestCopy::registryToLayoutArchive()
{
    QVERIFY(copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read), registryStore(*m_plain, QStringLiteral("archive")),
                 QStringLiteral("v1"))
                .ok());
    const QString archive = m_work.filePath(QStringLiteral("bundle.tar"));
    auto copied = copy(registryStore(*m_plain, QStringLiteral("archive")),
                       layoutStore(archive, LayoutStore::Mode::Write), QStringLiteral("v1"));
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message));
    auto unpacked = OciLayout::extractArchive(archive, m_work.filePath(QStringLiteral("bundle-unpacked")));
    QVERIFY(unpacked.ok());
    QCOMPARE(unpacked->resolve(QStringLiteral("v1"))->digest, m_fluxDigest);
}

void TestCopy::cancelStopsTheCopy()
{
    const QString path = m_work.filePath(QStringLiteral("big"));
    const QString file = m_work.filePath(QStringLiteral("big.bin"));
    {
        QFile big(file);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, 'b');
        for (int i = 0; i < 64; ++i) {
            block[0] = char(i);
            big.write(block);
        }
    }
    auto layout = OciLayout::create(path);
    FluxArtifact::BuildOptions options;
    QVERIFY(FluxArtifact::build(file, options, layout.value(), QStringLiteral("big")).ok());

    CopyJob job(layoutStore(path, LayoutStore::Mode::Read), registryStore(*m_auth, QStringLiteral("cancelled")),
                CopyJob::Options{QStringLiteral("big"), {}, false});
    QSignalSpy finished(&job, &Jobs::Job::finished);
    QSignalSpy progress(&job, &Jobs::Job::progressChanged);
    job.start();
    job.cancel();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(job.state(), Jobs::Job::State::Cancelled);
}

namespace {

// Peak resident memory of this process so far (Linux), in bytes; -1 when unknown.
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

// What an earlier, interrupted run left in a layout: the first bytes of the layer as `<hex>.partial`. Sound
// bytes are continued (and only the rest counts as transferred); foreign bytes cost one more download from
// the first byte, within the same run.
void TestCopy::partialBlobsOfAnEarlierRun()
{
    QVERIFY(copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read), registryStore(*m_plain, QStringLiteral("partial")),
                 QStringLiteral("v1"))
                .ok());
    auto flux = OciLayout::open(m_fluxLayout);
    QVERIFY(flux);
    const auto manifest = Manifest::parse(flux->readBlob(m_fluxDigest).value(), QString(MediaType::ImageManifest));
    QVERIFY(manifest);
    const Descriptor layer = manifest->references().last();
    const Descriptor config = manifest->references().first();
    const QByteArray layerBytes = flux->readBlob(layer.digest).value();
    const qint64 kept = layerBytes.size() / 2;
    QVERIFY(kept > 0);

    const auto runWithPartial = [&](const QString &name, const QByteArray &partialBytes, QStringList &messages) {
        const QString path = m_work.filePath(name);
        auto layout = OciLayout::create(path);
        QFile partial(layout->partialPath(layer.digest));
        if (!QDir().mkpath(QFileInfo(partial).path()) || !partial.open(QIODevice::WriteOnly) ||
            partial.write(partialBytes) != partialBytes.size())
            return Util::Result<CopyJob::Summary>(Util::makeError(QStringLiteral("cannot write the partial file")));
        partial.close();
        CopyJob job(registryStore(*m_plain, QStringLiteral("partial")), layoutStore(path, LayoutStore::Mode::Write),
                    CopyJob::Options{QStringLiteral("v1"), {}, true});
        connect(&job, &Jobs::Job::message, this, [&messages](const QString &line) { messages << line; });
        QSignalSpy finished(&job, &Jobs::Job::finished);
        job.start();
        if (!finished.wait(120'000) || job.state() != Jobs::Job::State::Succeeded)
            return Util::Result<CopyJob::Summary>(Util::makeError(job.errorMessage()));
        if (!OciLayout::open(path)->verify())
            return Util::Result<CopyJob::Summary>(Util::makeError(QStringLiteral("the layout does not verify")));
        return Util::Result<CopyJob::Summary>(job.summary());
    };

    QStringList messages;
    auto continued = runWithPartial(QStringLiteral("partial-sound"), layerBytes.left(kept), messages);
    QVERIFY2(continued, qPrintable(continued ? QString() : continued.error().message));
    QCOMPARE(continued->bytesTransferred, config.size + layer.size - kept);
    QVERIFY2(!messages.join(u'\n').contains(QLatin1String("from the start")), qPrintable(messages.join(u'\n')));

    messages.clear();
    auto restarted = runWithPartial(QStringLiteral("partial-foreign"), QByteArray(kept, 'x'), messages);
    QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().message));
    QCOMPARE(restarted->bytesTransferred, config.size + layer.size);
    QVERIFY2(messages.join(u'\n').contains(QLatin1String("downloading it from the start")),
             qPrintable(messages.join(u'\n')));
}

// A layout blob whose bytes changed on disk: the registry refuses them (DIGEST_INVALID), and the copy says
// that the source is damaged rather than leave the user to suspect the registry.
void TestCopy::damagedLayoutBlobIsNamed()
{
    const QString damaged = m_work.filePath(QStringLiteral("damaged"));
    QVERIFY(copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read), layoutStore(damaged, LayoutStore::Mode::Write),
                 QStringLiteral("v1"))
                .ok());
    auto layout = OciLayout::open(damaged);
    const auto manifest = Manifest::parse(layout->readBlob(m_fluxDigest).value(), QString(MediaType::ImageManifest));
    QVERIFY(manifest);
    const Descriptor layer = manifest->references().last();
    QFile blob(layout->blobPath(layer.digest));
    QVERIFY(blob.open(QIODevice::ReadWrite) && blob.seek(layer.size / 2) && blob.write("X") == 1);
    blob.close();

    auto refused = copy(layoutStore(damaged, LayoutStore::Mode::Read),
                        registryStore(*m_plain, QStringLiteral("damaged")), QStringLiteral("v1"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("blob %1 in the layout is damaged").arg(layer.digest.toString())),
             qPrintable(refused.error().toString()));
}

void TestCopy::bigBlobsStreamInBoundedMemory()
{
    constexpr qint64 blobSize = 160LL * 1024 * 1024;
    const QString path = m_work.filePath(QStringLiteral("huge"));
    auto layout = OciLayout::create(path);
    const QString file = m_work.filePath(QStringLiteral("huge.bin"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 i = 0; i < blobSize / block.size(); ++i) {
            std::fill(block.begin(), block.end(), char(i * 31));
            out.write(block);
        }
    }
    const Digest layer = Digest::ofFile(file).value();
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QVERIFY(layout->writeBlob(layer, blobSize, in).ok());
    in.close();
    QFile::remove(file);
    const Digest config = *layout->writeBlobBytes("{}");
    const QByteArray manifest =
        json({{QLatin1String("schemaVersion"), 2},
              {QLatin1String("mediaType"), manifestType},
              {QLatin1String("config"), descriptor(QStringLiteral("application/vnd.test.config+json"), config, 2)},
              {QLatin1String("layers"),
               QJsonArray{descriptor(QStringLiteral("application/vnd.test.layer"), layer, blobSize)}}});
    const Digest manifestDigest = *layout->writeBlobBytes(manifest);
    QVERIFY(layout->addEntry(descriptor(manifestType, manifestDigest, manifest.size()), QStringLiteral("huge")).ok());

    // Upload from disk, registry to registry, and back to disk: none may hold the blob in memory.
    const qint64 before = peakResidentBytes();
    if (before < 0)
        QSKIP("no /proc/self/status to read peak memory from");
    QVERIFY(copy(layoutStore(path, LayoutStore::Mode::Read), registryStore(*m_plain, QStringLiteral("huge")),
                 QStringLiteral("huge"))
                .ok());
    auto streamed = copy(registryStore(*m_plain, QStringLiteral("huge")),
                         registryStore(*m_auth, QStringLiteral("huge")), QStringLiteral("huge"));
    QVERIFY2(streamed.ok(), qPrintable(streamed.ok() ? QString() : streamed.error().message));
    QCOMPARE(streamed->bytesTransferred, blobSize + 2);
    const QString back = m_work.filePath(QStringLiteral("huge-back"));
    QVERIFY(copy(registryStore(*m_auth, QStringLiteral("huge")), layoutStore(back, LayoutStore::Mode::Write),
                 QStringLiteral("huge"))
                .ok());
    QVERIFY(OciLayout::open(back)->hasBlob(layer, blobSize));

    const qint64 growth = peakResidentBytes() - before;
    qInfo("peak memory grew by %lld MiB while copying %lld MiB three times", growth >> 20, blobSize >> 20);
    QVERIFY2(growth < 64LL * 1024 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(growth >> 20)));
}

void TestCopy::skopeoReadsWhatWePush()
{
    QVERIFY(copy(layoutStore(m_fluxLayout, LayoutStore::Mode::Read),
                 registryStore(*m_auth, QStringLiteral("interop/ours")), QStringLiteral("v1"))
                .ok());
    const QString image = QStringLiteral("docker://%1/interop/ours:v1").arg(m_auth->hostPort());
    QByteArray raw;
    QVERIFY(skopeo(QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} +
                       m_auth->skopeoArguments(QString()) + QStringList{image},
                   &raw));
    QCOMPARE(Digest::ofBytes(raw), m_fluxDigest);

    const QString target = m_work.filePath(QStringLiteral("skopeo-layout"));
    QVERIFY(skopeo(QStringList{QStringLiteral("copy")} + m_auth->skopeoArguments(QStringLiteral("src-")) +
                   QStringList{image, QStringLiteral("oci:") + target + QStringLiteral(":v1")}));
    auto layout = OciLayout::open(target);
    QVERIFY(layout.ok());
    QCOMPARE(layout->resolve(QStringLiteral("v1"))->digest, m_fluxDigest);
    QVERIFY(layout->verify().ok());
}

void TestCopy::weCopyWhatSkopeoPushes()
{
    const QString image = QStringLiteral("docker://%1/interop/theirs:v1").arg(m_plain->hostPort());
    QVERIFY(skopeo(QStringList{QStringLiteral("copy")} + m_plain->skopeoArguments(QStringLiteral("dest-")) +
                   QStringList{QStringLiteral("oci:") + m_fluxLayout + QStringLiteral(":v1"), image}));
    QByteArray raw;
    QVERIFY(skopeo(QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} +
                       m_plain->skopeoArguments(QString()) + QStringList{image},
                   &raw));
    const Digest theirs = Digest::ofBytes(raw);

    auto copied = copy(registryStore(*m_plain, QStringLiteral("interop/theirs")),
                       registryStore(*m_auth, QStringLiteral("interop/from-skopeo")), QStringLiteral("v1"));
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message));
    QCOMPARE(copied->rootDigest, theirs);

    RegistryStore store(Reference::fromParts(m_auth->hostPort(), QStringLiteral("interop/from-skopeo")).value(),
                        m_auth->connectionSettings());
    auto manifest = store.resolve(QStringLiteral("v1"));
    QVERIFY(manifest.ok());
    const QJsonObject layer =
        QJsonDocument::fromJson(manifest->raw).object().value(QLatin1String("layers")).toArray().first().toObject();
    const Descriptor descriptor = Descriptor::of(layer.value(QLatin1String("mediaType")).toString(),
                                                 Digest::parse(layer.value(QLatin1String("digest")).toString()).value(),
                                                 layer.value(QLatin1String("size")).toInteger());
    auto blob = store.openBlob(descriptor, {});
    QVERIFY(blob.ok());
    auto files = FluxArtifact::listFiles(**blob);
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 3);
}

// OCI 1.1 artifacts: an image manifest with an artifactType, the empty config and one layer, written with
// whitespace and an unknown field, and a signature without layers whose subject it is. Their bytes, and so
// their digests, survive registry -> layout -> registry, and skopeo reads the same bytes we do.
void TestCopy::artifactsKeepTheirBytes()
{
    const QString path = m_work.filePath(QStringLiteral("artifacts"));
    auto layout = OciLayout::create(path);
    QVERIFY(layout.ok());
    const QByteArray content = R"({"spdxVersion":"SPDX-2.3"})";
    QVERIFY(layout->writeBlobBytes("{}").ok());
    const Digest contentDigest = *layout->writeBlobBytes(content);
    const QByteArray sbom =
        "{\n  \"schemaVersion\": 2,\n  \"mediaType\": \"" + manifestType.toLatin1() +
        "\",\n  \"artifactType\": \"application/spdx+json\",\n  \"config\": " + json(emptyConfig()) +
        ",\n  \"layers\": [" +
        json(descriptor(QStringLiteral("application/spdx+json"), contentDigest, content.size())) +
        "],\n  \"x-vendor-field\": {\"kept\": true}\n}\n";
    const Digest sbomDigest = *layout->writeBlobBytes(sbom);
    QVERIFY(layout->addEntry(descriptor(manifestType, sbomDigest, sbom.size()), QStringLiteral("sbom")).ok());
    const QByteArray signature = json(
        {{QLatin1String("schemaVersion"), 2},
         {QLatin1String("mediaType"), manifestType},
         {QLatin1String("artifactType"), QStringLiteral("application/vnd.example.signature.v1")},
         {QLatin1String("config"), emptyConfig()},
         {QLatin1String("layers"), QJsonArray()},
         {QLatin1String("subject"), descriptor(manifestType, sbomDigest, sbom.size())},
         {QLatin1String("annotations"), QJsonObject{{QLatin1String("org.example.signer"), QStringLiteral("ci")}}}});
    const Digest signatureDigest = *layout->writeBlobBytes(signature);
    QVERIFY(layout->addEntry(descriptor(manifestType, signatureDigest, signature.size()), QString()).ok());

    auto pushed = copy(layoutStore(path, LayoutStore::Mode::Read), registryStore(*m_plain, QStringLiteral("artifacts")),
                       QStringLiteral("sbom"));
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
    QCOMPARE(pushed->rootDigest, sbomDigest);
    QCOMPARE(pushed->manifestsCopied, 2);
    QCOMPARE(pushed->blobsCopied, 2); // the empty config once, though both manifests name it, and the content

    const QString back = m_work.filePath(QStringLiteral("artifacts-back"));
    auto pulled = copy(registryStore(*m_plain, QStringLiteral("artifacts")),
                       layoutStore(back, LayoutStore::Mode::Write), QStringLiteral("sbom"));
    QVERIFY2(pulled.ok(), qPrintable(pulled.ok() ? QString() : pulled.error().message));
    auto backLayout = OciLayout::open(back);
    QVERIFY(backLayout->verify().ok());
    QCOMPARE(backLayout->readBlob(sbomDigest).value(), sbom);
    QCOMPARE(backLayout->readBlob(signatureDigest).value(), signature);

    auto again = copy(layoutStore(back, LayoutStore::Mode::Read),
                      registryStore(*m_auth, QStringLiteral("artifacts/again")), QStringLiteral("sbom"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->rootDigest, sbomDigest);
    RegistryStore store(Reference::fromParts(m_auth->hostPort(), QStringLiteral("artifacts/again")).value(),
                        m_auth->connectionSettings());
    auto referrers = store.referrers(Descriptor::of(manifestType, sbomDigest, sbom.size()));
    QVERIFY(referrers.ok());
    QCOMPARE(referrers->size(), 1);
    QCOMPARE(referrers->first().digest, signatureDigest);
    QCOMPARE(store.fetchManifest(referrers->first())->raw, signature);

    QByteArray raw;
    const QString image = QStringLiteral("docker://%1/artifacts/again:sbom").arg(m_auth->hostPort());
    QVERIFY(skopeo(QStringList{QStringLiteral("inspect"), QStringLiteral("--raw")} +
                       m_auth->skopeoArguments(QString()) + QStringList{image},
                   &raw));
    QCOMPARE(raw, sbom);
}

// The artifact manifest of the OCI 1.1 release candidates: `blobs`, no config, no schemaVersion. Distribution
// refuses it, so an in-memory registry holds it; from there it goes into a layout and on to a second
// registry with the same bytes and media type, its blobs and its subject's referrers included.
void TestCopy::withdrawnArtifactManifestKeepsItsBytes()
{
    MemoryRegistry source;
    MemoryRegistry target;
    QVERIFY(source.listen());
    QVERIFY(target.listen());

    const QString path = m_work.filePath(QStringLiteral("withdrawn"));
    auto layout = OciLayout::create(path);
    QVERIFY(layout.ok());
    const QByteArray blob = "legacy signature";
    const Digest blobDigest = *layout->writeBlobBytes(blob);
    const Digest emptyDigest = *layout->writeBlobBytes("{}");
    const QByteArray subject =
        json({{QLatin1String("schemaVersion"), 2},
              {QLatin1String("mediaType"), manifestType},
              {QLatin1String("config"), emptyConfig()},
              {QLatin1String("layers"), QJsonArray{descriptor(QString(MediaType::EmptyJson), emptyDigest, 2)}}});
    const Digest subjectDigest = *layout->writeBlobBytes(subject);
    QVERIFY(layout->addEntry(descriptor(manifestType, subjectDigest, subject.size()), QStringLiteral("base")).ok());
    const QByteArray legacy =
        R"({"mediaType":"application/vnd.oci.artifact.manifest.v1+json","artifactType":"application/vnd.example.sig",)"
        R"("blobs":[)" +
        json(descriptor(QStringLiteral("application/octet-stream"), blobDigest, blob.size())) + R"(],"subject":)" +
        json(descriptor(manifestType, subjectDigest, subject.size())) +
        R"(,"annotations":{"org.example.kind":"legacy"}})";
    const Digest legacyDigest = *layout->writeBlobBytes(legacy);
    QVERIFY(layout
                ->addEntry(descriptor(QString(MediaType::ArtifactManifest), legacyDigest, legacy.size()),
                           QStringLiteral("legacy"))
                .ok());

    const auto memoryStore = [](const MemoryRegistry &registry, const QString &repository) {
        ConnectionSettings settings;
        settings.plainHttp = true;
        const Reference reference = Reference::fromParts(registry.hostPort(), repository).value();
        return CopyJob::StoreFactory([reference, settings]() -> Util::Result<std::unique_ptr<ContentStore>> {
            return std::unique_ptr<ContentStore>(std::make_unique<RegistryStore>(reference, settings));
        });
    };
    auto seeded = copy(layoutStore(path, LayoutStore::Mode::Read), memoryStore(source, QStringLiteral("sigs")),
                       QStringLiteral("legacy"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
    QCOMPARE(seeded->rootDigest, legacyDigest);
    QCOMPARE(source.manifests().value("legacy").first, legacy);
    QCOMPARE(source.manifests().value("legacy").second, QByteArray(MediaType::ArtifactManifest.data()));

    const QString back = m_work.filePath(QStringLiteral("withdrawn-back"));
    auto pulled = copy(memoryStore(source, QStringLiteral("sigs")), layoutStore(back, LayoutStore::Mode::Write),
                       QStringLiteral("legacy"));
    QVERIFY2(pulled.ok(), qPrintable(pulled.ok() ? QString() : pulled.error().message));
    QCOMPARE(pulled->rootDigest, legacyDigest);
    QCOMPARE(pulled->blobsCopied, 1); // the blob; the subject is a parent, not content
    auto backLayout = OciLayout::open(back);
    QCOMPARE(backLayout->readBlob(legacyDigest).value(), legacy);
    QCOMPARE(backLayout->resolve(QStringLiteral("legacy"))->mediaType, QString(MediaType::ArtifactManifest));
    QVERIFY(backLayout->verify().ok());

    // The subject's copy brings the legacy artifact along as a referrer, found in the layout's index.
    QVERIFY(copy(layoutStore(path, LayoutStore::Mode::Read), layoutStore(back, LayoutStore::Mode::Write),
                 QStringLiteral("base"))
                .ok());
    auto pushed = copy(layoutStore(back, LayoutStore::Mode::Read), memoryStore(target, QStringLiteral("sigs")),
                       QStringLiteral("base"));
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
    QCOMPARE(pushed->rootDigest, subjectDigest);
    const auto stored = target.manifests().value(legacyDigest.toString().toLatin1());
    QCOMPARE(stored.first, legacy);
    QCOMPARE(stored.second, QByteArray(MediaType::ArtifactManifest.data()));
}

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
