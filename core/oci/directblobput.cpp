#include "directblobput.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkProxy>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

#include "oci/proxyresolver.h"
#include "oci/registrytransport.h"
#include "oci/tlsdiagnosis.h"
#include "util/heaptuning.h"
#include "util/logging.h"

namespace Oci {

namespace {

constexpr qint64 blockSize = 512 * 1024;
// Bytes queued in the socket before waiting for bytesWritten: enough to keep the kernel's buffer full.
constexpr qint64 highWater = 4 * blockSize;
constexpr qint64 maxHeadSize = 64 * 1024;
constexpr int cancelPollMs = 200;

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// Decodes a complete chunked body; std::nullopt when it is malformed or not complete yet.
std::optional<QByteArray> decodeChunked(const QByteArray &data)
{
    QByteArray body;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArray sizeText = data.mid(at, lineEnd - at);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return std::nullopt;
        at = lineEnd + 2;
        if (size == 0)
            return body;
        if (data.size() < at + size + 2)
            return std::nullopt;
        body += data.mid(at, size);
        at += size + 2;
    }
}

} // namespace

bool DirectBlobPut::applies(const RegistryTransport *transport, const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (!transport->sameOrigin(url) || !transport->configurationError().isEmpty())
        return false;
    if (transport->settings().proxy)
        return transport->settings().proxy->type() == QNetworkProxy::NoProxy;
    return !ProxyResolver().proxyFor(url).has_value();
}

DirectBlobPut::DirectBlobPut(RegistryTransport *transport, const HttpRequest &request,
                             const std::shared_ptr<OperationState> &operation, Done done)
    : QObject(transport)
    , m_transport(transport)
    , m_operation(operation)
    , m_request(request)
    , m_done(std::move(done))
{
    Util::keepLargeBuffersOutOfHeaps();
    m_sourceStart = request.bodyDevice ? request.bodyDevice->pos() : 0;
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &DirectBlobPut::onIdleTimeout);
    m_continueTimer.setSingleShot(true);
    connect(&m_continueTimer, &QTimer::timeout, this, &DirectBlobPut::startBody);
    // The operation's cancel reaches HttpExchange objects only; a direct PUT looks at the flag instead.
    connect(&m_cancelTimer, &QTimer::timeout, this, &DirectBlobPut::checkCancelled);
}

void DirectBlobPut::start()
{
    if (!m_request.bodyDevice || m_request.bodySize < 0) {
        finish(std::nullopt);
        return;
    }
    QPointer<DirectBlobPut> self(this);
    RegistryTransport *transport = m_transport;
    auto inSlot = [self, transport] {
        if (!self)
            return;
        transport->acquireSlot([self, transport] {
            if (!self || self->m_state == State::Done) {
                transport->releaseSlot();
                return;
            }
            self->m_slot = true;
            self->connectNow();
        });
    };
    if (!m_transport->hasBearerRealm()) {
        inSlot();
        return;
    }
    // Same as HttpExchange: with a known realm, the token for these scopes is fetched before sending.
    m_transport->ensureToken(m_request.scopes, [inSlot](bool, const QString &) { inSlot(); });
}

void DirectBlobPut::connectNow()
{
    const QUrl &url = m_request.url;
    m_cancelTimer.start(cancelPollMs);
    m_idleTimer.start(m_transport->settings().phaseTimeoutMs);
    if (url.scheme() == QLatin1String("https")) {
        m_socket = makeTlsSocket();
    } else {
        m_socket = new QTcpSocket(this);
        m_socket->setProxy(QNetworkProxy::NoProxy);
        connect(m_socket, &QTcpSocket::connected, this, &DirectBlobPut::sendHead);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &DirectBlobPut::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_idleTimer.start();
        pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &DirectBlobPut::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &DirectBlobPut::onSocketError);
    connect(m_request.bodyDevice, &QIODevice::readyRead, this, [this] {
        if (m_sourceWaiting)
            pump();
    });

    const quint16 port = quint16(url.port(defaultPort(url)));
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket.data()))
        tls->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

QSslSocket *DirectBlobPut::makeTlsSocket()
{
    auto *socket = new QSslSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->setSslConfiguration(m_transport->sslConfiguration());
    socket->setPeerVerifyName(m_request.url.host());
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (m_transport->settings().insecureSkipVerify) {
            socket->ignoreSslErrors();
            return;
        }
        m_tlsErrors = TlsDiagnosis::fromCertificateErrors(errors, m_request.url.host(),
                                                          !m_transport->settings().caCertificatesPem.isEmpty())
                          .words;
    });
    connect(socket, &QSslSocket::encrypted, this, &DirectBlobPut::sendHead);
    // bytesWritten reports bytes encrypted, not sent: the encrypted queue drains with this one.
    connect(socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        m_idleTimer.start();
        pump();
    });
    return socket;
}

