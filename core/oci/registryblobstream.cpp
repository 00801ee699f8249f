#include "registryblobstream.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace Oci {

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
    if (!m_spool.open())
        return Util::makeError(tr("cannot create a temporary file: %1").arg(m_spool.errorString()));
    // Unbuffered handles: what the writer wrote is at once visible to the reader, without flushes.
    m_spool.close();
    m_writer.setFileName(m_spool.fileName());
    if (!m_writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Util::makeError(tr("cannot write the temporary file: %1").arg(m_writer.errorString()));
    m_reader.setFileName(m_spool.fileName());
    if (!m_reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Util::makeError(tr("cannot read the temporary file: %1").arg(m_reader.errorString()));
    if (!open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return Util::makeError(tr("cannot open the download stream"));
    return {};
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

bool RegistryBlobStream::waitForReadyRead(int msecs)
{
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
    return position == 0 && m_read == 0;
}

qint64 RegistryBlobStream::readData(char *data, qint64 maxSize)
{
    if (m_written == m_read) {
        if (!m_failure.isEmpty()) {
            setErrorString(m_failure);
            return -1;
        }
        return 0;
    }
    const qint64 read = m_reader.read(data, qMin(maxSize, m_written - m_read));
    if (read < 0) {
        setErrorString(tr("cannot read the temporary file: %1").arg(m_reader.errorString()));
        return -1;
    }
    m_read += read;
    return read;
}

qint64 RegistryBlobStream::writeData(const char *data, qint64 size)
{
    const qint64 written = m_writer.write(data, size);
    if (written > 0) {
        m_written += written;
        Q_EMIT readyRead();
    }
    return written;
}

} // namespace Oci
