// Resuming blob downloads: a body that breaks off is continued with a Range request, against a scripted
// server that cuts bodies and answers Range in every way a registry or proxy might, and against a real
// docker-registry that supports Range.

#include <cstring>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "awaitresult.h"
#include "oci/layoutstore.h"
#include "oci/ocilayout.h"
#include "oci/registryclient.h"
#include "oci/registrystore.h"
#include "registryserver.h"
#include "scriptedserver.h"

using namespace Oci;
using TestSupport::await;
using TestSupport::RegistryServer;
using TestSupport::ScriptedServer;
using Response = ScriptedServer::Response;
using Request = ScriptedServer::Request;

namespace {

ConnectionSettings plainSettings()
{
    ConnectionSettings settings;
    settings.plainHttp = true;
    settings.phaseTimeoutMs = 5000;
    return settings;
}

QByteArray sampleBlob(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((qint64(i) * 7919) % 251);
    return data;
}

// Announces the whole blob, sends only bytes [from, cut) and closes the connection.
Response cutBody(const QByteArray &blob, qint64 from, qint64 cut, int status = 200)
{
    Response response{status, {}, blob.mid(from, cut - from), true, false};
    response.header("Content-Length", QByteArray::number(blob.size() - from));
    if (status == 206) {
        response.header("Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                             QByteArray::number(blob.size() - 1) + '/' +
                                             QByteArray::number(blob.size()));
    }
    return response;
}

// The start of a "Range: bytes=<n>-" header, or -1 without one.
qint64 rangeStart(const Request &request)
{
    const QByteArray range = request.header("Range");
    if (!range.startsWith("bytes=") || !range.endsWith('-'))
        return -1;
    return range.mid(6, range.size() - 7).toLongLong();
}

Response partialContent(const QByteArray &blob, qint64 from)
{
    return cutBody(blob, from, blob.size(), 206);
}

// A sink that cannot go back, like a download streamed into an upload.
class StreamSink final : public QIODevice
{
public:
    StreamSink() { open(QIODevice::WriteOnly); }
    bool isSequential() const override { return true; }
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 size) override
    {
        data.append(bytes, size);
        return size;
    }
};

// A source that delivers its first bytes and then fails, like a download whose connection is lost for good.
class FailingSource final : public QIODevice
{
public:
    explicit FailingSource(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return false; }

protected:
    qint64 readData(char *bytes, qint64 maxSize) override
    {
        if (m_data.isEmpty()) {
            setErrorString(QStringLiteral("connection lost"));
            return -1;
        }
        const qint64 size = qMin<qint64>(maxSize, m_data.size());
        std::memcpy(bytes, m_data.constData(), size_t(size));
        m_data.remove(0, size);
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
};

// A client of a scripted registry that resumes without a long backoff, downloading blobs of repository "app".
struct Download
{
    explicit Download(const ScriptedServer &registry)
        : client(registry.hostPort(), plainSettings())
    {
        client.setRetryPolicy(4, 1000, 10);
    }
    Util::Result<qint64> run(QObject *context, const QByteArray &blob, QIODevice &sink)
    {
        if (!sink.isOpen())
            sink.open(QIODevice::WriteOnly);
        return await<qint64>([&](auto done) {
            return client.getBlob(QStringLiteral("app"), Digest::ofBytes(blob), blob.size(), &sink, context, done);
        });
    }

