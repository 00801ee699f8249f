#pragma once

#include <deque>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include "oci/connectionsettings.h"
#include "oci/httprequest.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Oci {

class HttpExchange;

/// Shared by the requests of one client operation so that cancel() reaches the request in flight.
struct OperationState
{
    bool cancelled = false;
    QPointer<HttpExchange> current;
    /// Set while the operation waits between requests of its own (a resumed download's backoff).
    std::function<void()> cancelWait;
};

/// The HTTP layer of RegistryClient: one QNetworkAccessManager with the registry's TLS and proxy settings,
/// authentication (basic, bearer with a token cache), redirects under our control, 429/503 retries,
/// a concurrency limit and idle timeouts. Operations see only final responses.
class RegistryTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTransport)

public:
    RegistryTransport(const QUrl &baseUrl, const ConnectionSettings &settings, QObject *parent = nullptr);
    ~RegistryTransport() override;

    void send(const HttpRequest &request, const std::shared_ptr<OperationState> &operation,
              std::function<void(const HttpResponse &)> done);

    QUrl baseUrl() const { return m_baseUrl; }
    const ConnectionSettings &settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    bool sameOrigin(const QUrl &url) const;
    /// Why the TLS settings are unusable (unreadable CA, certificate or key); empty when they are fine.
    QString configurationError() const { return m_configurationError; }

    qint64 maxErrorBodySize = 64 * 1024;
    int maxRetries = 4;
    int maxRetryWaitMs = 30'000;
    int baseBackoffMs = 500;
    int maxRedirects = 10;
    /// Whether the registry has answered any request yet (with any HTTP status).
    bool hasAnswered = false;

    // Authentication state, used by HttpExchange.
    QByteArray authorizationFor(const QUrl &url, const QStringList &scopes) const;
    bool hasBearerRealm() const { return !m_bearerRealm.isEmpty(); }
    /// Reacts to a 401: fetches a token or switches to basic. Calls back with false when it cannot help.
    void authenticate(const QList<QByteArray> &challengeHeaders, const QStringList &scopes,
                      std::function<void(bool ok, QString error)> done);
    /// Fetches a token for the scopes up front when the bearer realm is already known and none is cached.
    void ensureToken(const QStringList &scopes, std::function<void(bool ok, QString error)> done);

    // Concurrency slots.
    void acquireSlot(std::function<void()> start);
    void releaseSlot();

Q_SIGNALS:
    void waiting(const QString &message, int milliseconds);
    void requestFinished(const QString &method, const QString &url, int status);

private:
    struct Token
    {
        QByteArray value;
        QDateTime expiresAt;
    };

    RegistryCredential credential();
    QString tokenKey(const QStringList &scopes) const;
    void fetchToken(const QStringList &scopes, bool singleScope, std::function<void(bool, QString)> done);
    QNetworkReply *sendTokenRequest(const QStringList &requested);
    void storeToken(const QStringList &scopes, const QByteArray &body, const QUrl &realm,
                    const std::function<void(bool, QString)> &done);
    void configureSsl();

    QUrl m_baseUrl;
    ConnectionSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    QString m_configurationError;
    RegistryCredential m_credential;
    QString m_credentialError;

    bool m_useBasic = false;
    QString m_bearerRealm;
    QString m_bearerService;
    QStringList m_advertisedScopes;
    QHash<QString, Token> m_tokens;

    int m_active = 0;
    std::deque<std::function<void()>> m_queue;
};

} // namespace Oci
