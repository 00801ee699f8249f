#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "oci/httprequest.h"

class QSslSocket;
class QTcpSocket;

namespace Oci {

class RegistryTransport;
struct OperationState;

/// The monolithic blob PUT written straight to a socket, bypassing QNetworkAccessManager.
///
/// Why it exists: Qt hands an upload body from the reply's thread to its HTTP thread at most 16 KiB at a
/// time, so a large PUT through QNetworkAccessManager is bound by wake-ups and system calls rather than by
/// the network, and uploads run well below what curl or skopeo reach. Here the body goes from the source
/// device to the socket in blocks of 512 KiB, with back-pressure on bytesWritten.
///
/// Scope is deliberately narrow: one HTTP/1.1 request on a fresh connection (`Connection: close`), to the
/// registry's own origin, with the transport's TLS settings and its current Authorization header, and only
/// when no proxy applies. The request carries `Expect: 100-continue`, so a registry that refuses it (401
/// for an expired token, 404 for a lost session) answers before any body byte is taken from the source.
///
/// The callback gets std::nullopt when the caller should send the request through RegistryTransport
/// instead: the connection or TLS handshake failed, or the registry answered 401 (the transport answers
/// challenges), while the source is still at its start. Otherwise it gets the registry's final response,
/// or a response with status 0 and networkError set. Deletes itself after calling back.
class DirectBlobPut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectBlobPut)

public:
    using Done = std::function<void(std::optional<HttpResponse>)>;

    /// Whether the direct path may be used for \a url: same origin as the registry, HTTP or HTTPS, TLS
    /// settings usable and no proxy configured or taken from the environment for it.
    static bool applies(const RegistryTransport *transport, const QUrl &url);

    /// \a request is a PUT with bodyDevice and bodySize set; its scopes select the bearer token.
    DirectBlobPut(RegistryTransport *transport, const HttpRequest &request,
                  const std::shared_ptr<OperationState> &operation, Done done);

    void start();

    /// How long to wait for `100 Continue` before sending the body anyway (servers that ignore Expect).
    int continueTimeoutMs = 1000;

private:
    enum class State { Connecting, AwaitingContinue, Sending, Receiving, Done };

    void connectNow();
    QSslSocket *makeTlsSocket();
    void sendHead();
    void startBody();
    void pump();
    QByteArray &reusableBlock();
    qint64 queuedBytes() const;
    void onReadyRead();
    bool parseHead();
    qint64 bodyCap() const;
    bool bodyComplete(bool closed);
    void onDisconnected();
    void onSocketError();
    void lose(const QString &reason);
    void onIdleTimeout();
    void checkCancelled();
    bool sourceUntouched() const;
    void fallBack();
    void fail(const QString &error);
    void finishResponse();
    void finish(std::optional<HttpResponse> response);
    HttpResponse baseResponse() const;

    RegistryTransport *m_transport;
    std::shared_ptr<OperationState> m_operation;
    HttpRequest m_request;
    Done m_done;
    qint64 m_sourceStart = 0;

    QPointer<QTcpSocket> m_socket;
    QTimer m_idleTimer;
    QTimer m_continueTimer;
    QTimer m_cancelTimer;
    State m_state = State::Connecting;
    bool m_slot = false;
    bool m_sourceWaiting = false;
    qint64 m_sent = 0;
    QList<QByteArray> m_blocks; ///< body blocks, reused once the socket has sent them

    QByteArray m_input;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    QString m_tlsErrors;
};

} // namespace Oci
