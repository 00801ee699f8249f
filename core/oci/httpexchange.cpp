#include "httpexchange.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

#include "oci/httpheaderparser.h"
#include "oci/registrytransport.h"
#include "util/logging.h"

namespace Oci {

namespace {

constexpr qint64 readBlock = 256 * 1024;
// What Qt may hold for a reply, and so the most it reads from the socket at once: below the heap tuning's
// mmap threshold, so that those buffers are reused rather than mapped and faulted in anew each time.
constexpr qint64 readBufferLimit = 512 * 1024;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Failures of the connection itself, as opposed to HTTP statuses Qt maps to errors and our own aborts.
bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError &&
           error < QNetworkReply::ProxyConnectionRefusedError;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

HttpExchange::HttpExchange(RegistryTransport *transport, const HttpRequest &request,
                           const std::shared_ptr<OperationState> &operation,
                           std::function<void(const HttpResponse &)> done)
    : QObject(transport)
    , m_transport(transport)
    , m_operation(operation)
    , m_request(request)
    , m_url(request.url)
    , m_method(request.method)
    , m_done(std::move(done))
{
    if (m_request.bodyDevice)
        m_bodyStart = m_request.bodyDevice->pos();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpExchange::onIdleTimeout);
}

void HttpExchange::start()
{
    attempt();
}

void HttpExchange::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    HttpResponse response;
    response.method = m_method;
    response.url = m_url;
    response.cancelled = true;
    response.networkError = tr("cancelled");
    finish(response);
}

void HttpExchange::attempt()
{
    if (m_finished)
        return;
    if (!m_transport->configurationError().isEmpty()) {
        HttpResponse response;
        response.method = m_method;
        response.url = m_url;
        response.networkError = m_transport->configurationError();
        finish(response);
        return;
    }
    QPointer<HttpExchange> self(this);
    RegistryTransport *transport = m_transport;
    auto sendInSlot = [self, transport] {
        if (!self || self->m_finished)
            return;
        transport->acquireSlot([self, transport] {
            // The exchange may have been cancelled while it waited for a slot.
            if (!self || self->m_finished) {
                transport->releaseSlot();
                return;
            }
            self->sendNow();
        });
    };
    if (!m_transport->sameOrigin(m_url) || !m_transport->hasBearerRealm()) {
        sendInSlot();
        return;
    }
    // The realm is known from an earlier challenge: ask for the scopes this request needs up front.
    m_transport->ensureToken(m_request.scopes, [self, sendInSlot](bool, const QString &) {
        if (self)
            sendInSlot();
    });
}

QNetworkRequest HttpExchange::buildRequest() const
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setSslConfiguration(m_transport->sslConfiguration());
    // Our own Accept-Encoding keeps Qt from inflating gzip: digests are over the bytes as stored.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("User-Agent", QByteArray("paletteai-registry/" PRC_VERSION));
    for (const auto &header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);
    if (m_request.rangeStart > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_request.rangeStart) + '-');
    const QByteArray authorization = m_transport->authorizationFor(m_url, m_request.scopes);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return request;
}

void HttpExchange::sendNow()
{
    m_body.clear();
    m_received = 0;
    m_streaming = false;
    m_tooLarge = false;
    m_timedOut = false;
    m_rangeChecked = false;
    m_rangeRefused.clear();
    m_tls = {};

    QNetworkRequest request = buildRequest();
    QNetworkAccessManager *network = m_transport->network();
    if (m_request.bodyDevice) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.bodySize);
        // Without this Qt reads a sequential body (a blob still downloading) whole into memory first.
        if (m_request.bodyDevice->isSequential())
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = network->sendCustomRequest(request, m_method, m_request.bodyDevice);
    } else if (m_method == "GET") {
        m_reply = network->get(request);
    } else if (m_method == "HEAD") {
        m_reply = network->head(request);
    } else if (m_method == "DELETE") {
        m_reply = network->deleteResource(request);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        m_reply = network->sendCustomRequest(request, m_method, m_request.body);
    }
    // Without a limit Qt's network thread reads as fast as the socket delivers and queues everything for us;
    // the limit makes it wait while the sink catches up, so memory stays bounded whatever the blob's size.
    m_reply->setReadBufferSize(readBufferLimit);
    connectReply();
    m_idleTimer.start(m_transport->settings().phaseTimeoutMs);
}

