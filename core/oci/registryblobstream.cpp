#include "registryblobstream.h"

#include <cstring>

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace Oci {

namespace {
// What may wait in memory for a slow reader before bytes overflow to disk.
constexpr qint64 maxMemoryBytes = 16 * 1024 * 1024;
} // namespace

RegistryBlobStream::RegistryBlobStream()
    : m_spool(QDir::tempPath() + QLatin1String("/paletteai-blob-XXXXXX"))
{
}

RegistryBlobStream::~RegistryBlobStream()
{
    if (!m_finished)
        m_operation.cancel();
}

Util::Result<void> RegistryBlobStream::openSpool()
{
    if (!open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return Util::makeError(tr("cannot open the download stream"));
    return {};
}

bool RegistryBlobStream::spoolWrite(const char *data, qint64 size)
{
    if (!m_writer.isOpen()) {
        if (!m_spool.open()) {
            setErrorString(tr("cannot create a temporary file: %1").arg(m_spool.errorString()));
            return false;
        }
        // Unbuffered handles: what the writer wrote is at once visible to the reader, without flushes.
        m_spool.close();
        m_writer.setFileName(m_spool.fileName());
        m_reader.setFileName(m_spool.fileName());
        if (!m_writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || !m_reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            setErrorString(tr("cannot open the temporary file: %1").arg(m_writer.errorString()));
            return false;
        }
    }
    if (m_writer.write(data, size) != size) {
        setErrorString(tr("cannot write the temporary file: %1").arg(m_writer.errorString()));
        return false;
    }
    m_spoolWritten += size;
    return true;
}

qint64 RegistryBlobStream::spoolRead(char *data, qint64 maxSize)
{
    const qint64 read = m_reader.read(data, qMin(maxSize, m_spoolWritten - m_spoolRead));
    if (read < 0) {
        setErrorString(tr("cannot read the temporary file: %1").arg(m_reader.errorString()));
        return -1;
    }
    m_spoolRead += read;
    // Drained: start over at the beginning of the file, so it never grows past the largest backlog.
    if (m_spoolRead == m_spoolWritten && m_spoolWritten > 0) {
        m_writer.seek(0);
        m_reader.seek(0);
        m_writer.resize(0);
        m_spoolWritten = m_spoolRead = 0;
    }
    return read;
}

void RegistryBlobStream::finishDownload(const Util::Result<qint64> &result)
{
    m_finished = true;
    if (!result)
        m_failure = result.error().message;
    Q_EMIT readyRead();
    Q_EMIT readChannelFinished();
}

qint64 RegistryBlobStream::bytesAvailable() const
{
    return m_written - m_read + QIODevice::bytesAvailable();
}

bool RegistryBlobStream::atEnd() const
{
    return m_finished && m_failure.isEmpty() && m_read == m_written && QIODevice::bytesAvailable() == 0;
}

void RegistryBlobStream::startDownload()
{
    if (!m_starter)
        return;
    // Taken out first: the download may call back at once (a request refused before it was sent).
    const auto starter = std::move(m_starter);
    m_starter = nullptr;
    m_operation = starter();
}

bool RegistryBlobStream::waitForReadyRead(int msecs)
{
    startDownload();
    if (m_written > m_read || m_finished)
        return m_written > m_read || !m_failure.isEmpty();

    // The download runs on this thread's event loop: let it run until it has written more.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &QIODevice::readyRead, &loop, &QEventLoop::quit);
    if (msecs >= 0)
        timeout.start(msecs);
    loop.exec();
    return m_written > m_read || !m_failure.isEmpty();
}

bool RegistryBlobStream::seek(qint64 position)
{
    return position == m_read;
}

qint64 RegistryBlobStream::takeAvailable(char *data, qint64 maxSize)
{
    if (m_memory.empty())
        return m_spoolWritten > m_spoolRead ? spoolRead(data, maxSize) : 0;
    // Memory holds the oldest bytes.
    const QByteArray &front = m_memory.front();
    const qint64 taken = qMin(maxSize, front.size() - m_memoryOffset);
    std::memcpy(data, front.constData() + m_memoryOffset, size_t(taken));
    m_memoryOffset += taken;
    m_memoryBytes -= taken;
    if (m_memoryOffset == front.size()) {
        m_memory.pop_front();
        m_memoryOffset = 0;
    }
    return taken;
}

qint64 RegistryBlobStream::readData(char *data, qint64 maxSize)
{
    startDownload();
    if (m_written == m_read) {
        if (!m_failure.isEmpty()) {
            setErrorString(m_failure);
            return -1;
        }
        return 0;
    }
    const qint64 taken = takeAvailable(data, maxSize);
    if (taken > 0)
        m_read += taken;
    return taken;
}

qint64 RegistryBlobStream::writeData(const char *data, qint64 size)
{
    // New bytes may go to memory only while nothing waits in the spool, so that order is kept.
    if (m_spoolWritten == m_spoolRead && m_memoryBytes + size <= maxMemoryBytes) {
        m_memory.emplace_back(data, size);
        m_memoryBytes += size;
    } else if (!spoolWrite(data, size)) {
        return -1;
    }
    m_written += size;
    Q_EMIT readyRead();
    return size;
}

} // namespace Oci
