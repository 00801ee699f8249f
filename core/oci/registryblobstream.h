#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QIODevice>
#include <QMutex>
#include <QWaitCondition>

#include "oci/connectionsettings.h"
#include "oci/digest.h"
#include "util/result.h"

class QThread;

namespace Oci {

/// A blob being downloaded, readable while it arrives. The download runs on a thread of its own with its
/// own RegistryClient, so that receiving and hashing do not compete with whatever the reader does (often
/// an upload) on the reader's thread.
///
/// Bytes wait in a ring buffer in memory (4 MiB); when the reader falls further behind, the download pauses
/// (and TCP slows the registry down), so memory use stays flat whatever the blob's size. read() blocks
/// until it can return as many bytes as asked or the download has ended; readyRead() is emitted on the
/// reader's thread as bytes arrive.
///
/// The download's verdict (digest and size) arrives with the last bytes: a failed download makes the next
/// read return -1 with the error, so a consumer never finishes successfully on bad content.
class RegistryBlobStream final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryBlobStream)

public:
    struct Source
    {
        QString registry;
        ConnectionSettings settings;
        QString repository;
        Digest digest;
        qint64 size = -1;
    };

    explicit RegistryBlobStream(const Source &source);
    ~RegistryBlobStream() override;

    /// Opens the device for reading; the download starts on the first read.
    Util::Result<void> openStream();
    /// Before the first read: the stream yields the blob from byte \a offset on, asked for with a Range
    /// request, to continue what an earlier run stored. \a prefix has hashed the first \a offset bytes, so the
    /// digest check still covers the whole blob. False once the download has started.
    bool continueFrom(qint64 offset, std::shared_ptr<DigestHasher> prefix);
    /// The byte the download starts at: 0, or what continueFrom() set.
    qint64 startOffset() const { return m_startOffset; }
    /// Before the first read: receives what the user should know during the download (a resume after a broken
    /// connection, a 429 wait). Called on the download's thread.
    void setNotifier(std::function<void(const QString &)> notifier) { m_notifier = std::move(notifier); }

    /// Asked while read() waits for bytes: once it answers true, read() fails with "cancelled".
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }

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
    class Sink;

    void startDownload();
    void runDownload();
    // Called on the download thread.
    bool append(const char *data, qint64 size);
    void finishDownload(const Util::Result<qint64> &result);
    void notifyReader();
    // Called with m_mutex held: copies (part of) what is available, without advancing m_read.
    qint64 takeAvailable(char *data, qint64 maxSize);

    Source m_source;
    qint64 m_startOffset = 0;
    std::shared_ptr<DigestHasher> m_prefix;
    std::function<void(const QString &)> m_notifier;
    QThread *m_thread = nullptr;
    std::atomic_bool m_abort{false};
    std::atomic_bool m_notifyPending{false};

    mutable QMutex m_mutex;
    QWaitCondition m_changed; ///< bytes arrived or the download ended
    QWaitCondition m_drained; ///< the reader took bytes
    bool m_readerWaiting = false;
    bool m_writerWaiting = false;
    QByteArray m_ring; ///< byte n of the blob is at n % size until read
    qint64 m_written = 0;
    qint64 m_read = 0;
    bool m_finished = false;
    QString m_failure;
    std::function<bool()> m_cancelCheck;
};

} // namespace Oci