void HttpExchange::connectReply()
{
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    // Any progress either way restarts the idle timer: a transfer that moves never times out.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
        m_idleTimer.start();
        if (m_request.progress && m_streaming)
            m_request.progress(done, total);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
        m_idleTimer.start();
        if (m_request.progress && m_request.bodyDevice)
            m_request.progress(done, total);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_transport->settings().insecureSkipVerify) {
            m_reply->ignoreSslErrors();
            return;
        }
        m_tls = TlsDiagnosis::fromCertificateErrors(errors, m_url.host(),
                                                    !m_transport->settings().caCertificatesPem.isEmpty());
    });
}

qint64 HttpExchange::announcedBodySize(const HttpResponse &response) const
{
    // A HEAD answer announces the size of a body it does not send; only a successful GET's body is counted.
    if (m_method != "GET" || !isSuccess(response.status) || m_tooLarge || !response.hasHeader("Content-Length"))
        return -1;
    bool ok = false;
    const qint64 size = response.header("Content-Length").toLongLong(&ok);
    return ok ? size : -1;
}

void HttpExchange::onReadyRead()
{
    if (!m_reply)
        return;
    m_idleTimer.start();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = isSuccess(status);
    // The sink continues at rangeStart: bytes from anywhere else would corrupt it, so they are not taken.
    if (success && m_request.sink && m_request.rangeStart > 0 && !m_rangeChecked) {
        m_rangeChecked = true;
        m_rangeRefused = checkRange(status);
        if (!m_rangeRefused.isEmpty()) {
            m_reply->abort();
            return;
        }
    }
    m_streaming = success && m_request.sink;
    if (m_streaming) {
        // One buffer for the whole body: a fresh block per read would cost page faults on every block.
        if (m_streamBuffer.isEmpty())
            m_streamBuffer.resize(readBlock);
        while (m_reply->bytesAvailable() > 0) {
            const qint64 got = m_reply->read(m_streamBuffer.data(), m_streamBuffer.size());
            if (got <= 0)
                break;
            if (m_request.sink->write(m_streamBuffer.constData(), got) != got) {
                m_sinkError = m_request.sink->errorString();
                m_reply->abort();
                return;
            }
            if (m_request.onData)
                m_request.onData(m_streamBuffer.constData(), got);
            m_received += got;
        }
        return;
    }

    // In memory: a 2xx body over the cap fails the request, an error body is cut at the cap.
    const qint64 cap = success ? m_request.maxBodySize : m_transport->maxErrorBodySize;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (success && announced > cap) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray block = m_reply->read(readBlock);
        m_received += block.size();
        if (m_body.size() + block.size() > cap) {
            m_body += block.left(cap - m_body.size());
            m_tooLarge = true;
            if (success) {
                m_reply->abort();
                return;
            }
        } else {
            m_body += block;
        }
    }
}

QString HttpExchange::checkRange(int status) const
{
    if (status != 206) {
        return tr("asked for the bytes from %1 on, but the server answered %2 with the whole content")
            .arg(m_request.rangeStart)
            .arg(status);
    }
    // "bytes <first>-<last>/<total or *>"
    const QByteArray contentRange = m_reply->rawHeader("Content-Range").trimmed();
    const QByteArray unit = "bytes ";
    const int dash = contentRange.indexOf('-');
    bool ok = false;
    const qint64 first = contentRange.startsWith(unit) && dash > 0
                             ? contentRange.mid(unit.size(), dash - unit.size()).trimmed().toLongLong(&ok)
                             : -1;
    if (!ok || first != m_request.rangeStart) {
        return tr("asked for the bytes from %1 on, but the answer's Content-Range is '%2'")
            .arg(m_request.rangeStart)
            .arg(QString::fromLatin1(contentRange));
    }
    return {};
}

