#pragma once

#include <QFile>
#include <QIODevice>
#include <QTemporaryFile>

#include "oci/registryclient.h"
#include "util/result.h"

namespace Oci {

/// A blob being downloaded, readable while it arrives: the download writes into a temporary spool file and
/// readers follow behind it. read() returns 0 while the reader has caught up; waitForReadyRead() runs the
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

    /// Creates the spool file and opens the device for reading and writing.
    Util::Result<void> openSpool();
    /// The download feeding this stream; cancelled when the stream is destroyed first.
    void setOperation(const OperationHandle &handle) { m_operation = handle; }
    /// Marks the download finished: \a result is its verdict.
    void finishDownload(const Util::Result<qint64> &result);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool waitForReadyRead(int msecs) override;
    /// Only "rewinding" before the first read succeeds; a stream cannot go back.
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTemporaryFile m_spool;  ///< names the file and removes it at the end
    QFile m_writer;
    QFile m_reader;
    OperationHandle m_operation;
    qint64 m_written = 0;
    qint64 m_read = 0;
    bool m_finished = false;
    QString m_failure;
};

} // namespace Oci