    RegistryClient client;
};

// A scripted registry on a thread of its own, for callers that block the test's thread (the copy stores).
class ServerThread
{
public:
    explicit ServerThread(std::function<void(ScriptedServer &)> routes)
    {
        m_thread.reset(QThread::create([this, routes] {
            ScriptedServer server;
            routes(server);
            m_hostPort = server.listen() ? server.hostPort() : QString();
            QEventLoop loop;
            m_loop = &loop;
            m_ready.release();
            loop.exec();
            m_requests = server.requests();
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~ServerThread() { stop(); }

    QString hostPort() const { return m_hostPort; }
    /// Stops the server; its request log is complete afterwards.
    QList<Request> stop()
    {
        if (m_thread && m_thread->isRunning()) {
            QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
            m_thread->wait();
        }
        return m_requests;
    }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QEventLoop *m_loop = nullptr;
    QString m_hostPort;
    QList<Request> m_requests;
};

} // namespace

class TestResume final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenBodyIsResumedWithRange_data();
    void brokenBodyIsResumedWithRange();
    void rangeIgnoredFailsForAStream();
    void rangeIgnoredRestartsASeekableSink();
    void wrongContentRangeFails();
    void givesUpAfterTheLimit();
    void cancelDuringTheResumeWait();
    void realRegistryAnswersRangeWith206();
    void layoutContinuesAPartialBlobFromTheRegistry();
    void copyIntoALayoutContinuesAnEarlierRun();
    void copyResumesABrokenDownloadAndSaysSo();
};

void TestResume::brokenBodyIsResumedWithRange_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<bool>("announced"); // Content-Length sent (connection error) or not (body ends early)
    QTest::newRow("after one byte") << 1 << true;
    QTest::newRow("half way") << 40'000 << true;
    QTest::newRow("one byte short") << 99'999 << true;
    QTest::newRow("close-delimited body ends early") << 40'000 << false;
}

void TestResume::brokenBodyIsResumedWithRange()
{
    QFETCH(int, cut);
    QFETCH(bool, announced);
    const QByteArray blob = sampleBlob(100'000);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        const qint64 from = rangeStart(request);
        if (from >= 0)
            return partialContent(blob, from);
        Response response = cutBody(blob, 0, cut);
        if (!announced)
            response.headers.clear();
        return response;
    });

    RegistryClient client(registry.hostPort(), plainSettings());
    client.setRetryPolicy(4, 1000, 10);
    QSignalSpy waits(&client, &RegistryClient::waiting);
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    auto got = await<qint64>([&](auto done) {
        return client.getBlob(QStringLiteral("app"), Digest::ofBytes(blob), blob.size(), &sink, this, done,
                              [&](qint64 bytes, qint64 total) {
                                  lastDone = bytes;
                                  lastTotal = total;
                              });
    });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(*got, qint64(blob.size()));
    QCOMPARE(sink.data(), blob);

    const auto requests = registry.requestsTo(QStringLiteral("^/v2/app/blobs/"));
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(0).hasHeader("Range"));
    QCOMPARE(requests.at(1).header("Range"), QByteArray("bytes=") + QByteArray::number(cut) + '-');
    QCOMPARE(waits.size(), 1);
    QVERIFY2(waits.first().first().toString().contains(QString::number(cut)),
             qPrintable(waits.first().first().toString()));
    QCOMPARE(lastDone, qint64(blob.size()));
    QCOMPARE(lastTotal, qint64(blob.size()));
}

