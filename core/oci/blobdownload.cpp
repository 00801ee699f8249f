#include "blobdownload.h"

#include <QIODevice>
#include <QRandomGenerator>
#include <QTimer>

#include "oci/registryerror.h"
#include "oci/registrytransport.h"

namespace Oci {

BlobDownload::BlobDownload(RegistryTransport *transport, const std::shared_ptr<OperationState> &operation,
                           const QUrl &url, const QString &scope, const Digest &digest, qint64 expectedSize,
                           QIODevice *sink, std::function<void(qint64, qint64)> progress,
                           std::function<void(Util::Result<qint64>)> done)
    : QObject(transport)
    , m_transport(transport)
    , m_operation(operation)
    , m_url(url)
    , m_scope(scope)
    , m_digest(digest)
    , m_expectedSize(expectedSize)
    , m_sink(sink)
    , m_progress(std::move(progress))
    , m_done(std::move(done))
    , m_hasher(std::make_shared<DigestHasher>(digest.algorithm()))
{
}

void BlobDownload::setResumePoint(std::shared_ptr<DigestHasher> hasher)
{
    if (hasher)
        m_hasher = std::move(hasher);
}

void BlobDownload::start()
{
    if (!m_sink || !m_sink->isOpen() || !m_sink->isWritable()) {
        finish(Util::makeError(
            tr("cannot download blob %1: the destination is not open for writing").arg(m_digest.toString())));
        return;
    }
    if (!m_sink->isSequential())
        m_sinkStart = m_sink->pos() - m_hasher->bytesHashed();
    request();
}

void BlobDownload::request()
{
    const qint64 offset = m_hasher->bytesHashed();
    HttpRequest request;
    request.url = m_url;
    request.scopes << m_scope;
    request.sink = m_sink;
    request.rangeStart = offset;
    DigestHasher *hasher = m_hasher.get();
    request.onData = [hasher](const char *data, qint64 size) {
        hasher->addData(data, size);
    };
    if (m_progress) {
        // The exchange counts the bytes of its own answer; the user wants them counted from the blob's start.
        request.progress = [progress = m_progress, offset](qint64 done, qint64 total) {
            progress(offset + done, total < 0 ? -1 : offset + total);
        };
    }
    m_transport->send(request, m_operation, [this](const HttpResponse &response) { onResponse(response); });
}

void BlobDownload::onResponse(const HttpResponse &response)
{
    if (response.cancelled || (m_operation && m_operation->cancelled)) {
        finishCancelled();
        return;
    }
    if (!response.rangeRefused.isEmpty()) {
        restartOrFail(response);
        return;
    }
    if (brokeOff(response)) {
        resume(response);
        return;
    }
    // 206 answers a Range request; the exchange has checked that it starts where the sink continues.
    if ((response.status != 200 && response.status != 206) || !response.networkError.isEmpty()) {
        finish(RegistryError::fromResponse(response, tr("downloading blob %1").arg(m_digest.toString())));
        return;
    }
    verify(response);
}

// A body that stopped short: the connection failed during it, or a body without Content-Length (delimited by
// the connection closing) ended before the descriptor's size. A complete body of the wrong size is not resumed.
bool BlobDownload::brokeOff(const HttpResponse &response) const
{
    const bool success = response.status == 200 || response.status == 206;
    if (!success)
        return false;
    if (response.interrupted)
        return true;
    return response.networkError.isEmpty() && !response.hasHeader("Content-Length") && m_expectedSize >= 0 &&
           m_hasher->bytesHashed() < m_expectedSize;
}

void BlobDownload::resume(const HttpResponse &response)
{
    const qint64 received = m_hasher->bytesHashed();
    const QString total = m_expectedSize >= 0 ? QString::number(m_expectedSize) : tr("unknown");
    if (m_resumes >= maxResumes) {
        finish(Util::makeError(
            tr("%1: the download broke off %2 times; gave up with %3 of %4 bytes received (%5)")
                .arg(response.request())
                .arg(m_resumes + 1)
                .arg(received)
                .arg(total)
                .arg(response.networkError.isEmpty() ? tr("the body ended early") : response.networkError)));
        return;
    }
    const int base = m_transport->baseBackoffMs;
    const qint64 backoff = qint64(base) * (1LL << m_resumes) + QRandomGenerator::global()->bounded(base + 1);
    const int wait = int(qMin<qint64>(backoff, m_transport->maxRetryWaitMs));
    ++m_resumes;
    // Cancelling during the wait (even from a slot of waiting()) ends the download at once.
    m_operation->cancelWait = [this] {
        finishCancelled();
    };
    Q_EMIT m_transport->waiting(tr("%1 broke off at byte %2 of %3; resuming from there in %4 s (attempt %5 of %6)")
                                    .arg(response.request())
                                    .arg(received)
                                    .arg(total)
                                    .arg(wait / 1000.0, 0, 'f', 1)
                                    .arg(m_resumes)
                                    .arg(maxResumes),
                                wait);

    QTimer::singleShot(wait, this, [this] {
        if (!m_done)
            return;
        m_operation->cancelWait = nullptr;
        if (m_operation->cancelled)
            finishCancelled();
        else
            request();
    });
}

void BlobDownload::restartOrFail(const HttpResponse &response)
{
    const qint64 received = m_hasher->bytesHashed();
    // A server that ignores Range sends the whole blob again: a file can take it from its start, a stream not.
    const bool wholeAgain = response.status == 200;
    if (wholeAgain && m_sinkStart >= 0 && m_resumes < maxResumes && m_sink->seek(m_sinkStart)) {
        ++m_resumes;
        m_hasher = std::make_shared<DigestHasher>(m_digest.algorithm());
        Q_EMIT m_transport->waiting(tr("%1 does not resume downloads (Range ignored); starting blob %2 over")
                                        .arg(response.request(), m_digest.toString()),
                                    0);
        request();
        return;
    }
    QString why = response.rangeRefused;
    if (wholeAgain && m_sinkStart < 0)
        why = tr("the server ignores Range requests and the destination cannot start over");
    else if (wholeAgain)
        why = tr("the server ignores Range requests and %1 fresh starts did not complete it").arg(m_resumes);
    finish(Util::makeError(tr("%1: cannot resume the download of %2 after %3 bytes: %4")
                               .arg(response.request(), m_digest.toString())
                               .arg(received)
                               .arg(why)));
}

void BlobDownload::verify(const HttpResponse &response)
{
    const qint64 received = m_hasher->bytesHashed();
    if (m_expectedSize >= 0 && received != m_expectedSize) {
        finish(Util::makeError(tr("%1: received %2 bytes, the descriptor says %3")
                                   .arg(response.request())
                                   .arg(received)
                                   .arg(m_expectedSize)));
        return;
    }
    const Digest actual = m_hasher->result();
    if (actual != m_digest) {
        finish(Util::makeError(tr("%1: the bytes received hash to %2, not to the requested digest")
                                   .arg(response.request(), actual.toString())));
        return;
    }
    finish(received);
}

void BlobDownload::finishCancelled()
{
    finish(Util::makeError(tr("download of %1 cancelled").arg(m_digest.toString())));
}

void BlobDownload::finish(Util::Result<qint64> result)
{
    if (m_operation)
        m_operation->cancelWait = nullptr;
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(result));
}

} // namespace Oci
