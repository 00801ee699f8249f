#pragma once

#include <deque>
#include <functional>

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QTemporaryFile>

#include "oci/registryclient.h"
#include "util/result.h"

namespace Oci {

/// A blob being downloaded, readable while it arrives: readers follow behind the download. Bytes wait in
/// memory up to a bound (16 MiB); when the reader falls further behind, they overflow into a temporary
/// spool file until it catches up. read() returns 0 while the reader has caught up; waitForReadyRead() runs the
/// event loop until more bytes (or the end) arrive. Memory use stays at a block whatever the blob's size,
/// and a reader never waits for the whole blob before passing bytes on.
///
/// The download's verdict (digest and size) arrives with the last bytes: a failed download makes the next
/// read return -1 with the error, so a consumer never finishes successfully on bad content.
class RegistryBlobStream final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryBlobStream)

public:
    RegistryBlobStream();
    ~RegistryBlobStream() override;

    /// Opens the device for reading and writing (the spool file is created when first needed).
    Util::Result<void> openSpool();
    /// Starts the download feeding this stream, on the first read: a reader that is still setting up
    /// (an upload session) then does not let the download run far ahead. The returned operation is
    /// cancelled when the stream is destroyed first.
    void setStarter(std::function<OperationHandle()> starter) { m_starter = std::move(starter); }
    /// Marks the download finished: \a result is its verdict.
    void finishDownload(const Util::Result<qint64> &result);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool waitForReadyRead(int msecs) override;
    /// Succeeds only for the current position: a stream cannot go back or skip ahead.
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void startDownload();
    bool spoolWrite(const char *data, qint64 size);
    qint64 takeAvailable(char *data, qint64 maxSize);
    qint64 spoolRead(char *data, qint64 maxSize);

    std::deque<QByteArray> m_memory;   ///< oldest first; always older than anything in the spool
    qint64 m_memoryBytes = 0;
    qint64 m_memoryOffset = 0;         ///< bytes of m_memory.front() already read
    QTemporaryFile m_spool;            ///< names the overflow file and removes it at the end
    QFile m_writer;
    QFile m_reader;
    qint64 m_spoolWritten = 0;
    qint64 m_spoolRead = 0;
    std::function<OperationHandle()> m_starter;
    OperationHandle m_operation;
    qint64 m_written = 0;
    qint64 m_read = 0;
    bool m_finished = false;
    QString m_failure;
};

} // namespace Oci
