#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;

/// A one-request-per-connection HTTP/1.1 server on 127.0.0.1 for token-endpoint tests: every request is
/// recorded and answered by a handler the test writes, which checks it the way the real service would.
class ScriptedHttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(Handler handler, QObject *parent = nullptr);

    QByteArray baseUrl() const;
    const QList<Request> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    QList<Request> m_requests;
};
