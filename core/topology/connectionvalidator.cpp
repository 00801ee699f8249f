#include "connectionvalidator.h"

#include <QCoreApplication>
#include <QUrl>

#include "credentials/tlsmaterial.h"
#include "goduration.h"
#include "repositoryname.h"

namespace Topology {

namespace {

constexpr qint64 second = 1'000'000'000;

bool isCloudProvider(Provider provider)
{
    return provider == Provider::Aws || provider == Provider::Azure || provider == Provider::Gcp;
}

bool hasCertificates(const RegistryConnection &connection)
{
    return !connection.certSecretName.isEmpty() ||
           (connection.certData && (!connection.certData->caCrt.isEmpty() || !connection.certData->tlsCrt.isEmpty()));
}

} // namespace

ConnectionValidator::ConnectionValidator(ValidationContext &context)
    : m_context(context)
{
}

void ConnectionValidator::check(const RegistryConnection &connection, const ElementRef &owner, const Cluster *spoke)
{
    m_connection = &connection;
    m_owner = owner;
    m_spoke = spoke;
    m_endpoint.reset();

    const Registry *registry = checkRegistryReference();
    checkEndpoint(registry);
    checkRepository();
    checkTimeout();
    checkInsecure();
    checkSecretChoice();
    checkBasicAuth();
    checkProxy();
    checkCertificates();
    checkProvider();
}

ElementRef ConnectionValidator::at(const QString &field) const
{
    ElementRef element = m_owner;
    element.field = QStringLiteral("ociRegistry.") + field;
    return element;
}

bool ConnectionValidator::hasStaticCredentials() const
{
    return !m_connection->basicAuthSecretName.isEmpty() || m_connection->basicAuth.has_value();
}

const Registry *ConnectionValidator::checkRegistryReference()
{
    const QString &id = m_connection->registryId;
    if (id.isEmpty()) {
        m_context.add(QStringLiteral("connection.registry-missing"), Severity::Error, at(QStringLiteral("registry")),
                      tr("names no registry"));
        return nullptr;
    }
    const Registry *registry = m_context.registry(id);
    if (!registry) {
        m_context.add(QStringLiteral("connection.registry-unknown"), Severity::Error, at(QStringLiteral("registry")),
                      tr("names the registry '%1', which the topology does not define").arg(id));
    }
    return registry;
}

void ConnectionValidator::checkEndpoint(const Registry *registry)
{
    // The registry's own endpoint is checked once with the registry; an override here, per section.
    if (!m_connection->endpointOverride.isEmpty())
        m_endpoint = m_context.checkEndpoint(m_connection->endpointOverride, at(QStringLiteral("endpoint")));
    else if (registry)
        m_endpoint = m_context.endpoint(registry->endpoint);
    if (!m_endpoint || !m_spoke || m_spoke->inCluster || m_endpoint->scope() != HostScope::InCluster)
        return;

    QString reason = tr("pulls from '%1', which resolves only inside a cluster; only the hub's own spoke "
                        "(hub-as-spoke) can use it")
                         .arg(m_endpoint->toString());
    if (registry && !registry->exposedEndpoint.isEmpty())
        reason += QLatin1Char(' ') + tr("(use the exposed endpoint '%1')").arg(registry->exposedEndpoint);
    m_context.add(QStringLiteral("endpoint.in-cluster"), Severity::Error, at(QStringLiteral("endpoint")), reason);
}

void ConnectionValidator::checkRepository()
{
    const QString host = m_endpoint ? m_endpoint->authority() : QString();
    const QString key = host + QLatin1Char('/') + m_connection->repository;
    auto found = m_repositoryErrors.find(key);
    if (found == m_repositoryErrors.end()) {
        const Util::Result<void> result = validateRepositoryName(m_connection->repository, host);
        found = m_repositoryErrors.insert(key, result ? QString() : result.error().message);
    }
    if (!found->isEmpty())
        m_context.add(QStringLiteral("repository.name"), Severity::Error, at(QStringLiteral("repository")), *found);
}

void ConnectionValidator::checkTimeout()
{
    const QString &text = m_connection->timeout;
    if (text.isEmpty())
        return;

    auto found = m_timeouts.find(text);
    if (found == m_timeouts.end()) {
        const Util::Result<GoDuration> parsed = GoDuration::parse(text);
        found = m_timeouts.insert(text, parsed ? TimeoutCheck{parsed->nanoseconds(), QString()}
                                               : TimeoutCheck{0, parsed.error().message});
    }
    if (!found->error.isEmpty()) {
        m_context.add(QStringLiteral("timeout.syntax"), Severity::Error, at(QStringLiteral("timeout")), found->error);
        return;
    }

    const qint64 nanoseconds = found->nanoseconds;
    if (nanoseconds <= 0) {
        m_context.add(QStringLiteral("timeout.not-positive"), Severity::Error, at(QStringLiteral("timeout")),
                      tr("timeout '%1' must be positive").arg(text));
    } else if (nanoseconds < 10 * second) {
        m_context.add(QStringLiteral("timeout.short"), Severity::Warning, at(QStringLiteral("timeout")),
                      tr("timeout '%1' is under 10s; pushes and pulls of large artifacts may fail").arg(text));
    } else if (nanoseconds > 600 * second) {
        m_context.add(QStringLiteral("timeout.long"), Severity::Warning, at(QStringLiteral("timeout")),
                      tr("timeout '%1' is over 10m; a dead registry blocks reconciliation that long").arg(text));
    }
}

void ConnectionValidator::checkInsecure()
{
    if (!m_connection->insecure.value_or(false))
        return;

    const ElementRef element = at(QStringLiteral("insecure"));
    if (hasCertificates(*m_connection)) {
        m_context.add(QStringLiteral("connection.insecure-with-certificates"), Severity::Warning, element,
                      tr("insecure is on, so the CA and client certificates given are ignored"));
    }
    if (hasStaticCredentials()) {
        m_context.add(QStringLiteral("connection.insecure-with-credentials"), Severity::Warning, element,
                      tr("insecure is on and credentials are set: they cross the network without a verified "
                         "server"));
    }
    // The hub pushes every project's resources; a spoke receives those of its projects.
    if (!m_spoke || !m_spoke->projects.isEmpty()) {
        m_context.add(QStringLiteral("connection.insecure-integration-secrets"), Severity::Warning, element,
                      tr("insecure is on for a registry that receives Integration Secrets; they cross the "
                         "network unverified"));
    }
    const bool cloudHost = m_endpoint && providerForService(m_endpoint->service()).has_value();
    if (isCloudProvider(m_connection->provider) || cloudHost) {
        m_context.add(QStringLiteral("connection.insecure-cloud"), Severity::Warning, element,
                      tr("insecure is on for a cloud registry, which only speaks verified TLS"));
    }
}

void ConnectionValidator::checkSecretChoice()
{
    const auto both = [this](bool named, bool inlined, const char *field, const char *secretField) {
        if (!named || !inlined)
            return;
        m_context.add(QStringLiteral("secret.inline-and-name"), Severity::Error, at(QString::fromLatin1(field)),
                      tr("both %1 and %2 are set; the chart ignores the inline data, so set only one")
                          .arg(QString::fromLatin1(secretField), QString::fromLatin1(field)));
    };
    both(!m_connection->basicAuthSecretName.isEmpty(), m_connection->basicAuth.has_value(), "basicAuth",
         "basicAuthSecretName");
    both(!m_connection->proxySecretName.isEmpty(), m_connection->proxyData.has_value(), "proxyData", "proxySecretName");
    both(!m_connection->certSecretName.isEmpty(), m_connection->certData.has_value(), "certData", "certSecretName");
}

void ConnectionValidator::checkBasicAuth()
{
    if (!m_connection->basicAuth)
        return;

    const BasicAuth &auth = *m_connection->basicAuth;
    if (auth.username.isEmpty()) {
        m_context.add(QStringLiteral("basic-auth.username-missing"), Severity::Error,
                      at(QStringLiteral("basicAuth.username")), tr("basic auth has no username"));
    }
    if (auth.password.isEmpty() && auth.passwordRef.isEmpty()) {
        m_context.add(QStringLiteral("basic-auth.password-missing"), Severity::Warning,
                      at(QStringLiteral("basicAuth.passwordRef")),
                      tr("basic auth has no password and no credential-store reference"));
    } else {
        m_context.add(QStringLiteral("secret.inline-password"), Severity::Warning, at(QStringLiteral("basicAuth")),
                      tr("the password is written out in plain text, into a Secret manifest or, with inline "
                         "secrets, into the values file; prefer basicAuthSecretName"));
    }
    if (m_spoke && auth.canPush) {
        m_context.add(QStringLiteral("credentials.spoke-can-push"), Severity::Warning, at(QStringLiteral("basicAuth")),
                      tr("the spoke's account can push; spokes only need pull access"));
    }
}

void ConnectionValidator::checkProxy()
{
    if (!m_connection->proxyData)
        return;

    const ProxyData &proxy = *m_connection->proxyData;
    const QUrl url(proxy.address, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        m_context.add(QStringLiteral("proxy.address"), Severity::Error, at(QStringLiteral("proxyData.address")),
                      tr("proxy address '%1' is not an http:// or https:// URL").arg(proxy.address));
    }
    const bool hasPassword = !proxy.password.isEmpty() || !proxy.passwordRef.isEmpty();
    if (proxy.username.isEmpty() != !hasPassword) {
        m_context.add(QStringLiteral("proxy.credentials-incomplete"), Severity::Warning,
                      at(QStringLiteral("proxyData")),
                      proxy.username.isEmpty() ? tr("the proxy has a password but no username")
                                               : tr("the proxy has a username but no password"));
    }
    if (hasPassword) {
        m_context.add(QStringLiteral("secret.inline-password"), Severity::Warning, at(QStringLiteral("proxyData")),
                      tr("the proxy password is written out in plain text, into a Secret manifest or, with "
                         "inline secrets, into the values file; prefer proxySecretName"));
    }
}

void ConnectionValidator::checkCertificates()
{
    if (!m_connection->certData)
        return;

    const CertData &data = *m_connection->certData;
    if (!data.caCrt.isEmpty())
        checkCertificateText(data.caCrt, QStringLiteral("certData.ca.crt"));
    if (!data.tlsCrt.isEmpty())
        checkCertificateText(data.tlsCrt, QStringLiteral("certData.tls.crt"));

    const bool hasKey = !data.tlsKey.isEmpty() || !data.tlsKeyRef.isEmpty();
    if (data.tlsCrt.isEmpty() != !hasKey) {
        m_context.add(QStringLiteral("tls.pair-incomplete"), Severity::Error, at(QStringLiteral("certData")),
                      data.tlsCrt.isEmpty() ? tr("a client key is given without tls.crt")
                                            : tr("tls.crt is given without its key (tls.key or tlsKeyRef)"));
        return;
    }
    if (hasKey)
        checkPrivateKey(data);
}

void ConnectionValidator::checkCertificateText(const QString &pem, const QString &field)
{
    const auto certificates = Credentials::TlsMaterial::readCertificates(pem.toUtf8(), field);
    if (!certificates) {
        m_context.add(
            QStringLiteral("tls.pem-invalid"), Severity::Error, at(field),
            tr("%1 does not parse: %2").arg(field.section(QLatin1Char('.'), 1), certificates.error().message));
        return;
    }
    for (const Credentials::CertificateInfo &certificate : *certificates)
        checkExpiry(certificate, field);
}

// The warning window comes from the validation options rather than TlsMaterial's fixed one, so that a
// fleet can ask for earlier notice.
void ConnectionValidator::checkExpiry(const Credentials::CertificateInfo &certificate, const QString &field)
{
    const QDateTime &now = m_context.options().now;
    const int warningDays = m_context.options().expiryWarningDays;
    const QString expiry = certificate.notAfter.toString(Qt::ISODate);
    if (certificate.notAfter <= now) {
        m_context.add(QStringLiteral("tls.expired"), Severity::Error, at(field),
                      tr("certificate '%1' expired on %2").arg(certificate.subject, expiry));
    } else if (certificate.notAfter <= now.addDays(warningDays)) {
        m_context.add(
            QStringLiteral("tls.expiring"), Severity::Warning, at(field),
            tr("certificate '%1' expires on %2, within %3 days").arg(certificate.subject, expiry).arg(warningDays));
    } else {
        // Administrators plan renewals from this, so a healthy certificate is reported too.
        m_context.add(QStringLiteral("tls.certificate"), Severity::Info, at(field),
                      tr("certificate '%1' issued by '%2', valid until %3 (SHA-256 %4)")
                          .arg(certificate.subject, certificate.issuer, expiry, certificate.sha256Fingerprint));
    }
}

void ConnectionValidator::checkPrivateKey(const CertData &data)
{
    if (data.tlsKey.isEmpty()) {
        m_context.add(QStringLiteral("tls.key-not-checked"), Severity::Info, at(QStringLiteral("certData.tlsKeyRef")),
                      tr("the client key lives in the credential store, so it was not compared with tls.crt"),
                      tr("live check: open the topology with its credentials and validate again, or run the "
                         "credential store's TLS check"));
        return;
    }
    const Util::Result<void> match = keyMatchesCertificate(data);
    if (!match) {
        m_context.add(QStringLiteral("tls.key-mismatch"), Severity::Error, at(QStringLiteral("certData.tls.key")),
                      match.error().message);
    } else {
        m_context.add(QStringLiteral("tls.key-matches"), Severity::Info, at(QStringLiteral("certData.tls.key")),
                      tr("the client key matches tls.crt"));
    }
}

Util::Result<void> ConnectionValidator::keyMatchesCertificate(const CertData &data) const
{
    using Credentials::TlsMaterial;

    // Flux reads the key as it stands in the Secret, so a passphrase would have nowhere to go.
    const QByteArray keyPem = data.tlsKey.toUtf8();
    if (TlsMaterial::isEncryptedKey(keyPem))
        return Util::makeError(tr("the private key is encrypted; Flux needs it unencrypted"));

    const auto key = TlsMaterial::readPrivateKey(keyPem, {}, QStringLiteral("certData.tls.key"));
    if (!key)
        return Util::makeError(tr("the private key does not parse: %1").arg(key.error().message));
    const auto certificates = TlsMaterial::readCertificates(data.tlsCrt.toUtf8(), QStringLiteral("certData.tls.crt"));
    if (!certificates)
        return Util::makeError(tr("the certificate does not parse: %1").arg(certificates.error().message));
    return TlsMaterial::checkKeyMatches(certificates->first(), *key);
}

void ConnectionValidator::checkProvider()
{
    const Provider provider = m_connection->provider;
    const HostService service = m_endpoint ? m_endpoint->service() : HostService::Unknown;
    const std::optional<Provider> expected = providerForService(service);
    const ElementRef element = at(QStringLiteral("provider"));

    if (isCloudProvider(provider)) {
        if (hasStaticCredentials()) {
            m_context.add(QStringLiteral("provider.static-credentials"), Severity::Warning, element,
                          tr("provider '%1' is set together with static credentials; Flux uses the static "
                             "credentials and the cloud identity stays unused")
                              .arg(toKey(provider)));
        }
        if (expected && *expected != provider) {
            m_context.add(QStringLiteral("provider.host-mismatch"), Severity::Error, element,
                          tr("provider '%1' does not fit '%2', a %3 host (provider '%4')")
                              .arg(toKey(provider), m_endpoint->host(), displayName(service), toKey(*expected)));
        } else if (!expected && m_endpoint) {
            m_context.add(QStringLiteral("provider.host-unknown"), Severity::Warning, element,
                          tr("provider '%1' is set, but '%2' does not look like a host of that cloud; kept as "
                             "written")
                              .arg(toKey(provider), m_endpoint->host()));
        }
        return;
    }
    if (expected && !hasStaticCredentials()) {
        m_context.add(QStringLiteral("provider.missing"), Severity::Warning, element,
                      tr("'%1' is a %2 host but the provider is '%3' and no credentials are set; set provider "
                         "'%4' to use the cloud identity")
                          .arg(m_endpoint->host(), displayName(service),
                               provider == Provider::Unset ? tr("unset") : toKey(provider), toKey(*expected)));
    }
}

} // namespace Topology
