#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QRegularExpression>
#include <QSslServer>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace TestSupport {

/// A tiny HTTP/1.1 server on 127.0.0.1 that answers from a script and records every request, for the
/// registry behaviours a real registry cannot be made to show (token challenges, 429, redirects to another
/// host, missing or hostile headers and bodies). Keep-alive is supported; request bodies need
/// Content-Length. Routes are tried in the order added; an unmatched request gets 404.
///
///     ScriptedServer server;
///     server.on("GET", "^/v2/$", [](const auto &) { return ScriptedServer::Response{200}; });
///     QVERIFY(server.listen());
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query exactly as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
        QByteArray query() const
        {
            return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
        }
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        /// Leave out Content-Length and close the connection after the body.
        bool closeDelimited = false;
        /// Send nothing at all (for idle timeouts and cancellation).
        bool stall = false;
        /// Close the connection without answering (a dropped connection).
        bool hangUp = false;
        /// Send the body in tenths, one every dripMs milliseconds (a slow but moving transfer).
        int dripMs = 0;

        Response &header(const QByteArray &name, const QByteArray &value)
        {
            headers << qMakePair(name, value);
            return *this;
        }
    };

    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    /// Listens on \a address (127.0.0.1 unless given, e.g. QHostAddress::LocalHostIPv6) with a free port.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    /// Listens with TLS, presenting \a certificateFile / \a keyFile (PEM; e.g. TestPki's server pair).
    bool listenTls(const QString &certificateFile, const QString &keyFile);
    quint16 port() const { return m_server->serverPort(); }
    /// "127.0.0.1:<port>" ("[::1]:<port>" on IPv6)
    QString hostPort() const;
    /// "http://127.0.0.1:<port>" (or https:// after listenTls())
    QByteArray baseUrl() const;

    /// Answers requests whose method matches and whose target (path and query) matches \a targetPattern.
    void on(const QByteArray &method, const QString &targetPattern, Handler handler);
    /// Removes every route and recorded request.
    void reset();

    QList<Request> requests() const { return m_requests; }
    /// Requests whose path matches the pattern.
    QList<Request> requestsTo(const QString &pathPattern) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };

    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);
    void drip(QTcpSocket *socket, const QByteArray &rest, qsizetype piece, int intervalMs);

    void adopt(std::unique_ptr<QTcpServer> server);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<Route> m_routes;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace TestSupport
