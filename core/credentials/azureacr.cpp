#include "azureacr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "tokenrequest.h"
#include "oci/proxysettings.h"
#include "util/atomicfile.h"

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::AzureAcr", text);
}

QByteArray formEncode(const QList<QPair<QString, QByteArray>> &fields)
{
    QByteArrayList parts;
    for (const auto &[name, value] : fields)
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value)));
    return parts.join('&');
}

} // namespace

AzureAcr::AzureAcr(const QProcessEnvironment &environment, const QString &tokenFile, const QUrl &endpoint)
    : m_environment(environment)
    , m_tokenFile(tokenFile)
    , m_endpoint(endpoint)
{
}

Util::Result<QByteArray> AzureAcr::accessToken() const
{
    const QByteArray fromEnvironment = m_environment.value(QStringLiteral("AZURE_ACCESS_TOKEN")).toUtf8().trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;

    const QString file =
        m_tokenFile.isEmpty() ? m_environment.value(QStringLiteral("AZURE_ACCESS_TOKEN_FILE")) : m_tokenFile;
    if (file.isEmpty())
        return Util::makeError(tr("No Azure AD access token: set AZURE_ACCESS_TOKEN (for example from "
                                  "'az account get-access-token --query accessToken -o tsv') or name a token file."));
    const auto data = Util::readFile(file, 64 * 1024);
    if (!data)
        return data.error();
    return data->trimmed();
}

QDateTime AzureAcr::jwtExpiry(const QByteArray &token)
{
    const QByteArrayList parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const auto payload =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue expiry = QJsonDocument::fromJson(payload.decoded).object().value(QLatin1String("exp"));
    if (!payload || !expiry.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(expiry.toDouble()), Qt::UTC);
}

Util::Result<Oci::RegistryCredential> AzureAcr::fetch(const QString &registryHost) const
{
    const auto token = accessToken();
    if (!token)
        return token.error();

    const QString service = registryHost.section(QLatin1Char(':'), 0, 0).toLower();
    const QUrl url =
        m_endpoint.isValid() ? m_endpoint : QUrl(QStringLiteral("https://%1/oauth2/exchange").arg(registryHost));
    QList<QPair<QString, QByteArray>> fields{{QStringLiteral("grant_type"), "access_token"},
                                             {QStringLiteral("service"), service.toUtf8()}};
    if (const QString tenant = m_environment.value(QStringLiteral("AZURE_TENANT_ID")); !tenant.isEmpty())
        fields.append({QStringLiteral("tenant"), tenant.toUtf8()});
    fields.append({QStringLiteral("access_token"), *token});

    const auto reply =
        TokenRequest::post(url, {{"Content-Type", "application/x-www-form-urlencoded"}}, formEncode(fields),
                           Oci::ProxySettings::fromEnvironment(m_environment).proxyFor(url));
    if (!reply)
        return reply.error();
    const QJsonObject json = QJsonDocument::fromJson(reply->body).object();
    const QString refreshToken = json.value(QLatin1String("refresh_token")).toString();
    if (reply->status != 200 || refreshToken.isEmpty())
        return Util::makeError(tr("ACR token exchange at %1 failed with HTTP %2: %3")
                                   .arg(url.toDisplayString(QUrl::RemoveQuery))
                                   .arg(reply->status)
                                   .arg(QString::fromUtf8(reply->body.left(300)).trimmed()));

    Oci::RegistryCredential credential;
    credential.username = QString::fromLatin1(username);
    credential.password = refreshToken;
    credential.expiresAt = jwtExpiry(refreshToken.toUtf8());
    return credential;
}

} // namespace Credentials