void HttpExchange::onIdleTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

HttpResponse HttpExchange::responseFromReply() const
{
    HttpResponse response;
    response.method = m_method;
    response.url = m_url;
    response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : m_reply->rawHeaderPairs())
        response.headers << qMakePair(pair.first, pair.second);
    response.body = m_body;
    response.bodyTooLarge = m_tooLarge;
    response.bytesReceived = m_received;
    response.otherHost = !m_transport->sameOrigin(m_url);
    return response;
}

void HttpExchange::onFinished()
{
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    if (!m_timedOut && !m_cancelled && !m_tooLarge && m_sinkError.isEmpty() && m_rangeRefused.isEmpty())
        onReadyRead();
    HttpResponse response = responseFromReply();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    m_reply = nullptr;
    reply->deleteLater();
    m_transport->releaseSlot();
    const QString shownUrl = m_url.toDisplayString(response.otherHost ? QUrl::RemoveQuery : QUrl::None);
    if (response.status != 0 && !response.otherHost)
        m_transport->hasAnswered = true;
    Q_EMIT m_transport->requestFinished(QString::fromLatin1(m_method), shownUrl, response.status);
    qCDebug(lcOci) << m_method << shownUrl << "->" << response.status << m_received << "bytes";

    if (!m_rangeRefused.isEmpty() && !m_cancelled) {
        response.rangeRefused = m_rangeRefused;
        finish(response);
        return;
    }
    if (m_cancelled) {
        response.cancelled = true;
        response.networkError = tr("cancelled");
    } else if (m_timedOut) {
        response.networkError =
            tr("no data from %1 for %2 s").arg(m_url.host()).arg(m_transport->settings().phaseTimeoutMs / 1000.0);
        response.interrupted = isSuccess(response.status);
    } else if (!m_sinkError.isEmpty()) {
        response.networkError = tr("cannot write the download: %1").arg(m_sinkError);
    } else if (response.status == 0 && error != QNetworkReply::NoError) {
        if (m_tls.cause == TlsDiagnosis::Cause::None)
            m_tls = TlsDiagnosis::fromHandshakeFailure(errorString,
                                                       !m_transport->settings().clientCertificatePem.isEmpty());
        response.tlsCause = m_tls.cause;
        response.networkError = m_tls.cause == TlsDiagnosis::Cause::None
                                    ? tr("%1: %2").arg(m_url.host(), errorString)
                                    : tr("TLS with %1 failed: %2").arg(m_url.host(), m_tls.words);
    } else if (isSuccess(response.status) && isConnectionFailure(error)) {
        response.interrupted = true;
        response.networkError =
            tr("%1 broke off after %2 bytes: %3").arg(m_url.host()).arg(m_received).arg(errorString);
    } else if (const qint64 announced = announcedBodySize(response); m_received < announced) {
        // Qt may end a reply without an error when the server closes a Connection: close response early.
        response.interrupted = true;
        response.networkError = tr("%1 closed the connection after %2 of the %3 bytes it announced")
                                    .arg(m_url.host())
                                    .arg(m_received)
                                    .arg(announced);
    }
    if (!response.networkError.isEmpty() || (m_tooLarge && isSuccess(response.status))) {
        if (!retryTransientFailure(error, response))
            finish(response);
        return;
    }
    if (handleAuthChallenge(response) || handleRedirect(response) || handleRetry(response))
        return;
    finish(response);
}

bool HttpExchange::rewindBody()
{
    if (!m_request.bodyDevice)
        return true;
    if (m_request.bodyDevice->isSequential())
        return false;
    return m_request.bodyDevice->seek(m_bodyStart);
}

