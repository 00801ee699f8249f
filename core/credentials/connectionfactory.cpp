#include "connectionfactory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include "awsecr.h"
#include "azureacr.h"
#include "credentialcache.h"
#include "credentialmanager.h"
#include "gcptoken.h"
#include "proxysettings.h"
#include "secretstore.h"
#include "tlsmaterial.h"

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::ConnectionFactory", text);
}

Topology::Provider providerOf(const std::optional<CredentialRecord> &record,
                              const Topology::RegistryConnection &connection)
{
    if (record) {
        switch (record->auth) {
        case AuthKind::Aws:
            return Topology::Provider::Aws;
        case AuthKind::Azure:
            return Topology::Provider::Azure;
        case AuthKind::Gcp:
            return Topology::Provider::Gcp;
        default:
            break;
        }
    }
    return connection.provider;
}

} // namespace

ConnectionFactory::ConnectionFactory(CredentialManager &manager, const QProcessEnvironment &environment,
                                     const Clock &clock)
    : m_manager(manager)
    , m_environment(environment)
    , m_clock(clock)
{
}

ConnectionFactory::~ConnectionFactory() = default;

Util::Result<int> ConnectionFactory::parseGoDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
    const QString trimmed = text.trimmed();
    double total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() != consumed)
            break;
        consumed = match.capturedEnd();
        static const QHash<QString, double> unitMs{{QStringLiteral("ns"), 1e-6},    {QStringLiteral("us"), 1e-3},
                                                   {QStringLiteral("µs"), 1e-3},    {QStringLiteral("ms"), 1},
                                                   {QStringLiteral("s"), 1000},     {QStringLiteral("m"), 60'000},
                                                   {QStringLiteral("h"), 3'600'000}};
        total += match.captured(1).toDouble() * unitMs.value(match.captured(2));
    }
    if (trimmed.isEmpty() || consumed != trimmed.size() || total < 1 || total > 24.0 * 3'600'000)
        return Util::makeError(
            tr("timeout '%1' is not a Go duration between 1ms and 24h, such as 60s or 1m30s.").arg(text));
    return int(total);
}

Util::Result<Oci::ConnectionSettings> ConnectionFactory::build(const Topology::Topology &topology,
                                                               const Topology::RegistryConnection &connection)
{
    const QString endpoint = topology.effectiveEndpoint(connection);
    if (endpoint.isEmpty())
        return Util::makeError(tr("The connection to registry '%1' has no endpoint.").arg(connection.registryId));
    return build(endpoint, connection);
}

Util::Result<Oci::ConnectionSettings> ConnectionFactory::build(const QString &endpoint,
                                                               const Topology::RegistryConnection &connection)
{
    m_warnings.clear();
    const QString registry = CredentialRecord::keyFor(endpoint);
    Oci::ConnectionSettings settings;

    // The chart's `insecure` skips TLS verification, Flux's allows plain HTTP: a registry marked
    // insecure gets both, and nothing else ever downgrades.
    const bool insecure = connection.insecure.value_or(false);
    settings.insecureSkipVerify = insecure;
    settings.plainHttp = insecure;
    if (!connection.timeout.isEmpty()) {
        const auto timeout = parseGoDuration(connection.timeout);
        if (!timeout)
            return timeout.error();
        settings.phaseTimeoutMs = *timeout;
    }

    if (auto applied = applyTls(settings, registry, connection); !applied)
        return applied.error();
    if (auto applied = applyCredential(settings, registry, connection); !applied)
        return applied.error();
    if (auto applied = applyProxy(settings, registry, connection); !applied)
        return applied.error();
    return settings;
}

Util::Result<void> ConnectionFactory::applyTls(Oci::ConnectionSettings &settings, const QString &registry,
                                               const Topology::RegistryConnection &connection)
{
    const auto record = m_manager.record(registry);
    const auto secrets = m_manager.secrets(registry);
    if (!secrets)
        return secrets.error();
    const std::optional<Topology::CertData> inlineData = connection.certData;

    const QByteArray caPem = record && !record->caPem.isEmpty() ? record->caPem
                             : inlineData                       ? inlineData->caCrt.toUtf8()
                                                                : QByteArray();
    const QByteArray certPem = record && !record->certPem.isEmpty() ? record->certPem
                               : inlineData                         ? inlineData->tlsCrt.toUtf8()
                                                                    : QByteArray();
    const QByteArray keyPem = !secrets->tlsKey.isEmpty() ? secrets->tlsKey
                              : inlineData               ? inlineData->tlsKey.toUtf8()
                                                         : QByteArray();

    if (!caPem.isEmpty()) {
        const auto authorities = TlsMaterial::readCertificates(caPem, tr("CA certificates of %1").arg(registry));
        if (!authorities)
            return authorities.error();
        for (const CertificateInfo &authority : *authorities)
            settings.caCertificatesPem.append(authority.pem);
    }
    if (certPem.isEmpty() != keyPem.isEmpty())
        return Util::makeError(tr("The client certificate of %1 needs both a certificate and a key; only the %2 is "
                                  "stored.")
                                   .arg(registry, certPem.isEmpty() ? tr("key") : tr("certificate")));
    if (certPem.isEmpty())
        return {};

    const auto chain = TlsMaterial::readCertificates(certPem, tr("client certificate of %1").arg(registry));
    if (!chain)
        return chain.error();
    const auto key = TlsMaterial::readPrivateKey(keyPem, {}, tr("client key of %1").arg(registry));
    if (!key)
        return key.error();
    if (auto matched = TlsMaterial::checkKeyMatches(chain->first(), *key); !matched)
        return matched;

    for (const CertificateInfo &certificate : *chain)
        settings.clientCertificatePem += certificate.pem;
    settings.clientKeyPem = key->pem;
    return {};
}

