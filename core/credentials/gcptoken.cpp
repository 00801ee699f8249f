#include "gcptoken.h"

#include <memory>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "tokenrequest.h"
#include "oci/proxysettings.h"
#include "util/atomicfile.h"

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::GcpToken", text);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Util::Result<QByteArray> signRs256(const QByteArray &keyPem, const QByteArray &data)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                        BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return Util::makeError(tr("The service-account private_key is not an RSA key in PEM form."));

    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, input, size_t(data.size())) != 1)
        return Util::makeError(tr("Signing the service-account assertion failed."));
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                       size_t(data.size())) != 1)
        return Util::makeError(tr("Signing the service-account assertion failed."));
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace

GcpToken::GcpToken(const QProcessEnvironment &environment, const QString &keyFile, const QUrl &tokenUri,
                   const Clock &clock)
    : m_environment(environment)
    , m_keyFile(keyFile)
    , m_tokenUri(tokenUri)
    , m_clock(clock)
{
}

Util::Result<QByteArray> GcpToken::assertion(const QByteArray &keyJson, const QString &audience, const QDateTime &now,
                                             const QString &keyFile)
{
    const QJsonObject key = QJsonDocument::fromJson(keyJson).object();
    if (key.value(QLatin1String("type")).toString() != QLatin1String("service_account"))
        return Util::Error{tr("Not a Google service-account key (\"type\" is not \"service_account\")."), keyFile, 0,
                           0};

    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (const QString keyId = key.value(QLatin1String("private_key_id")).toString(); !keyId.isEmpty())
        header.insert(QStringLiteral("kid"), keyId);
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), key.value(QLatin1String("client_email"))},
                             {QStringLiteral("scope"), QString::fromLatin1(scope)},
                             {QStringLiteral("aud"), audience},
                             {QStringLiteral("iat"), issued},
                             {QStringLiteral("exp"), issued + 3600}};

    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = signRs256(key.value(QLatin1String("private_key")).toString().toUtf8(), signingInput);
    if (!signature)
        return Util::Error{signature.error().message, keyFile, 0, 0};
    return QByteArray(signingInput + '.' + base64Url(*signature));
}

Util::Result<Oci::RegistryCredential> GcpToken::fetch() const
{
    const QString fromEnvironment = m_environment.value(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"));
    const QString keyFile =
        m_keyFile.isEmpty() ? m_environment.value(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS")) : m_keyFile;
    if (!fromEnvironment.isEmpty() && m_keyFile.isEmpty()) {
        Oci::RegistryCredential credential;
        credential.username = QString::fromLatin1(username);
        credential.password = fromEnvironment; // its expiry is unknown: the registry says when it is refused
        return credential;
    }
    if (keyFile.isEmpty())
        return Util::makeError(tr("No Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN or "
                                  "GOOGLE_APPLICATION_CREDENTIALS, or name a service-account key file."));
    return fromServiceAccount(keyFile);
}

Util::Result<Oci::RegistryCredential> GcpToken::fromServiceAccount(const QString &keyFile) const
{
    const auto keyJson = Util::readFile(keyFile, 1024 * 1024);
    if (!keyJson)
        return keyJson.error();
    const QJsonObject key = QJsonDocument::fromJson(*keyJson).object();
    const QString keyTokenUri = key.value(QLatin1String("token_uri")).toString(QLatin1String(defaultTokenUri));
    const QUrl tokenUri = m_tokenUri.isValid() ? m_tokenUri : QUrl(keyTokenUri);
    // The audience is the key's token_uri even when a test server stands in for it.
    const QDateTime now = m_clock.now();
    const auto jwt = assertion(*keyJson, keyTokenUri, now, keyFile);
    if (!jwt)
        return jwt.error();

    const QByteArray body =
        "grant_type=" + QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")) +
        "&assertion=" + *jwt;
    const auto reply = TokenRequest::post(tokenUri, {{"Content-Type", "application/x-www-form-urlencoded"}}, body,
                                          Oci::ProxySettings::fromEnvironment(m_environment).proxyFor(tokenUri));
    if (!reply)
        return reply.error();
    const QJsonObject json = QJsonDocument::fromJson(reply->body).object();
    if (reply->status != 200 || !json.contains(QLatin1String("access_token")))
        return Util::makeError(tr("Google token request to %1 for %2 failed with HTTP %3: %4")
                                   .arg(tokenUri.toDisplayString(), key.value(QLatin1String("client_email")).toString())
                                   .arg(reply->status)
                                   .arg(QString::fromUtf8(reply->body.left(300)).trimmed()));

    Oci::RegistryCredential credential;
    credential.username = QString::fromLatin1(username);
    credential.password = json.value(QLatin1String("access_token")).toString();
    credential.expiresAt = now.addSecs(qint64(json.value(QLatin1String("expires_in")).toDouble(3600)));
    return credential;
}

} // namespace Credentials
