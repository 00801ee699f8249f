#include "blobupload.h"

#include <QCoreApplication>
#include <QIODevice>

#include "oci/directblobput.h"
#include "oci/httpheaderparser.h"
#include "oci/registryerror.h"
#include "oci/registrytransport.h"

namespace Oci {

namespace {

constexpr qint64 fallbackChunkSize = 8 * 1024 * 1024;
constexpr int maxResumes = 3;

} // namespace

BlobUpload::BlobUpload(RegistryTransport *transport, const std::shared_ptr<OperationState> &operation,
                       const QString &repository, const Digest &digest, qint64 size, QIODevice *source,
                       const UploadOptions &options, std::function<void(Util::Result<UploadOutcome>)> done)
    : QObject(transport)
    , m_transport(transport)
    , m_operation(operation)
    , m_repository(repository)
    , m_digest(digest)
    , m_size(size)
    , m_source(source)
    , m_options(options)
    , m_done(std::move(done))
{
    m_sourceStart = source ? source->pos() : 0;
    m_chunked = options.chunkSize > 0;
    m_chunkSize = options.chunkSize;
    m_scopes << QStringLiteral("repository:%1:pull,push").arg(repository);
    if (!options.mountFrom.isEmpty() && options.mountFrom != repository)
        m_scopes << QStringLiteral("repository:%1:pull").arg(options.mountFrom);
}

QUrl BlobUpload::url(const QString &path) const
{
    QUrl url = m_transport->baseUrl();
    url.setPath(path);
    return url;
}

void BlobUpload::send(HttpRequest request, std::function<void(const HttpResponse &)> handler)
{
    request.scopes = m_scopes;
    m_transport->send(request, m_operation, [this, handler = std::move(handler)](const HttpResponse &response) {
        if (!finishIfCancelled(response))
            handler(response);
    });
}

void BlobUpload::start()
{
    if (!m_source || !m_source->isOpen() || !m_source->isReadable()) {
        finish(Util::makeError(
            tr("upload of %1 to %2: the source is not readable").arg(m_digest.toString(), m_repository)));
        return;
    }
    if (m_options.skipExisting)
        checkExists();
    else
        tryMount();
}

void BlobUpload::checkExists()
{
    HttpRequest request;
    request.method = "HEAD";
    request.url = url(QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, m_digest.toString()));
    send(request, [this](const HttpResponse &response) {
        if (response.status == 200) {
            finish(UploadOutcome::AlreadyPresent);
            return;
        }
        tryMount();
    });
}

void BlobUpload::tryMount()
{
    if (m_options.mountFrom.isEmpty() || m_options.mountFrom == m_repository) {
        startSession();
        return;
    }
    HttpRequest request;
    request.method = "POST";
    QUrl target = url(QStringLiteral("/v2/%1/blobs/uploads/").arg(m_repository));
    target = HttpHeaderParser::addQueryItem(target, "mount", m_digest.toString());
    request.url = HttpHeaderParser::addQueryItem(target, "from", m_options.mountFrom);
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    send(request, [this](const HttpResponse &response) {
        if (response.status == 201) {
            finish(UploadOutcome::Mounted);
            return;
        }
        // 202 opens an ordinary upload session; anything else falls back to a fresh one.
        if (response.status == 202 && takeLocation(response)) {
            m_chunked ? sendChunk() : putMonolithic();
            return;
        }
        startSession();
    });
}

void BlobUpload::startSession()
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QStringLiteral("/v2/%1/blobs/uploads/").arg(m_repository));
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    send(request, [this](const HttpResponse &response) {
        if (response.status != 202 || !takeLocation(response)) {
            fail(response, tr("starting the upload of %1").arg(m_digest.toString()));
            return;
        }
        bool ok = false;
        const qint64 minimum = response.header("OCI-Chunk-Min-Length").toLongLong(&ok);
        if (ok && minimum > 0)
            m_minChunk = minimum;
        m_offset = 0;
        m_chunked ? sendChunk() : putMonolithic();
    });
}

bool BlobUpload::takeLocation(const HttpResponse &response)
{
    const QByteArray location = response.header("Location");
    if (location.isEmpty())
        return false;
    // Each response's Location replaces the previous one; it may be relative and may carry state.
    m_location = HttpHeaderParser::resolveLocation(location, response.url);
    return true;
}

