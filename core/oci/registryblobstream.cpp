#include "registryblobstream.h"

#include <cstring>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include "oci/registryclient.h"
#include "util/heaptuning.h"

namespace Oci {

namespace {
// What may wait in memory for a slow reader; the download pauses beyond it.
constexpr qint64 ringSize = 4 * 1024 * 1024;
constexpr int stallTimeoutMs = 120'000;
constexpr int abortPollMs = 50;

QByteArray allocateRing()
{
    // Before the first large buffer, so that neither it nor the download's buffers settle in a heap.
    Util::keepLargeBuffersOutOfHeaps();
    return QByteArray(ringSize, Qt::Uninitialized);
}
} // namespace

// The device the client writes the download into, on the download thread.
class RegistryBlobStream::Sink final : public QIODevice
{
public:
    explicit Sink(RegistryBlobStream *stream)
        : m_stream(stream)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_stream->m_abort.load() || !m_stream->append(data, size))
            return -1;
        return size;
    }

private:
    RegistryBlobStream *m_stream;
};

RegistryBlobStream::RegistryBlobStream(const Source &source)
    : m_source(source)
    , m_ring(allocateRing())
{
}

RegistryBlobStream::~RegistryBlobStream()
{
    if (m_thread) {
        m_abort.store(true);
        {
            QMutexLocker locker(&m_mutex);
            m_drained.wakeAll();
        }
        m_thread->wait();
        delete m_thread;
    }
}

Util::Result<void> RegistryBlobStream::openStream()
{
    if (!open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Util::makeError(tr("cannot open the download stream"));
    return {};
}

bool RegistryBlobStream::continueFrom(qint64 offset, std::shared_ptr<DigestHasher> prefix)
{
    if (m_thread || offset < 0 || !prefix || prefix->bytesHashed() != offset)
        return false;
    m_startOffset = offset;
    m_prefix = std::move(prefix);
    return true;
}

void RegistryBlobStream::startDownload()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { runDownload(); });
    m_thread->start();
}

void RegistryBlobStream::runDownload()
{
    QEventLoop loop;
    RegistryClient client(m_source.registry, m_source.settings);
    if (m_notifier) {
        QObject::connect(&client, &RegistryClient::waiting, &loop,
                         [notifier = m_notifier](const QString &message, int) { notifier(message); });
        QObject::connect(&client, &RegistryClient::requestFinished, &loop,
                         [notifier = m_notifier](const QString &method, const QString &url, int status) {
                             notifier(RegistryClient::describeRequest(method, url, status));
                         });
    }
    Sink sink(this);
    bool done = false;
    const OperationHandle handle =
        client.resumeBlob(m_source.repository, m_source.digest, m_source.size, {m_startOffset, m_prefix}, &sink, &loop,
                          [this, &loop, &done](Util::Result<qint64> result) {
                              finishDownload(result);
                              done = true;
                              loop.quit();
                          });

    // The reader may give up (destroyed, cancelled): stop the transfer then.
    QTimer abortPoll;
    QObject::connect(&abortPoll, &QTimer::timeout, &loop, [this, &handle] {
        if (m_abort.load())
            handle.cancel();
    });
    abortPoll.start(abortPollMs);
    if (!done)
        loop.exec();
}

bool RegistryBlobStream::append(const char *data, qint64 size)
{
    qint64 copied = 0;
    while (copied < size) {
        QMutexLocker locker(&m_mutex);
        // Back-pressure: the download waits while the ring is full. Its socket then fills and TCP slows the
        // sender down, so memory stays bounded without spilling to disk.
        while (m_written - m_read == ringSize && !m_abort.load()) {
            m_writerWaiting = true;
            m_drained.wait(&m_mutex, QDeadlineTimer(abortPollMs));
            m_writerWaiting = false;
        }
        if (m_abort.load())
            return false;
        const qint64 head = m_written % ringSize;
        const qint64 room = qMin(ringSize - (m_written - m_read), ringSize - head);
        const qint64 chunk = qMin(room, size - copied);
        std::memcpy(m_ring.data() + head, data + copied, size_t(chunk));
        copied += chunk;
        m_written += chunk;
        if (m_readerWaiting)
            m_changed.wakeAll();
    }
    notifyReader();
    return true;
}

void RegistryBlobStream::finishDownload(const Util::Result<qint64> &result)
{
    {
        QMutexLocker locker(&m_mutex);
        m_finished = true;
        if (!result && m_failure.isEmpty())
            m_failure = result.error().message;
        m_changed.wakeAll();
    }
    notifyReader();
}

void RegistryBlobStream::notifyReader()
{
    // One pending notification is enough: the reader takes everything available when it runs.
    if (m_notifyPending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyPending.store(false);
            Q_EMIT readyRead();
        },
        Qt::QueuedConnection);
}

qint64 RegistryBlobStream::takeAvailable(char *data, qint64 maxSize)
{
    const qint64 tail = m_read % ringSize;
    const qint64 taken = qMin(maxSize, qMin(m_written - m_read, ringSize - tail));
    std::memcpy(data, m_ring.constData() + tail, size_t(taken));
    // Waking costs a system call: only when the download is actually waiting for room.
    if (m_writerWaiting)
        m_drained.wakeAll();
    return taken;
}

qint64 RegistryBlobStream::bytesAvailable() const
{
    QMutexLocker locker(&m_mutex);
    return m_written - m_read + QIODevice::bytesAvailable();
}

bool RegistryBlobStream::atEnd() const
{
    QMutexLocker locker(&m_mutex);
    return m_finished && m_failure.isEmpty() && m_read == m_written && QIODevice::bytesAvailable() == 0;
}

bool RegistryBlobStream::waitForReadyRead(int msecs)
{
    startDownload();
    QMutexLocker locker(&m_mutex);
    const QDeadlineTimer deadline = msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    while (m_written == m_read && !m_finished) {
        m_readerWaiting = true;
        const bool woken = m_changed.wait(&m_mutex, deadline);
        m_readerWaiting = false;
        if (!woken)
            break;
    }
    return m_written > m_read || !m_failure.isEmpty();
}

bool RegistryBlobStream::seek(qint64 position)
{
    QMutexLocker locker(&m_mutex);
    return position == m_read;
}

qint64 RegistryBlobStream::readData(char *data, qint64 maxSize)
{
    startDownload();
    // Fill the request unless the download ends first: a chunked upload needs whole chunks. The download
    // runs on its own thread, so waiting here holds nothing up.
    QMutexLocker locker(&m_mutex);
    qint64 total = 0;
    QDeadlineTimer stalled(stallTimeoutMs);
    while (total < maxSize) {
        // The reader's job may be cancelled while it waits for bytes: it is asked between short waits.
        if (m_cancelCheck && m_cancelCheck()) {
            setErrorString(tr("cancelled"));
            return -1;
        }
        if (m_written == m_read) {
            if (!m_failure.isEmpty()) {
                setErrorString(m_failure);
                return -1;
            }
            if (m_finished)
                break;
            m_readerWaiting = true;
            m_changed.wait(&m_mutex, QDeadlineTimer(abortPollMs));
            m_readerWaiting = false;
            if (m_written == m_read && stalled.hasExpired()) {
                setErrorString(tr("the download of %1 stalled").arg(m_source.digest.toString()));
                return -1;
            }
            continue;
        }
        const qint64 taken = takeAvailable(data + total, maxSize - total);
        total += taken;
        m_read += taken;
        stalled.setRemainingTime(stallTimeoutMs);
    }
    return total;
}

qint64 RegistryBlobStream::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Oci
