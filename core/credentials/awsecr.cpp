#include "awsecr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "tokenrequest.h"
#include "oci/proxysettings.h"

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::AwsEcr", text);
}

using IniSections = QHash<QString, QHash<QString, QString>>;

// The AWS shared files are INI with "key = value" lines; QSettings would mangle some of their keys.
IniSections readIni(const QString &path)
{
    IniSections sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return sections;

    QString section;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            sections[section].insert(line.left(equals).trimmed().toLower(), line.mid(equals + 1).trimmed());
    }
    return sections;
}

QString partitionOf(const QString &region)
{
    if (region.startsWith(QLatin1String("cn-")))
        return QStringLiteral("aws-cn");
    if (region.startsWith(QLatin1String("us-gov-")))
        return QStringLiteral("aws-us-gov");
    if (region.startsWith(QLatin1String("us-isob-")))
        return QStringLiteral("aws-iso-b");
    if (region.startsWith(QLatin1String("us-iso-")))
        return QStringLiteral("aws-iso");
    return QStringLiteral("aws");
}

} // namespace

std::optional<EcrRegistry> AwsEcr::parseHost(const QString &host)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{12})\\.dkr\\.ecr(-fips)?\\.([a-z0-9-]+)\\.(amazonaws\\.com(?:\\.cn)?|c2s\\.ic\\.gov|"
                       "sc2s\\.sgov\\.gov)$"));
    const QString bare = host.section(QLatin1Char(':'), 0, 0).toLower();
    const auto match = pattern.match(bare);
    if (!match.hasMatch())
        return std::nullopt;

    EcrRegistry registry;
    registry.accountId = match.captured(1);
    registry.fips = !match.captured(2).isEmpty();
    registry.region = match.captured(3);
    registry.partition = partitionOf(registry.region);
    const QString suffix = match.captured(4);
    registry.apiHost = registry.fips ? QStringLiteral("ecr-fips.%1.%2").arg(registry.region, suffix)
                                     : QStringLiteral("api.ecr.%1.%2").arg(registry.region, suffix);
    return registry;
}

Util::Result<AwsCredentials> AwsEcr::loadCredentials(const QProcessEnvironment &environment, const QString &profile)
{
    AwsCredentials credentials;
    credentials.accessKeyId = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    credentials.secretAccessKey = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).toUtf8();
    credentials.sessionToken = environment.value(QStringLiteral("AWS_SESSION_TOKEN")).toUtf8();
    if (!credentials.accessKeyId.isEmpty() && !credentials.secretAccessKey.isEmpty() && profile.isEmpty()) {
        credentials.source = tr("environment (AWS_ACCESS_KEY_ID)");
        return credentials;
    }

    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    const QString name =
        !profile.isEmpty() ? profile : environment.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    const QString credentialsFile =
        environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QStringLiteral("/.aws/credentials"));
    const QString configFile =
        environment.value(QStringLiteral("AWS_CONFIG_FILE"), home + QStringLiteral("/.aws/config"));

    // The credentials file names sections after the profile; the config file uses "profile <name>".
    const QList<QPair<QString, QString>> places{
        {credentialsFile, name},
        {configFile, name == QLatin1String("default") ? name : QStringLiteral("profile ") + name}};
    for (const auto &[file, section] : places) {
        const auto values = readIni(file).value(section);
        if (values.contains(QStringLiteral("aws_access_key_id"))) {
            credentials.accessKeyId = values.value(QStringLiteral("aws_access_key_id"));
            credentials.secretAccessKey = values.value(QStringLiteral("aws_secret_access_key")).toUtf8();
            credentials.sessionToken = values.value(QStringLiteral("aws_session_token")).toUtf8();
            credentials.source = tr("profile %1 in %2").arg(name, file);
            return credentials;
        }
    }
    return Util::makeError(tr("No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and "
                              "profile '%1' has no aws_access_key_id in %2 or %3.")
                               .arg(name, credentialsFile, configFile));
}

AwsEcr::AwsEcr(const QProcessEnvironment &environment, const QString &profile, const QUrl &endpoint, const Clock &clock)
    : m_environment(environment)
    , m_profile(profile)
    , m_endpoint(endpoint)
    , m_clock(clock)
{
}

QUrl AwsEcr::endpointFor(const EcrRegistry &registry) const
{
    // AWS_ENDPOINT_URL_ECR and AWS_ENDPOINT_URL are the AWS SDKs' standard endpoint overrides.
    if (m_endpoint.isValid())
        return m_endpoint;
    for (const QString &variable : {QStringLiteral("AWS_ENDPOINT_URL_ECR"), QStringLiteral("AWS_ENDPOINT_URL")}) {
        if (!m_environment.value(variable).isEmpty())
            return QUrl(m_environment.value(variable));
    }
    return QUrl(QStringLiteral("https://%1/").arg(registry.apiHost));
}

Util::Result<Oci::RegistryCredential> AwsEcr::fetch(const QString &registryHost) const
{
    const auto registry = parseHost(registryHost);
    if (!registry)
        return Util::makeError(tr("'%1' is not an Amazon ECR registry host (<account>.dkr.ecr.<region>.amazonaws.com).")
                                   .arg(registryHost));
    const auto credentials = loadCredentials(m_environment, m_profile);
    if (!credentials)
        return credentials.error();

    const QUrl url = endpointFor(*registry);
    const QByteArray body = "{}";
    const SigV4::Headers headers =
        SigV4::sign("POST", url, {{"Content-Type", "application/x-amz-json-1.1"}, {"X-Amz-Target", target}}, body,
                    *credentials, registry->region, QStringLiteral("ecr"), m_clock.now());
    const auto reply =
        TokenRequest::post(url, headers, body, Oci::ProxySettings::fromEnvironment(m_environment).proxyFor(url));
    if (!reply)
        return reply.error();

    const QJsonObject json = QJsonDocument::fromJson(reply->body).object();
    if (reply->status != 200)
        return Util::makeError(
            tr("ECR GetAuthorizationToken at %1 failed with HTTP %2: %3 %4 (credentials from %5)")
                .arg(url.host())
                .arg(reply->status)
                .arg(json.value(QLatin1String("__type")).toString(),
                     json.value(QLatin1String("message")).toString(json.value(QLatin1String("Message")).toString()),
                     credentials->source));
    return credentialFromReply(json, url);
}

Util::Result<Oci::RegistryCredential> AwsEcr::credentialFromReply(const QJsonObject &json, const QUrl &url)
{
    // authorizationToken is base64 of "AWS:<password>"; expiresAt is in seconds since the epoch.
    const QJsonObject data = json.value(QLatin1String("authorizationData")).toArray().first().toObject();
    const QByteArray token =
        QByteArray::fromBase64(data.value(QLatin1String("authorizationToken")).toString().toLatin1());
    const qsizetype colon = token.indexOf(':');
    if (colon < 0)
        return Util::makeError(tr("ECR at %1 returned no usable authorizationToken.").arg(url.host()));

    Oci::RegistryCredential credential;
    credential.username = QString::fromUtf8(token.left(colon));
    credential.password = QString::fromUtf8(token.mid(colon + 1));
    credential.expiresAt =
        QDateTime::fromMSecsSinceEpoch(qint64(data.value(QLatin1String("expiresAt")).toDouble() * 1000), Qt::UTC);
    return credential;
}

} // namespace Credentials