void BlobUpload::putMonolithic()
{
    if (!m_source->seek(m_sourceStart) && !m_source->isSequential()) {
        finish(Util::makeError(tr("upload of %1: cannot rewind the source").arg(m_digest.toString())));
        return;
    }
    HttpRequest request;
    request.method = "PUT";
    request.url = HttpHeaderParser::addQueryItem(m_location, "digest", m_digest.toString());
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    request.bodyDevice = m_source;
    request.bodySize = m_size;
    request.progress = m_options.progress;
    request.scopes = m_scopes;
    auto handler = [this](const HttpResponse &response) {
        if (response.status == 413 || response.status == 416) {
            switchMode(response);
            return;
        }
        if (response.status != 201) {
            fail(response, tr("uploading %1").arg(m_digest.toString()));
            return;
        }
        finishUploaded(response);
    };
    if (!DirectBlobPut::applies(m_transport, request.url)) {
        send(request, handler);
        return;
    }
    // The whole blob in one request is where the HTTP stack's small upload blocks cost the most.
    auto *direct = new DirectBlobPut(m_transport, request, m_operation,
                                     [this, request, handler](std::optional<HttpResponse> response) {
                                         if (!response)
                                             send(request, handler);
                                         else if (!finishIfCancelled(*response))
                                             handler(*response);
                                     });
    direct->start();
}

void BlobUpload::sendChunk()
{
    if (m_offset >= m_size) {
        complete();
        return;
    }
    const qint64 chunk = qMax(qMax(m_chunkSize, m_minChunk), qint64(1));
    const qint64 length = qMin(chunk, m_size - m_offset);
    if (!m_source->seek(m_sourceStart + m_offset)) {
        finish(Util::makeError(tr("upload of %1: chunked uploads need a seekable source").arg(m_digest.toString())));
        return;
    }
    // One chunk is held in memory; the chunk size bounds it.
    HttpRequest request;
    request.method = "PATCH";
    request.url = m_location;
    request.body = m_source->read(length);
    if (request.body.size() != length) {
        finish(Util::makeError(tr("upload of %1: the source ended at byte %2 of %3")
                                   .arg(m_digest.toString())
                                   .arg(m_offset + request.body.size())
                                   .arg(m_size)));
        return;
    }
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"))
                    << qMakePair(QByteArray("Content-Range"),
                                 QByteArray::number(m_offset) + '-' + QByteArray::number(m_offset + length - 1));
    send(request, [this, length](const HttpResponse &response) {
        if (response.status == 202) {
            takeLocation(response);
            const auto end = HttpHeaderParser::rangeEnd(response.header("Range"));
            m_offset = end ? *end + 1 : m_offset + length;
            if (m_options.progress)
                m_options.progress(m_offset, m_size);
            sendChunk();
        } else if (response.status == 416 || (response.status == 0 && m_resumes < maxResumes)) {
            ++m_resumes;
            queryStatus();
        } else if (response.status == 413) {
            switchMode(response);
        } else {
            fail(response, tr("uploading a chunk of %1").arg(m_digest.toString()));
        }
    });
}

void BlobUpload::queryStatus()
{
    // Where did the server get to? Its Range answers; an upload resumes from there.
    HttpRequest request;
    request.url = m_location;
    send(request, [this](const HttpResponse &response) {
        if (response.status != 204 && response.status != 200) {
            if (m_resumes > maxResumes || m_switched) {
                fail(response, tr("resuming the upload of %1").arg(m_digest.toString()));
                return;
            }
            switchMode(response);
            return;
        }
        takeLocation(response);
        const auto end = HttpHeaderParser::rangeEnd(response.header("Range"));
        m_offset = end ? *end + 1 : 0;
        sendChunk();
    });
}

void BlobUpload::switchMode(const HttpResponse &response)
{
    if (m_switched) {
        fail(response, tr("uploading %1 (both monolithic and chunked uploads were refused)").arg(m_digest.toString()));
        return;
    }
    m_switched = true;
    m_chunked = !m_chunked;
    if (m_chunked && m_chunkSize <= 0)
        m_chunkSize = fallbackChunkSize;
    startSession();
}

void BlobUpload::complete()
{
    HttpRequest request;
    request.method = "PUT";
    request.url = HttpHeaderParser::addQueryItem(m_location, "digest", m_digest.toString());
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    send(request, [this](const HttpResponse &response) {
        if (response.status != 201) {
            fail(response, tr("completing the upload of %1").arg(m_digest.toString()));
            return;
        }
        finishUploaded(response);
    });
}

void BlobUpload::finishUploaded(const HttpResponse &response)
{
    // The registry names what it stored; a different digest of the same algorithm means corrupted content.
    const auto stored = Digest::parse(QString::fromLatin1(response.header("Docker-Content-Digest").trimmed()));
    if (stored && stored->algorithm() == m_digest.algorithm() && *stored != m_digest) {
        finish(Util::makeError(tr("%1: the registry stored %2 instead of %3")
                                   .arg(response.request(), stored->toString(), m_digest.toString())));
        return;
    }
    finish(UploadOutcome::Uploaded);
}

bool BlobUpload::finishIfCancelled(const HttpResponse &response)
{
    if (!response.cancelled && !(m_operation && m_operation->cancelled))
        return false;
    finish(Util::makeError(tr("upload of %1 cancelled").arg(m_digest.toString())));
    return true;
}

void BlobUpload::fail(const HttpResponse &response, const QString &what)
{
    finish(RegistryError::fromResponse(response, what));
}

void BlobUpload::finish(Util::Result<UploadOutcome> result)
{
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(result));
}

} // namespace Oci