void DirectBlobPut::sendHead()
{
    const QUrl &url = m_request.url;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() >= 0 && url.port() != defaultPort(url))
        host += ':' + QByteArray::number(url.port());
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray head = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    head += "User-Agent: paletteai-registry/" PRC_VERSION "\r\nAccept-Encoding: identity\r\n";
    head += "Content-Length: " + QByteArray::number(m_request.bodySize) + "\r\n";
    head += "Expect: 100-continue\r\nConnection: close\r\n";
    for (const auto &header : std::as_const(m_request.headers))
        head += header.first + ": " + header.second + "\r\n";
    const QByteArray authorization = m_transport->authorizationFor(url, m_request.scopes);
    if (!authorization.isEmpty())
        head += "Authorization: " + authorization + "\r\n";
    head += "\r\n";

    m_state = State::AwaitingContinue;
    m_socket->write(head);
    m_continueTimer.start(continueTimeoutMs);
}

void DirectBlobPut::startBody()
{
    if (m_state != State::AwaitingContinue)
        return;
    m_continueTimer.stop();
    m_state = State::Sending;
    pump();
}

void DirectBlobPut::pump()
{
    if (m_state != State::Sending)
        return;
    checkCancelled();
    QIODevice *source = m_request.bodyDevice;
    m_sourceWaiting = false;
    while (m_state == State::Sending && m_sent < m_request.bodySize && queuedBytes() < highWater) {
        QByteArray &block = reusableBlock();
        block.resize(qMin(blockSize, m_request.bodySize - m_sent));
        const qint64 got = source->read(block.data(), block.size());
        if (got == 0 && source->isSequential() && !source->atEnd()) {
            // A sequential source that has nothing yet announces more with readyRead.
            m_sourceWaiting = true;
            return;
        }
        if (got <= 0) {
            const QString reason = got < 0 ? source->errorString() : tr("it ended");
            fail(tr("the source could not be read at byte %1 of %2: %3")
                     .arg(m_sent)
                     .arg(m_request.bodySize)
                     .arg(reason));
            return;
        }
        block.truncate(got);
        m_socket->write(block);
        m_sent += block.size();
        if (m_request.progress)
            m_request.progress(m_sent, m_request.bodySize);
    }
    if (m_sent >= m_request.bodySize && m_state == State::Sending)
        m_state = State::Receiving;
}

QByteArray &DirectBlobPut::reusableBlock()
{
    // The socket keeps a reference to each block it has not sent yet; a block nobody else holds is free.
    // Reusing a few fixed blocks spares a fresh allocation, and its page faults, for every block.
    for (QByteArray &block : m_blocks) {
        if (block.isDetached())
            return block;
    }
    m_blocks.append(QByteArray(blockSize, Qt::Uninitialized));
    return m_blocks.last();
}

qint64 DirectBlobPut::queuedBytes() const
{
    // A TLS socket encrypts its queue at once and keeps the result in a queue of its own.
    qint64 queued = m_socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(m_socket.data()))
        queued += tls->encryptedBytesToWrite();
    return queued;
}

void DirectBlobPut::onReadyRead()
{
    m_idleTimer.start();
    m_input += m_socket->readAll();
    if (m_state == State::Done)
        return;
    if (m_status == 0 && !parseHead())
        return;
    if (m_status != 0 && bodyComplete(false))
        finishResponse();
}

bool DirectBlobPut::parseHead()
{
    for (;;) {
        const qsizetype end = m_input.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_input.size() > maxHeadSize)
                fail(tr("the response headers exceed %1 KiB").arg(maxHeadSize / 1024));
            return false;
        }
        const QList<QByteArray> lines = m_input.left(end).split('\n');
        m_input.remove(0, end + 4);

        const QByteArray statusLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0);
        bool ok = false;
        const int status = statusLine.mid(9, 3).toInt(&ok);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || !ok || status < 100 || status > 599 ||
            (statusLine.size() > 12 && statusLine.at(12) != ' ')) {
            fail(tr("malformed response status line: %1").arg(QString::fromLatin1(statusLine.left(80))));
            return false;
        }
        if (status == 100) {
            startBody();
            continue;
        }
        if (status < 200) // other interim responses are skipped
            continue;

        QList<QPair<QByteArray, QByteArray>> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).chopped(lines.at(i).endsWith('\r') ? 1 : 0);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon))) {
                fail(tr("malformed response header: %1").arg(QString::fromLatin1(line.left(80))));
                return false;
            }
            headers << qMakePair(line.left(colon), line.mid(colon + 1).trimmed());
        }
        m_headers = headers;
        m_status = status;
        // A final answer before the body was sent: the registry will not read it.
        if (m_state == State::AwaitingContinue || m_state == State::Sending) {
            m_continueTimer.stop();
            m_state = State::Receiving;
        }
        const HttpResponse view = baseResponse();
        m_chunked = view.header("Transfer-Encoding").toLower().contains("chunked");
        if (!m_chunked && view.hasHeader("Content-Length")) {
            m_contentLength = view.header("Content-Length").toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(tr("malformed Content-Length in the response"));
                return false;
            }
        }
        return true;
    }
}

