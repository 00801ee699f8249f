#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "oci/copyjob.h"
#include "oci/fluxartifact.h"
#include "oci/layoutstore.h"
#include "oci/ocilayout.h"
#include "oci/registrystore.h"
#include "registryserver.h"

using namespace Oci;
using TestSupport::RegistryServer;

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
    void bigBlobsStreamInBoundedMemory();
    void skopeoReadsWhatWePush();
    void weCopyWhatSkopeoPushes();

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
    QCOMPARE(manifest->node.digest, m_fluxDigest);
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
    const ContentStore::Node node{layer.value(QLatin1String("mediaType")).toString(),
                                  Digest::parse(layer.value(QLatin1String("digest")).toString()).value(),
                                  layer.value(QLatin1String("size")).toInteger()};
    auto blob = store.openBlob(node, {});
    QVERIFY(blob.ok());
    auto files = FluxArtifact::listFiles(**blob);
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 3);
}

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
