#include "topologykeychain.h"

#include "credentials/keychainstore.h"

namespace Cli {

std::unique_ptr<Credentials::SecretStore> TopologyKeychain::open()
{
    return std::make_unique<Credentials::KeychainStore>();
}

TopologyKeychain::Resolution TopologyKeychain::resolve(Topology::Topology &topology, bool consult)
{
    Resolution resolution;
    QList<Credentials::TopologySecret> pending = Credentials::TopologySecrets::pendingReferences(topology);
    if (pending.isEmpty())
        return resolution;

    if (consult) {
        const std::unique_ptr<Credentials::SecretStore> store = open();
        Util::Result<QList<Credentials::TopologySecret>> resolved =
            Credentials::TopologySecrets::resolveSecretRefs(topology, *store);
        if (resolved) {
            resolution.secrets = std::move(resolved).value();
            return resolution;
        }
        resolution.storeError = resolved.error().message;
    }

    const QString reason =
        consult ? tr("the keychain is not available") : tr("the keychain was not consulted (--no-secret-store)");
    for (Credentials::TopologySecret &secret : pending)
        secret.problem = reason;
    resolution.secrets = pending;
    return resolution;
}

QList<Credentials::TopologySecret> TopologyKeychain::unresolved(const Resolution &resolution)
{
    QList<Credentials::TopologySecret> missing;
    for (const Credentials::TopologySecret &secret : resolution.secrets) {
        if (secret.outcome == Credentials::TopologySecret::Outcome::Unresolved)
            missing.append(secret);
    }
    return missing;
}

QString TopologyKeychain::describeUnresolved(const Credentials::TopologySecret &secret)
{
    return tr("%1: %2 '%3' is not resolved: %4")
        .arg(secret.owner(), secret.referenceField(), secret.key, secret.problem);
}

} // namespace Cli