qint64 DirectBlobPut::bodyCap() const
{
    return m_status >= 200 && m_status < 300 ? m_request.maxBodySize : m_transport->maxErrorBodySize;
}

bool DirectBlobPut::bodyComplete(bool closed)
{
    // Past the cap (with room for chunk framing) nothing more is read: the answer is cut there.
    if (m_input.size() > bodyCap() + maxHeadSize)
        return true;
    if (m_chunked)
        return decodeChunked(m_input).has_value();
    if (m_contentLength >= 0)
        return m_input.size() >= m_contentLength;
    return closed;
}

void DirectBlobPut::onDisconnected()
{
    if (m_state == State::Done)
        return;
    m_input += m_socket->readAll();
    if (m_status == 0)
        parseHead();
    if (m_state == State::Done)
        return;
    if (m_status != 0 && bodyComplete(true)) {
        finishResponse();
        return;
    }
    lose(m_socket->error() == QAbstractSocket::UnknownSocketError ? tr("the connection was closed")
                                                                  : m_socket->errorString());
}

void DirectBlobPut::onSocketError()
{
    if (m_state == State::Done)
        return;
    // A close may come with a complete response still in the socket's buffer: that response wins.
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    lose(m_tlsErrors.isEmpty() ? m_socket->errorString() : tr("TLS failed: %1").arg(m_tlsErrors));
}

void DirectBlobPut::lose(const QString &reason)
{
    // Once body bytes went out the registry's session may hold part of them: a clear error beats a resend.
    if (m_status == 0 && m_sent == 0 && m_request.bodyDevice->pos() == m_sourceStart) {
        qCDebug(lcOci) << "direct PUT not possible, using the HTTP stack:" << reason;
        fallBack();
        return;
    }
    if (m_status == 0) {
        fail(tr("%1: connection lost after %2 of %3 body bytes: %4")
                 .arg(m_request.url.host())
                 .arg(m_sent)
                 .arg(m_request.bodySize)
                 .arg(reason));
        return;
    }
    fail(tr("%1: connection lost while reading the response: %2").arg(m_request.url.host(), reason));
}

void DirectBlobPut::onIdleTimeout()
{
    if (m_state == State::Done)
        return;
    const QString message =
        tr("no data from %1 for %2 s").arg(m_request.url.host()).arg(m_transport->settings().phaseTimeoutMs / 1000.0);
    if (m_state == State::Connecting) {
        fallBack();
        return;
    }
    fail(message);
}

void DirectBlobPut::checkCancelled()
{
    if (m_state == State::Done || !m_operation || !m_operation->cancelled)
        return;
    HttpResponse response = baseResponse();
    response.status = 0;
    response.cancelled = true;
    response.networkError = tr("cancelled");
    finish(response);
}

bool DirectBlobPut::sourceUntouched() const
{
    if (m_sent == 0 && m_request.bodyDevice->pos() == m_sourceStart)
        return true;
    return !m_request.bodyDevice->isSequential() && m_request.bodyDevice->seek(m_sourceStart);
}

void DirectBlobPut::fallBack()
{
    finish(std::nullopt);
}

void DirectBlobPut::fail(const QString &error)
{
    HttpResponse response = baseResponse();
    response.status = 0;
    response.networkError = error;
    finish(response);
}

void DirectBlobPut::finishResponse()
{
    HttpResponse response = baseResponse();
    // 401: the transport answers the challenge, as long as the body can still be sent from its start.
    if (response.status == 401 && sourceUntouched()) {
        fallBack();
        return;
    }
    QByteArray body = m_chunked ? decodeChunked(m_input).value_or(QByteArray()) : m_input;
    if (m_contentLength >= 0)
        body.truncate(m_contentLength);
    response.bytesReceived = body.size();
    if (body.size() > bodyCap() || m_input.size() > bodyCap() + maxHeadSize) {
        body.truncate(bodyCap());
        response.bodyTooLarge = true;
    }
    response.body = body;
    finish(response);
}

HttpResponse DirectBlobPut::baseResponse() const
{
    HttpResponse response;
    response.method = m_request.method;
    response.url = m_request.url;
    response.status = m_status;
    response.headers = m_headers;
    return response;
}

void DirectBlobPut::finish(std::optional<HttpResponse> response)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_idleTimer.stop();
    m_continueTimer.stop();
    m_cancelTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_request.bodyDevice)
        m_request.bodyDevice->disconnect(this);
    if (m_slot) {
        m_slot = false;
        m_transport->releaseSlot();
    }
    if (response) {
        qCDebug(lcOci) << "direct" << m_request.method << m_request.url.toDisplayString() << "->" << response->status
                       << m_sent << "bytes sent";
        Q_EMIT m_transport->requestFinished(QString::fromLatin1(m_request.method), m_request.url.toDisplayString(),
                                            response->status);
    }
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(response));
}

} // namespace Oci
