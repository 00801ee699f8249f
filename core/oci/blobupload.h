#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QUrl>

#include "oci/digest.h"
#include "oci/httprequest.h"
#include "oci/registryclient.h"

class QIODevice;

namespace Oci {

class RegistryTransport;
struct OperationState;

/// The upload protocol of one blob: existence check, cross-repository mount with fallback, then a
/// monolithic PUT or chunked PATCHes, switching between them on 413/416 and resuming from the server's
/// Range after an interruption. Deletes itself after calling back.
class BlobUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlobUpload)

public:
    BlobUpload(RegistryTransport *transport, const std::shared_ptr<OperationState> &operation,
               const QString &repository, const Digest &digest, qint64 size, QIODevice *source,
               const UploadOptions &options, std::function<void(Util::Result<UploadOutcome>)> done);

    void start();

private:
    void checkExists();
    void tryMount();
    void startSession();
    void putMonolithic();
    void sendChunk();
    void queryStatus();
    void complete();
    void finishUploaded(const HttpResponse &response);
    void switchMode(const HttpResponse &response);
    bool takeLocation(const HttpResponse &response);
    bool finishIfCancelled(const HttpResponse &response);
    void fail(const HttpResponse &response, const QString &what);
    void finish(Util::Result<UploadOutcome> result);
    void send(HttpRequest request, std::function<void(const HttpResponse &)> handler);
    QUrl url(const QString &path) const;

    RegistryTransport *m_transport;
    std::shared_ptr<OperationState> m_operation;
    QString m_repository;
    Digest m_digest;
    qint64 m_size;
    QIODevice *m_source;
    qint64 m_sourceStart = 0;
    UploadOptions m_options;
    std::function<void(Util::Result<UploadOutcome>)> m_done;
    QStringList m_scopes;

    QUrl m_location;
    bool m_chunked = false;
    bool m_switched = false;
    qint64 m_chunkSize = 0;
    qint64 m_minChunk = 0;
    qint64 m_offset = 0;
    int m_resumes = 0;
};

} // namespace Oci
