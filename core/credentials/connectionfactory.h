#pragma once

#include <memory>

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "clock.h"
#include "credentialrecord.h"
#include "oci/connectionsettings.h"
#include "topology/model.h"

namespace Credentials {

class CredentialCache;
class CredentialManager;

/// Builds the Oci::ConnectionSettings of one registry connection from three sources, in this order:
/// the credential store (record + secrets, keyed by the registry's host[:port]), the connection's inline
/// data in the topology (basicAuth, proxyData, certData held in memory), and the environment (proxy
/// variables, cloud identities). Cloud providers become a credentialProvider backed by a CredentialCache
/// that refreshes tokens before they expire; the caches live as long as the factory's settings do.
class ConnectionFactory final
{
public:
    /// Token endpoints to use instead of the cloud services' own (tests point them at local servers).
    struct CloudEndpoints
    {
        QUrl ecr;
        QUrl acrExchange;
        QUrl gcpToken;
    };

    explicit ConnectionFactory(CredentialManager &manager,
                               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                               const Clock &clock = Clock::system());
    ~ConnectionFactory();
    ConnectionFactory(const ConnectionFactory &) = delete;
    ConnectionFactory &operator=(const ConnectionFactory &) = delete;

    void setCloudEndpoints(const CloudEndpoints &endpoints) { m_endpoints = endpoints; }

    /// Settings for \a connection of \a topology (the hub's or a spoke's ociRegistry).
    [[nodiscard]] Util::Result<Oci::ConnectionSettings> build(const Topology::Topology &topology,
                                                              const Topology::RegistryConnection &connection);
    /// Settings for a registry known only by its endpoint (oci://host[:port] or host[:port]).
    [[nodiscard]] Util::Result<Oci::ConnectionSettings> build(const QString &endpoint,
                                                              const Topology::RegistryConnection &connection = {});

    /// Notes from the last build, e.g. "static credentials override the aws provider".
    QStringList warnings() const { return m_warnings; }

    /// Milliseconds of a Go duration such as "60s", "2m" or "1m30s".
    [[nodiscard]] static Util::Result<int> parseGoDuration(const QString &text);

private:
    /// What is known about one registry while its settings are built.
    struct Sources
    {
        QString registry;
        std::optional<CredentialRecord> record;
        RegistrySecrets secrets;
        const Topology::RegistryConnection &connection;
    };

    Util::Result<void> applyTls(Oci::ConnectionSettings &settings, const Sources &sources) const;
    Util::Result<void> applyCredential(Oci::ConnectionSettings &settings, const Sources &sources);
    Util::Result<void> applyProxy(Oci::ConnectionSettings &settings, const Sources &sources) const;
    Util::Result<QString> storedSecret(const QString &inlineValue, const QString &reference) const;
    std::shared_ptr<CredentialCache> cloudCache(const QString &registry, Topology::Provider provider);

    CredentialManager &m_manager;
    QProcessEnvironment m_environment;
    const Clock &m_clock;
    CloudEndpoints m_endpoints;
    QHash<QString, std::shared_ptr<CredentialCache>> m_caches;
    QStringList m_warnings;
};

} // namespace Credentials