Util::Result<void> ConnectionFactory::applyCredential(Oci::ConnectionSettings &settings, const QString &registry,
                                                      const Topology::RegistryConnection &connection)
{
    const auto record = m_manager.record(registry);
    const auto secrets = m_manager.secrets(registry);
    if (!secrets)
        return secrets.error();

    Oci::RegistryCredential &credential = settings.credential;
    if (record && (record->auth == AuthKind::Basic || record->auth == AuthKind::IdentityToken)) {
        credential.username = record->username;
        credential.password = QString::fromUtf8(secrets->password);
        credential.identityToken = QString::fromUtf8(secrets->identityToken);
    } else if (connection.basicAuth) {
        credential.username = connection.basicAuth->username;
        credential.password = connection.basicAuth->password;
        if (credential.password.isEmpty() && !connection.basicAuth->passwordRef.isEmpty()) {
            const auto stored = m_manager.secretStore().read(connection.basicAuth->passwordRef);
            if (!stored)
                return stored.error();
            credential.password = QString::fromUtf8(stored->value_or(QByteArray()));
        }
    }

    const Topology::Provider provider = providerOf(record, connection);
    if (provider != Topology::Provider::Aws && provider != Topology::Provider::Azure &&
        provider != Topology::Provider::Gcp)
        return {};

    // Flux uses static credentials over the provider's; the console does the same and says so.
    if (!credential.username.isEmpty() || !credential.password.isEmpty())
        m_warnings.append(tr("%1: static credentials are set, so the %2 provider is not used.")
                              .arg(registry, Topology::toKey(provider)));
    const std::shared_ptr<CredentialCache> cache = cloudCache(registry, provider);
    settings.credentialProvider = [cache] {
        return cache->get();
    };
    return {};
}

std::shared_ptr<CredentialCache> ConnectionFactory::cloudCache(const QString &registry, Topology::Provider provider)
{
    const QString cacheKey = registry + QLatin1Char('|') + Topology::toKey(provider);
    if (const auto found = m_caches.constFind(cacheKey); found != m_caches.cend())
        return *found;

    const auto record = m_manager.record(registry).value_or(CredentialRecord{});
    CredentialCache::Fetch fetch;
    switch (provider) {
    case Topology::Provider::Aws:
        fetch = [ecr = AwsEcr(m_environment, record.awsProfile, m_endpoints.ecr, m_clock), registry] {
            return ecr.fetch(registry);
        };
        break;
    case Topology::Provider::Azure:
        fetch = [acr = AzureAcr(m_environment, record.azureTokenFile, m_endpoints.acrExchange), registry] {
            return acr.fetch(registry);
        };
        break;
    default:
        fetch = [gcp = GcpToken(m_environment, record.gcpKeyFile, m_endpoints.gcpToken, m_clock)] {
            return gcp.fetch();
        };
        break;
    }
    auto cache = std::make_shared<CredentialCache>(std::move(fetch), m_clock);
    m_caches.insert(cacheKey, cache);
    return cache;
}

Util::Result<void> ConnectionFactory::applyProxy(Oci::ConnectionSettings &settings, const QString &registry,
                                                 const Topology::RegistryConnection &connection)
{
    const auto record = m_manager.record(registry);
    QString address;
    QString username;
    QString password;
    if (record && !record->proxyAddress.isEmpty()) {
        const auto secrets = m_manager.secrets(registry);
        if (!secrets)
            return secrets.error();
        address = record->proxyAddress;
        username = record->proxyUsername;
        password = QString::fromUtf8(secrets->proxyPassword);
    } else if (connection.proxyData && !connection.proxyData->address.isEmpty()) {
        address = connection.proxyData->address;
        username = connection.proxyData->username;
        password = connection.proxyData->password;
        if (password.isEmpty() && !connection.proxyData->passwordRef.isEmpty()) {
            const auto stored = m_manager.secretStore().read(connection.proxyData->passwordRef);
            if (!stored)
                return stored.error();
            password = QString::fromUtf8(stored->value_or(QByteArray()));
        }
    }

    const QUrl target(QStringLiteral("%1://%2/")
                          .arg(settings.plainHttp ? QStringLiteral("http") : QStringLiteral("https"), registry));
    if (address.isEmpty()) {
        settings.proxy = ProxySettings::fromEnvironment(m_environment).proxyFor(target);
        return {};
    }
    const auto proxy = ProxySettings::fromProxyData(address, username, password);
    if (!proxy)
        return proxy.error();
    settings.proxy = proxy->proxyFor(target);
    return {};
}

} // namespace Credentials