void TestResume::rangeIgnoredFailsForAStream()
{
    const QByteArray blob = sampleBlob(50'000);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        if (rangeStart(request) >= 0)
            return Response{200, {}, blob, false, false};
        return cutBody(blob, 0, 20'000);
    });

    Download download(registry);
    StreamSink sink;
    auto got = download.run(this, blob, sink);
    QVERIFY(!got);
    const QString message = got.error().message;
    QVERIFY2(message.contains(QLatin1String("GET ") + QString::fromLatin1(registry.baseUrl()) +
                              QLatin1String("/v2/app/blobs/")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Range")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("20000")), qPrintable(message));
    // Nothing of the whole-blob answer reached the stream: it holds exactly the first part.
    QCOMPARE(sink.data, blob.left(20'000));
}

void TestResume::rangeIgnoredRestartsASeekableSink()
{
    const QByteArray blob = sampleBlob(50'000);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    int plainRequests = 0;
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        if (rangeStart(request) >= 0 || ++plainRequests > 1)
            return Response{200, {}, blob, false, false};
        return cutBody(blob, 0, 20'000);
    });

    Download download(registry);
    QBuffer sink;
    auto got = download.run(this, blob, sink);
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(sink.data(), blob);
    const auto requests = registry.requestsTo(QStringLiteral("^/v2/app/blobs/"));
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests.at(1).hasHeader("Range"));
    QVERIFY(!requests.at(2).hasHeader("Range"));
}

void TestResume::wrongContentRangeFails()
{
    const QByteArray blob = sampleBlob(50'000);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        if (rangeStart(request) >= 0)
            return partialContent(blob, 10'000); // not where the client asked
        return cutBody(blob, 0, 20'000);
    });

    Download download(registry);
    QBuffer sink;
    auto got = download.run(this, blob, sink);
    QVERIFY(!got);
    const QString message = got.error().message;
    QVERIFY2(message.contains(QLatin1String("Content-Range")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("bytes 10000-49999/50000")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("/v2/app/blobs/")), qPrintable(message));
    QCOMPARE(sink.data(), blob.left(20'000));
}

void TestResume::givesUpAfterTheLimit()
{
    const QByteArray blob = sampleBlob(50'000);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    // Every answer delivers 1000 more bytes, then breaks.
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        const qint64 from = qMax<qint64>(0, rangeStart(request));
        return cutBody(blob, from, from + 1000, from > 0 ? 206 : 200);
    });

    Download download(registry);
    QSignalSpy waits(&download.client, &RegistryClient::waiting);
    QBuffer sink;
    auto got = download.run(this, blob, sink);
    QVERIFY(!got);
    const QString message = got.error().message;
    const int attempts = registry.requestsTo(QStringLiteral("^/v2/app/blobs/")).size();
    QCOMPARE(attempts, 6); // the first request and five resumes
    QCOMPARE(waits.size(), 5);
    QVERIFY2(message.contains(QLatin1String("GET ") + QString::fromLatin1(registry.baseUrl())), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("6000 of 50000 bytes")), qPrintable(message));
    QCOMPARE(sink.data(), blob.left(6000));
}

void TestResume::cancelDuringTheResumeWait()
{
    const QByteArray blob = sampleBlob(50'000);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &) { return cutBody(blob, 0, 5000); });

    RegistryClient client(registry.hostPort(), plainSettings());
    client.setRetryPolicy(4, 30'000, 20'000); // a long wait before the resume
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    OperationHandle handle;
    connect(&client, &RegistryClient::waiting, this, [&handle] { handle.cancel(); });
    QElapsedTimer timer;
    timer.start();
    auto got = await<qint64>([&](auto done) {
        handle = client.getBlob(QStringLiteral("app"), Digest::ofBytes(blob), blob.size(), &sink, this, done);
        return handle;
    });
    QVERIFY(!got);
    QVERIFY2(got.error().message.contains(QLatin1String("cancelled")), qPrintable(got.error().message));
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(registry.requestsTo(QStringLiteral("^/v2/app/blobs/")).size(), 1);
}

void TestResume::realRegistryAnswersRangeWith206()
{
    RegistryServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RegistryClient client(server.hostPort(), server.connectionSettings());
    const QByteArray blob = sampleBlob(300'000);
    auto pushed = await<Descriptor>(
        [&](auto done) { return client.uploadBlobBytes(QStringLiteral("team/resume"), blob, this, done); });
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));

    // An earlier run got the first 123456 bytes: the sink holds them and the hasher has seen them.
    const qint64 offset = 123'456;
    BlobResumePoint from{offset, std::make_shared<DigestHasher>()};
    from.hasher->addData(blob.left(offset));
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    sink.write(blob.left(offset));
    QSignalSpy trace(&client, &RegistryClient::requestFinished);
    auto got = await<qint64>([&](auto done) {
        return client.resumeBlob(QStringLiteral("team/resume"), pushed->digest, blob.size(), from, &sink, this, done);
    });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(*got, qint64(blob.size()));
    QCOMPARE(sink.data(), blob);
    bool saw206 = false;
    for (const auto &entry : std::as_const(trace))
        saw206 = saw206 || (entry.at(0).toString() == QLatin1String("GET") && entry.at(2).toInt() == 206);
    QVERIFY(saw206);

    // Bytes that do not belong to the blob are caught by the digest check, whoever hashed them.
    BlobResumePoint wrong{offset, std::make_shared<DigestHasher>()};
    wrong.hasher->addData(QByteArray(offset, 'x'));
    QBuffer other;
    QVERIFY(other.open(QIODevice::WriteOnly));
    auto bad = await<qint64>([&](auto done) {
        return client.resumeBlob(QStringLiteral("team/resume"), pushed->digest, blob.size(), wrong, &other, this, done);
    });
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("hash to")), qPrintable(bad.error().message));
}

// Across runs: an interrupted write into a layout leaves `<hex>.partial` (never the blob itself); the next run
// re-hashes it, asks the registry for the rest with Range and moves the finished file into place.
void TestResume::layoutContinuesAPartialBlobFromTheRegistry()
{
    RegistryServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RegistryClient client(server.hostPort(), server.connectionSettings());
    const QByteArray blob = sampleBlob(400'000);
    auto pushed = await<Descriptor>(
        [&](auto done) { return client.uploadBlobBytes(QStringLiteral("team/layout"), blob, this, done); });
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QTemporaryDir directory;
    auto layout = OciLayout::create(directory.filePath(QStringLiteral("bundle")));
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().message));

    // First run: the source breaks after 150000 bytes.
    FailingSource source(blob.left(150'000));
    auto first = layout->writeBlob(pushed->digest, blob.size(), source);
    QVERIFY(!first);
    QVERIFY2(first.error().message.contains(QLatin1String("150000")), qPrintable(first.error().message));
    QVERIFY(!layout->hasBlob(pushed->digest));
    QVERIFY(!QFileInfo::exists(layout->blobPath(pushed->digest)));
    QCOMPARE(QFileInfo(layout->partialPath(pushed->digest)).size(), qint64(150'000));

    // Next run: continue from the partial file.
    auto partial = layout->openPartial(pushed->digest);
    QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().message));
    QCOMPARE(partial->size, qint64(150'000));
    QSignalSpy trace(&client, &RegistryClient::requestFinished);
    auto got = await<qint64>([&](auto done) {
        return client.resumeBlob(QStringLiteral("team/layout"), pushed->digest, blob.size(),
                                 BlobResumePoint{partial->size, partial->hasher}, partial->file.get(), this, done);
    });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(trace.size(), 1);
    QCOMPARE(trace.first().at(2).toInt(), 206);
    partial->file->close();
    auto committed = layout->commitPartial(pushed->digest, blob.size());
    QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
    QVERIFY(layout->hasBlob(pushed->digest, blob.size()));
    QVERIFY(!QFileInfo::exists(layout->partialPath(pushed->digest)));

    // A partial file with foreign bytes never becomes the blob.
    const Digest other = Digest::ofBytes(blob.left(1000));
    QFile foreign(layout->partialPath(other));
    QVERIFY(foreign.open(QIODevice::WriteOnly) && foreign.write(QByteArray(1000, 'x')) == 1000);
    foreign.close();
    QVERIFY(!layout->commitPartial(other, 1000));
    QVERIFY(!layout->hasBlob(other));
    QVERIFY(!QFileInfo::exists(layout->partialPath(other)));
}

// The copy path (registry store -> layout store): a partial file left by an earlier run is continued through
// the registry stream from its offset; foreign bytes in it are caught and dropped.
void TestResume::copyIntoALayoutContinuesAnEarlierRun()
{
    RegistryServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RegistryClient client(server.hostPort(), server.connectionSettings());
    const QByteArray blob = sampleBlob(500'000);
    auto pushed = await<Descriptor>(
        [&](auto done) { return client.uploadBlobBytes(QStringLiteral("team/copy"), blob, this, done); });
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    QTemporaryDir directory;
    const QString bundle = directory.filePath(QStringLiteral("bundle"));
    auto destination = LayoutStore::open(bundle, LayoutStore::Mode::Write);
    QVERIFY2(destination, qPrintable(destination ? QString() : destination.error().message));
    QStringList notices;
    (*destination)->setNotifier([&notices](const QString &message) { notices << message; });
    RegistryStore source(*Reference::parse(server.hostPort() + QStringLiteral("/team/copy")),
                         server.connectionSettings());
    const Descriptor node = Descriptor::of(QStringLiteral("application/octet-stream"), pushed->digest, blob.size());
    OciLayout &layout = (*destination)->layout();

    // What an earlier run left: the first 200000 bytes.
    QVERIFY(QDir().mkpath(QFileInfo(layout.partialPath(node.digest)).path()));
    QFile partial(layout.partialPath(node.digest));
    QVERIFY(partial.open(QIODevice::WriteOnly) && partial.write(blob.left(200'000)) == 200'000);
    partial.close();
    qint64 lastProgress = 0;
    auto stream = source.openBlob(node, {});
    QVERIFY2(stream, qPrintable(stream ? QString() : stream.error().message));
    auto written = (*destination)->writeBlob(node, **stream, [&](qint64 done) { lastProgress = done; });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(layout.hasBlob(node.digest, node.size));
    QVERIFY(!QFileInfo::exists(layout.partialPath(node.digest)));
    QCOMPARE(layout.readBlob(node.digest, 1024 * 1024).value(), blob);
    QCOMPARE(lastProgress, qint64(blob.size()));
    QVERIFY2(notices.join(QLatin1Char('\n')).contains(QLatin1String("from byte 200000")),
             qPrintable(notices.join(QLatin1Char('\n'))));

    // Foreign bytes in the partial file: the download's digest check fails and the file is not kept.
    QVERIFY(QFile::remove(layout.blobPath(node.digest)));
    QVERIFY(partial.open(QIODevice::WriteOnly) && partial.write(QByteArray(200'000, 'x')) == 200'000);
    partial.close();
    auto again = source.openBlob(node, {});
    QVERIFY(again);
    auto refused = (*destination)->writeBlob(node, **again, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("hash to")), qPrintable(refused.error().message));
    QVERIFY(!layout.hasBlob(node.digest));
    QVERIFY(!QFileInfo::exists(layout.partialPath(node.digest)));
}

// Within one copy (registry store -> layout store): the download breaks, the stream resumes it with Range and
// the copy's notifier hears about it.
void TestResume::copyResumesABrokenDownloadAndSaysSo()
{
    const QByteArray blob = sampleBlob(300'000);
    ServerThread registry([&blob](ScriptedServer &server) {
        server.on("GET", QStringLiteral("^/v2/app/blobs/"), [blob](const Request &request) {
            const qint64 from = rangeStart(request);
            return from >= 0 ? partialContent(blob, from) : cutBody(blob, 0, 100'000);
        });
    });
    QVERIFY(!registry.hostPort().isEmpty());
    QTemporaryDir directory;
    auto destination = LayoutStore::open(directory.filePath(QStringLiteral("bundle")), LayoutStore::Mode::Write);
    QVERIFY(destination);
    RegistryStore source(*Reference::parse(registry.hostPort() + QStringLiteral("/app")), plainSettings());
    QMutex mutex;
    QStringList notices;
    // Called on the download's thread.
    source.setNotifier([&](const QString &message) {
        QMutexLocker locker(&mutex);
        notices << message;
    });
    const Descriptor node =
        Descriptor::of(QStringLiteral("application/octet-stream"), Digest::ofBytes(blob), blob.size());

    auto stream = source.openBlob(node, {});
    QVERIFY(stream);
    auto written = (*destination)->writeBlob(node, **stream, {});
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE((*destination)->layout().readBlob(node.digest, 1024 * 1024).value(), blob);
    stream->reset();

    // A request whose connection drops before any byte of the answer arrived is sent again from the start, so
    // the cut answer may come more than once; only the last request asks for the rest.
    const QList<Request> requests = registry.stop();
    QVERIFY(requests.size() >= 2);
    QCOMPARE(requests.last().header("Range"), QByteArray("bytes=100000-"));
    for (qsizetype i = 0; i + 1 < requests.size(); ++i)
        QVERIFY(requests.at(i).header("Range").isEmpty());
    QMutexLocker locker(&mutex);
    // Among the request lines, the resume is announced.
    const QStringList resumes = notices.filter(QStringLiteral("broke off at byte 100000"));
    QVERIFY2(resumes.size() == 1, qPrintable(notices.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
