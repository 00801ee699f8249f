#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

#include "oci/digest.h"
#include "oci/httprequest.h"
#include "util/result.h"

class QIODevice;

namespace Oci {

class RegistryTransport;
struct OperationState;

/// The download of one blob into a sink, hashing while it arrives. When the body breaks off (a dropped
/// connection, an idle timeout, a close before the announced size) it asks for the rest with
/// `Range: bytes=<received>-` and keeps hashing into the same sink; only a 206 starting at exactly that byte is
/// taken. A server that ignores Range (200) restarts a seekable sink from its start and fails a stream. The
/// final size and digest checks decide. Deletes itself after calling back.
class BlobDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlobDownload)

public:
    /// Resumes after a broken body, with the transport's backoff between attempts.
    static constexpr int maxResumes = 5;

    BlobDownload(RegistryTransport *transport, const std::shared_ptr<OperationState> &operation, const QUrl &url,
                 const QString &scope, const Digest &digest, qint64 expectedSize, QIODevice *sink,
                 std::function<void(qint64, qint64)> progress, std::function<void(Util::Result<qint64>)> done);

    /// Continues a download whose first bytes are in the sink already and were fed to \a hasher.
    void setResumePoint(std::shared_ptr<DigestHasher> hasher);
    void start();

private:
    void request();
    void onResponse(const HttpResponse &response);
    bool brokeOff(const HttpResponse &response) const;
    void resume(const HttpResponse &response);
    void restartOrFail(const HttpResponse &response);
    void verify(const HttpResponse &response);
    void finishCancelled();
    void finish(Util::Result<qint64> result);

    RegistryTransport *m_transport;
    std::shared_ptr<OperationState> m_operation;
    QUrl m_url;
    QString m_scope;
    Digest m_digest;
    qint64 m_expectedSize;
    QIODevice *m_sink;
    qint64 m_sinkStart = -1; ///< where a seekable sink started; -1 for streams
    std::function<void(qint64, qint64)> m_progress;
    std::function<void(Util::Result<qint64>)> m_done;
    std::shared_ptr<DigestHasher> m_hasher;
    int m_resumes = 0;
};

} // namespace Oci
