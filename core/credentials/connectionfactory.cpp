#include "connectionfactory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include "awsecr.h"
#include "azureacr.h"
#include "credentialcache.h"
#include "credentialmanager.h"
#include "gcptoken.h"
#include "oci/proxysettings.h"
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
    const auto secrets = m_manager.secrets(registry);
    if (!secrets)
        return secrets.error();
    const Sources sources{registry, m_manager.record(registry), *secrets, connection};

    // The chart's `insecure` skips TLS verification, Flux's allows plain HTTP: a registry marked
    // insecure gets both, and nothing else ever downgrades.
    Oci::ConnectionSettings settings;
    settings.insecureSkipVerify = connection.insecure.value_or(false);
    settings.plainHttp = connection.insecure.value_or(false);
    if (!connection.timeout.isEmpty()) {
        const auto timeout = parseGoDuration(connection.timeout);
        if (!timeout)
            return timeout.error();
        settings.phaseTimeoutMs = *timeout;
    }

    if (auto applied = applyTls(settings, sources); !applied)
        return applied.error();
    if (auto applied = applyCredential(settings, sources); !applied)
        return applied.error();
    if (auto applied = applyProxy(settings, sources); !applied)
        return applied.error();
    return settings;
}

Util::Result<QString> ConnectionFactory::storedSecret(const QString &inlineValue, const QString &reference) const
{
    if (!inlineValue.isEmpty() || reference.isEmpty())
        return inlineValue;
    const auto stored = m_manager.secretStore().read(reference);
    if (!stored)
        return stored.error();
    return QString::fromUtf8(stored->value_or(QByteArray()));
}

Util::Result<void> ConnectionFactory::applyTls(Oci::ConnectionSettings &settings, const Sources &sources) const
{
    // Stored material wins; inline certData of the topology fills what the store lacks.
    const std::optional<CredentialRecord> &record = sources.record;
    const std::optional<Topology::CertData> &inlineData = sources.connection.certData;
    const QByteArray caPem = record && !record->caPem.isEmpty() ? record->caPem
                             : inlineData                       ? inlineData->caCrt.toUtf8()
                                                                : QByteArray();
    const QByteArray certPem = record && !record->certPem.isEmpty() ? record->certPem
                               : inlineData                         ? inlineData->tlsCrt.toUtf8()
                                                                    : QByteArray();
    const QByteArray keyPem = !sources.secrets.tlsKey.isEmpty() ? sources.secrets.tlsKey
                              : inlineData                      ? inlineData->tlsKey.toUtf8()
                                                                : QByteArray();

    if (!caPem.isEmpty()) {
        const auto authorities =
            TlsMaterial::readCertificates(caPem, tr("CA certificates of %1").arg(sources.registry));
        if (!authorities)
            return authorities.error();
        for (const CertificateInfo &authority : *authorities)
            settings.caCertificatesPem.append(authority.pem);
    }
    if (certPem.isEmpty() != keyPem.isEmpty())
        return Util::makeError(tr("The client certificate of %1 needs both a certificate and a key; only the %2 is "
                                  "stored.")
                                   .arg(sources.registry, certPem.isEmpty() ? tr("key") : tr("certificate")));
    if (certPem.isEmpty())
        return {};

    const auto chain = TlsMaterial::readCertificates(certPem, tr("client certificate of %1").arg(sources.registry));
    const auto key = TlsMaterial::readPrivateKey(keyPem, {}, tr("client key of %1").arg(sources.registry));
    if (!chain)
        return chain.error();
    if (!key)
        return key.error();
    if (auto matched = TlsMaterial::checkKeyMatches(chain->first(), *key); !matched)
        return matched;

    for (const CertificateInfo &certificate : *chain)
        settings.clientCertificatePem += certificate.pem;
    settings.clientKeyPem = key->pem;
    return {};
}

Util::Result<void> ConnectionFactory::applyCredential(Oci::ConnectionSettings &settings, const Sources &sources)
{
    const std::optional<CredentialRecord> &record = sources.record;
    Oci::RegistryCredential &credential = settings.credential;
    if (record && (record->auth == AuthKind::Basic || record->auth == AuthKind::IdentityToken)) {
        credential.username = record->username;
        credential.password = QString::fromUtf8(sources.secrets.password);
        credential.identityToken = QString::fromUtf8(sources.secrets.identityToken);
    } else if (const auto &basicAuth = sources.connection.basicAuth) {
        const auto password = storedSecret(basicAuth->password, basicAuth->passwordRef);
        if (!password)
            return password.error();
        credential.username = basicAuth->username;
        credential.password = *password;
    }

    const Topology::Provider provider = providerOf(record, sources.connection);
    if (provider != Topology::Provider::Aws && provider != Topology::Provider::Azure &&
        provider != Topology::Provider::Gcp)
        return {};

    // Flux uses static credentials over the provider's; the console does the same and says so.
    if (!credential.username.isEmpty() || !credential.password.isEmpty())
        m_warnings.append(tr("%1: static credentials are set, so the %2 provider is not used.")
                              .arg(sources.registry, Topology::toKey(provider)));
    const std::shared_ptr<CredentialCache> cache = cloudCache(sources.registry, provider);
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

Util::Result<void> ConnectionFactory::applyProxy(Oci::ConnectionSettings &settings, const Sources &sources) const
{
    QString address;
    QString username;
    QString password;
    if (sources.record && !sources.record->proxyAddress.isEmpty()) {
        address = sources.record->proxyAddress;
        username = sources.record->proxyUsername;
        password = QString::fromUtf8(sources.secrets.proxyPassword);
    } else if (const auto &proxyData = sources.connection.proxyData; proxyData && !proxyData->address.isEmpty()) {
        const auto stored = storedSecret(proxyData->password, proxyData->passwordRef);
        if (!stored)
            return stored.error();
        address = proxyData->address;
        username = proxyData->username;
        password = *stored;
    }

    const QString scheme = settings.plainHttp ? QStringLiteral("http") : QStringLiteral("https");
    const QUrl target(QStringLiteral("%1://%2/").arg(scheme, sources.registry));
    if (address.isEmpty()) {
        settings.proxy = Oci::ProxySettings::fromEnvironment(m_environment).proxyFor(target);
        return {};
    }
    const auto proxy = Oci::ProxySettings::fromProxyData(address, username, password);
    if (!proxy)
        return proxy.error();
    settings.proxy = proxy->proxyFor(target);
    return {};
}

} // namespace Credentials
