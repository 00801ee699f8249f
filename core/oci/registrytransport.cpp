#include "registrytransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>

#include "oci/httpexchange.h"
#include "oci/httpheaderparser.h"
#include "oci/proxyresolver.h"
#include "oci/authchallenge.h"
#include "oci/registryerror.h"

namespace Oci {

namespace {

constexpr qint64 maxTokenResponse = 1024 * 1024;
constexpr int defaultTokenLifetimeSeconds = 60;

QSslKey readKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

QStringList mergedScopes(const QStringList &needed, const QStringList &advertised)
{
    QStringList scopes = advertised;
    for (const QString &scope : needed) {
        if (!scopes.contains(scope))
            scopes << scope;
    }
    return scopes;
}

} // namespace

RegistryTransport::RegistryTransport(const QUrl &baseUrl, const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_credential(settings.credential)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setCookieJar(nullptr);
    // An explicit proxy wins; otherwise the environment decides per host (registry, realm, redirect targets).
    if (m_settings.proxy)
        m_network->setProxy(*m_settings.proxy);
    else
        m_network->setProxyFactory(new ProxyResolver());
    if (m_settings.maxConcurrentRequests < 1)
        m_settings.maxConcurrentRequests = 1;
    configureSsl();
}

RegistryTransport::~RegistryTransport() = default;

void RegistryTransport::configureSsl()
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities;
    for (const QByteArray &pem : std::as_const(m_settings.caCertificatesPem)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certificates.isEmpty())
            m_configurationError = tr("the CA certificate data holds no PEM certificate");
        authorities += certificates;
    }
    // Qt loads the system roots lazily, and only while no CA list was set: adding ours to the (still empty)
    // list would silently replace them. So the system roots are taken explicitly.
    if (m_settings.exclusiveTrust)
        m_ssl.setCaCertificates(authorities);
    else if (!authorities.isEmpty())
        m_ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + authorities);

    if (!m_settings.clientCertificatePem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(m_settings.clientCertificatePem, QSsl::Pem);
        const QSslKey key = readKey(m_settings.clientKeyPem);
        if (chain.isEmpty())
            m_configurationError = tr("the client certificate is not a PEM certificate");
        else if (key.isNull())
            m_configurationError = tr("the client key cannot be read: it is not a PEM private key, or it is encrypted");
        m_ssl.setLocalCertificateChain(chain);
        m_ssl.setPrivateKey(key);
    }
    if (m_settings.insecureSkipVerify)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
}

bool RegistryTransport::sameOrigin(const QUrl &url) const
{
    return url.scheme() == m_baseUrl.scheme() && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

void RegistryTransport::send(const HttpRequest &request, const std::shared_ptr<OperationState> &operation,
                             std::function<void(const HttpResponse &)> done)
{
    auto *exchange = new HttpExchange(this, request, operation, std::move(done));
    if (operation) {
        operation->current = exchange;
        if (operation->cancelled) {
            exchange->cancel();
            return;
        }
    }
    exchange->start();
}

RegistryCredential RegistryTransport::credential()
{
    const bool expired =
        m_credential.expiresAt.isValid() && m_credential.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(30);
    const bool missing =
        m_credential.username.isEmpty() && m_credential.password.isEmpty() && m_credential.identityToken.isEmpty();
    if ((expired || missing) && m_settings.credentialProvider) {
        auto provided = m_settings.credentialProvider();
        if (provided)
            m_credential = *provided;
        m_credentialError = provided ? QString() : provided.error().message;
    }
    return m_credential;
}

QString RegistryTransport::tokenKey(const QStringList &scopes) const
{
    QStringList sorted = scopes;
    sorted.sort();
    return m_baseUrl.authority() + QLatin1Char('|') + sorted.join(QLatin1Char(' '));
}

QByteArray RegistryTransport::authorizationFor(const QUrl &url, const QStringList &scopes) const
{
    // Credentials are for the registry only: never for object storage or another host we are sent to.
    if (!sameOrigin(url))
        return {};
    if (!m_bearerRealm.isEmpty()) {
        const auto token = m_tokens.constFind(tokenKey(scopes));
        if (token != m_tokens.cend() && token->expiresAt > QDateTime::currentDateTimeUtc())
            return "Bearer " + token->value;
        return {};
    }
    if (m_useBasic) {
        const QByteArray pair = (m_credential.username + QLatin1Char(':') + m_credential.password).toUtf8();
        return "Basic " + pair.toBase64();
    }
    return {};
}

void RegistryTransport::ensureToken(const QStringList &scopes, std::function<void(bool, QString)> done)
{
    const auto token = m_tokens.constFind(tokenKey(scopes));
    if (token != m_tokens.cend() && token->expiresAt > QDateTime::currentDateTimeUtc()) {
        done(true, {});
        return;
    }
    fetchToken(scopes, false, std::move(done));
}

void RegistryTransport::authenticate(const QList<QByteArray> &challengeHeaders, const QStringList &scopes,
                                     std::function<void(bool, QString)> done)
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse(challengeHeaders);
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme != QLatin1String("bearer"))
            continue;
        m_bearerRealm = challenge.param(QStringLiteral("realm"));
        m_bearerService = challenge.param(QStringLiteral("service"));
        m_advertisedScopes = challenge.param(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (m_bearerRealm.isEmpty()) {
            done(false, tr("the registry's bearer challenge names no realm"));
            return;
        }
        m_tokens.remove(tokenKey(scopes));
        fetchToken(scopes, false, std::move(done));
        return;
    }
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme != QLatin1String("basic"))
            continue;
        const RegistryCredential current = credential();
        if (current.username.isEmpty() && current.password.isEmpty()) {
            done(false, m_credentialError.isEmpty()
                            ? tr("the registry asks for credentials and none are configured")
                            : tr("the registry asks for credentials; getting them failed: %1").arg(m_credentialError));
            return;
        }
        if (m_useBasic) {
            done(false, tr("the registry rejected the credentials of user '%1'").arg(current.username));
            return;
        }
        m_useBasic = true;
        done(true, {});
        return;
    }
    done(false, tr("the registry asks for an authentication scheme this client does not support: %1")
                    .arg(QString::fromUtf8(challengeHeaders.join(", "))));
}

