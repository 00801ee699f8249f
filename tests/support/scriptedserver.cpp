#include "scriptedserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace TestSupport {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray ScriptedServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool ScriptedServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    adopt(std::make_unique<QTcpServer>());
}

void ScriptedServer::adopt(std::unique_ptr<QTcpServer> server)
{
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    // Sockets are children of the server member and would call back into members already gone.
    const auto sockets = m_server->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool ScriptedServer::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

bool ScriptedServer::listenTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QSslCertificate::fromData(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    adopt(std::move(server));
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString ScriptedServer::hostPort() const
{
    const QHostAddress address = m_server->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(port());
}

QByteArray ScriptedServer::baseUrl() const
{
    return (m_tls ? "https://" : "http://") + hostPort().toLatin1();
}

void ScriptedServer::on(const QByteArray &method, const QString &targetPattern, Handler handler)
{
    m_routes << Route{method, QRegularExpression(targetPattern), std::move(handler)};
}

void ScriptedServer::reset()
{
    m_routes.clear();
    m_requests.clear();
}

QList<ScriptedServer::Request> ScriptedServer::requestsTo(const QString &pathPattern) const
{
    const QRegularExpression pattern(pathPattern);
    QList<Request> out;
    for (const Request &request : m_requests) {
        if (pattern.match(QString::fromLatin1(request.path())).hasMatch())
            out << request;
    }
    return out;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_buffers[socket] += socket->readAll();
            processBuffer(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::processBuffer(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers << qMakePair(lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = request.header("Content-Length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests << request;
        respond(socket, request);
        if (!m_buffers.contains(socket))
            return;
    }
}

void ScriptedServer::respond(QTcpSocket *socket, const Request &request)
{
    Response response{404,   {},    R"({"errors":[{"code":"NOT_FOUND","message":"no scripted route"}]})",
                      false, false, false};
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == request.method && route.pattern.match(QString::fromLatin1(request.target)).hasMatch()) {
            response = route.handler(request);
            break;
        }
    }
    if (response.stall)
        return;
    if (response.hangUp) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &header : std::as_const(response.headers)) {
        head += header.first + ": " + header.second + "\r\n";
        hasLength = hasLength || header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (response.closeDelimited)
        head += "Connection: close\r\n";
    else if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    socket->write(head + "\r\n");
    if (response.dripMs > 0 && request.method != "HEAD") {
        // One tenth of the body (at least a byte) per interval: slow, but never idle for long.
        drip(socket, response.body, qMax<qsizetype>(1, response.body.size() / 10), response.dripMs);
        return;
    }
    if (request.method != "HEAD")
        socket->write(response.body);
    if (response.closeDelimited) {
        m_buffers.remove(socket);
        socket->disconnectFromHost();
    }
}

void ScriptedServer::drip(QTcpSocket *socket, const QByteArray &rest, qsizetype piece, int intervalMs)
{
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(intervalMs, this, [this, guard, rest, piece, intervalMs] {
        if (!guard)
            return;
        guard->write(rest.left(piece));
        if (rest.size() > piece)
            drip(guard, rest.mid(piece), piece, intervalMs);
    });
}

} // namespace TestSupport