bool HttpExchange::handleAuthChallenge(const HttpResponse &response)
{
    if (response.status != 401 || m_authAttempts >= 2 || !m_transport->sameOrigin(m_url))
        return false;
    const QByteArray challenge = response.header("WWW-Authenticate");
    if (challenge.isEmpty() || !rewindBody())
        return false;
    ++m_authAttempts;
    QPointer<HttpExchange> self(this);
    m_transport->authenticate({challenge}, m_request.scopes, [self, response](bool ok, const QString &error) {
        if (!self)
            return;
        if (ok) {
            self->attempt();
            return;
        }
        HttpResponse failed = response;
        failed.networkError = error;
        self->finish(failed);
    });
    return true;
}

bool HttpExchange::handleRedirect(const HttpResponse &response)
{
    const QByteArray location = response.header("Location");
    if (!isRedirect(response.status) || location.isEmpty())
        return false;
    HttpResponse failed = response;
    if (++m_redirects > m_transport->maxRedirects) {
        failed.networkError = tr("more than %1 redirects").arg(m_transport->maxRedirects);
        finish(failed);
        return true;
    }
    const QUrl target = HttpHeaderParser::resolveLocation(location, m_url);
    const bool downgrade = m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
    if (downgrade && !m_transport->settings().plainHttp) {
        failed.networkError = tr("refused a redirect from HTTPS to %1").arg(target.toDisplayString());
        finish(failed);
        return true;
    }
    if (!rewindBody()) {
        failed.networkError = tr("cannot resend the body after a redirect to %1").arg(target.toDisplayString());
        finish(failed);
        return true;
    }
    if (response.status == 303) {
        m_method = "GET";
        m_request.body.clear();
        m_request.bodyDevice = nullptr;
    }
    m_url = target;
    attempt();
    return true;
}

bool HttpExchange::handleRetry(const HttpResponse &response)
{
    if ((response.status != 429 && response.status != 503) || m_retries >= m_transport->maxRetries)
        return false;
    if (!rewindBody())
        return false;
    const auto retryAfter =
        HttpHeaderParser::retryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    const int base = m_transport->baseBackoffMs;
    const qint64 backoff = qint64(base) * (1LL << m_retries) + QRandomGenerator::global()->bounded(base + 1);
    scheduleRetry(retryAfter ? *retryAfter : backoff, tr("%1 answered %2").arg(m_url.host()).arg(response.status));
    return true;
}

bool HttpExchange::retryTransientFailure(QNetworkReply::NetworkError error, const HttpResponse &response)
{
    // A dropped connection is retried for requests that change nothing and delivered nothing yet.
    const bool transient =
        error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::TemporaryNetworkFailureError ||
        error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::ProxyConnectionClosedError;
    const bool idempotent = m_method == "GET" || m_method == "HEAD";
    // Nothing listening at a registry that never answered is a wrong address, not one restarting.
    if (error == QNetworkReply::ConnectionRefusedError && !m_transport->hasAnswered)
        return false;
    if (!transient || !idempotent || m_received > 0 || m_cancelled || m_retries >= m_transport->maxRetries)
        return false;
    const int base = m_transport->baseBackoffMs;
    scheduleRetry(qint64(base) * (1LL << m_retries) + QRandomGenerator::global()->bounded(base + 1),
                  response.networkError);
    return true;
}

void HttpExchange::scheduleRetry(qint64 waitMs, const QString &reason)
{
    ++m_retries;
    const qint64 wait = qMin<qint64>(waitMs, m_transport->maxRetryWaitMs);
    Q_EMIT m_transport->waiting(tr("%1 for %2 %3; waiting %4 s before retry %5 of %6")
                                    .arg(reason, QString::fromLatin1(m_method), m_url.path())
                                    .arg(wait / 1000.0, 0, 'f', 1)
                                    .arg(m_retries)
                                    .arg(m_transport->maxRetries),
                                int(wait));
    QTimer::singleShot(int(wait), this, &HttpExchange::attempt);
}

void HttpExchange::finish(const HttpResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    auto done = std::move(m_done);
    m_operation.reset();
    deleteLater();
    if (done)
        done(response);
}

} // namespace Oci