QNetworkReply *RegistryTransport::sendTokenRequest(const QStringList &requested)
{
    QUrl url(m_bearerRealm);
    if (!m_bearerService.isEmpty())
        url = HttpHeaderParser::addQueryItem(url, "service", m_bearerService);
    for (const QString &scope : requested)
        url = HttpHeaderParser::addQueryItem(url, "scope", scope);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(m_settings.phaseTimeoutMs);
    const RegistryCredential current = credential();
    if (current.identityToken.isEmpty()) {
        if (!current.username.isEmpty() || !current.password.isEmpty()) {
            const QByteArray pair = (current.username + QLatin1Char(':') + current.password).toUtf8();
            request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        }
        return m_network->get(request);
    }

    // Docker's identity token is an OAuth2 refresh token: exchanged by POST, not sent as basic auth.
    QByteArray form = "grant_type=refresh_token&client_id=paletteai-registry&refresh_token=" +
                      QUrl::toPercentEncoding(current.identityToken);
    if (!m_bearerService.isEmpty())
        form += "&service=" + QUrl::toPercentEncoding(m_bearerService);
    if (!requested.isEmpty())
        form += "&scope=" + QUrl::toPercentEncoding(requested.join(QLatin1Char(' ')));
    request.setUrl(QUrl(m_bearerRealm));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return m_network->post(request, form);
}

void RegistryTransport::fetchToken(const QStringList &scopes, bool singleScope, std::function<void(bool, QString)> done)
{
    // Every scope exactly as advertised, plus the ones the operation needs (or only the advertised ones
    // on the fallback for servers that take a single scope parameter).
    const QStringList requested = singleScope ? m_advertisedScopes : mergedScopes(scopes, m_advertisedScopes);
    QNetworkReply *reply = sendTokenRequest(requested);
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &) {
        if (m_settings.insecureSkipVerify)
            reply->ignoreSslErrors();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, scopes, singleScope, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(maxTokenResponse);
        Q_EMIT requestFinished(
            QString::fromLatin1(reply->operation() == QNetworkAccessManager::PostOperation ? "POST" : "GET"),
            reply->url().toDisplayString(), status);
        if (status == 200) {
            storeToken(scopes, body, reply->url(), done);
            return;
        }
        if (!singleScope && scopes.size() + m_advertisedScopes.size() > 1 && status >= 400 && status < 500) {
            fetchToken(scopes, true, done);
            return;
        }
        const QString words = status == 0 ? reply->errorString() : RegistryError::registryWords(body);
        done(false, tr("token service %1 answered %2: %3").arg(reply->url().toDisplayString()).arg(status).arg(words));
    });
}

void RegistryTransport::storeToken(const QStringList &scopes, const QByteArray &body, const QUrl &realm,
                                   const std::function<void(bool, QString)> &done)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString token = object.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = object.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        done(false, tr("token service %1 returned no token").arg(realm.toDisplayString()));
        return;
    }
    int lifetime = object.value(QLatin1String("expires_in")).toInt(defaultTokenLifetimeSeconds);
    if (lifetime <= 0)
        lifetime = defaultTokenLifetimeSeconds;

    // Refresh a little early so that a request started now does not carry a token that expires in flight.
    const int margin = qMin(10, lifetime / 4);
    m_tokens.insert(tokenKey(scopes),
                    Token{token.toUtf8(), QDateTime::currentDateTimeUtc().addSecs(lifetime - margin)});
    done(true, {});
}

void RegistryTransport::acquireSlot(std::function<void()> start)
{
    if (m_active < m_settings.maxConcurrentRequests) {
        ++m_active;
        start();
        return;
    }
    m_queue.push_back(std::move(start));
}

void RegistryTransport::releaseSlot()
{
    --m_active;
    if (m_queue.empty() || m_active >= m_settings.maxConcurrentRequests)
        return;
    auto next = std::move(m_queue.front());
    m_queue.pop_front();
    ++m_active;
    next();
}

} // namespace Oci
