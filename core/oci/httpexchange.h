#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "oci/httprequest.h"

#include <QNetworkReply>

namespace Oci {

class RegistryTransport;
struct OperationState;

/// One logical request through RegistryTransport: sends it, answers 401 challenges, follows redirects,
/// retries 429/503, streams 2xx bodies, and calls back once with the final response. Deletes itself.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    HttpExchange(RegistryTransport *transport, const HttpRequest &request,
                 const std::shared_ptr<OperationState> &operation, std::function<void(const HttpResponse &)> done);

    void start();
    void cancel();

private:
    void attempt();
    QNetworkRequest buildRequest() const;
    void sendNow();
    void connectReply();
    void onReadyRead();
    qint64 announcedBodySize(const HttpResponse &response) const;
    void onFinished();
    void onIdleTimeout();
    QString checkRange(int status) const;
    bool handleAuthChallenge(const HttpResponse &response);
    bool handleRedirect(const HttpResponse &response);
    bool handleRetry(const HttpResponse &response);
    bool retryTransientFailure(QNetworkReply::NetworkError error, const HttpResponse &response);
    void scheduleRetry(qint64 waitMs, const QString &reason);
    bool rewindBody();
    void finish(const HttpResponse &response);
    HttpResponse responseFromReply() const;

    RegistryTransport *m_transport;
    // Keeps the operation alive while a request of it is in flight, so that its handle can cancel it.
    std::shared_ptr<OperationState> m_operation;
    HttpRequest m_request;
    QUrl m_url;
    QByteArray m_method;
    std::function<void(const HttpResponse &)> m_done;
    qint64 m_bodyStart = 0;

    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QByteArray m_body;
    QByteArray m_streamBuffer; ///< where a streamed body passes on its way to the sink
    qint64 m_received = 0;
    bool m_streaming = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_sinkError;
    bool m_rangeChecked = false;
    QString m_rangeRefused;
    TlsDiagnosis m_tls;

    int m_authAttempts = 0;
    int m_redirects = 0;
    int m_retries = 0;
};

} // namespace Oci
