#include "topologysecrets.h"

#include <optional>

#include <QHash>

#include "credentialrecord.h"
#include "secretstore.h"

namespace Credentials {

namespace {

using Kind = TopologySecret::Kind;

// Calls visit(hub, cluster, connection, kind, value, reference) for every secret field of the hub's and the
// spokes' connections, in topology order. Works on const and mutable topologies alike.
template<typename TopologyType, typename Visit> void forEachSecret(TopologyType &topology, Visit &&visit)
{
    const auto visitConnection = [&visit](bool hub, const QString &cluster, auto &connection) {
        if (connection.basicAuth)
            visit(hub, cluster, connection, Kind::Password, connection.basicAuth->password,
                  connection.basicAuth->passwordRef);
        if (connection.proxyData)
            visit(hub, cluster, connection, Kind::ProxyPassword, connection.proxyData->password,
                  connection.proxyData->passwordRef);
        if (connection.certData)
            visit(hub, cluster, connection, Kind::TlsKey, connection.certData->tlsKey, connection.certData->tlsKeyRef);
    };
    visitConnection(true, topology.hub.name, topology.hub.registry);
    for (auto &spoke : topology.spokes)
        visitConnection(false, spoke.name, spoke.registry);
}

TopologySecret makeSecret(bool hub, const QString &cluster, Kind kind, const QString &key,
                          TopologySecret::Outcome outcome)
{
    TopologySecret secret;
    secret.kind = kind;
    secret.hub = hub;
    secret.cluster = cluster;
    secret.key = key;
    secret.outcome = outcome;
    return secret;
}

QString secretName(Kind kind)
{
    switch (kind) {
    case Kind::Password:
        return toKey(SecretName::Password);
    case Kind::ProxyPassword:
        return toKey(SecretName::ProxyPassword);
    case Kind::TlsKey:
        break;
    }
    return toKey(SecretName::TlsKey);
}

struct PreviousValue
{
    QString key;
    std::optional<QByteArray> value;
};

// Puts back what a failed import overwrote, newest first, so the store ends as it began.
void rollBack(SecretStore &store, const QList<PreviousValue> &previous)
{
    for (auto it = previous.crbegin(); it != previous.crend(); ++it) {
        const Util::Result<void> restored = it->value ? store.write(it->key, *it->value) : store.remove(it->key);
        Q_UNUSED(restored); // best effort: the error that caused the roll-back is the one reported
    }
}

} // namespace

QString TopologySecret::valueField() const
{
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("ociRegistry.basicAuth.password");
    case Kind::ProxyPassword:
        return QStringLiteral("ociRegistry.proxyData.password");
    case Kind::TlsKey:
        break;
    }
    return QStringLiteral("ociRegistry.certData.tls.key");
}

QString TopologySecret::referenceField() const
{
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("ociRegistry.basicAuth.passwordRef");
    case Kind::ProxyPassword:
        return QStringLiteral("ociRegistry.proxyData.passwordRef");
    case Kind::TlsKey:
        break;
    }
    return QStringLiteral("ociRegistry.certData.tlsKeyRef");
}

QString TopologySecret::owner() const
{
    return hub ? TopologySecrets::tr("hub %1").arg(cluster) : TopologySecrets::tr("spoke %1").arg(cluster);
}

QString TopologySecrets::storeKey(const Topology::Topology &topology, const Topology::RegistryConnection &connection,
                                  bool hub, const QString &cluster, TopologySecret::Kind kind)
{
    QString registry = CredentialRecord::keyFor(topology.effectiveEndpoint(connection));
    if (registry.isEmpty())
        registry = connection.registryId.isEmpty() ? QStringLiteral("no-registry") : connection.registryId;
    return QStringLiteral("%1/%2/%3/%4")
        .arg(registry, hub ? QStringLiteral("hub") : QStringLiteral("spoke"), cluster, secretName(kind));
}

Util::Result<QList<TopologySecret>> TopologySecrets::storeInlineSecrets(Topology::Topology &topology,
                                                                        SecretStore &store)
{
    if (auto available = store.checkAvailable(); !available)
        return available.error();

    // Work on a copy: a failure half-way leaves the caller's topology as it was.
    Topology::Topology updated = topology;
    QList<TopologySecret> stored;
    QList<PreviousValue> previous;
    std::optional<Util::Error> failure;
    forEachSecret(updated, [&](bool hub, const QString &cluster, const Topology::RegistryConnection &connection,
                               Kind kind, QString &value, QString &reference) {
        if (failure || value.isEmpty())
            return;
        const QString key = reference.isEmpty() ? storeKey(updated, connection, hub, cluster, kind) : reference;
        TopologySecret secret = makeSecret(hub, cluster, kind, key, TopologySecret::Outcome::Stored);
        const QByteArray bytes = value.toUtf8();

        const Util::Result<std::optional<QByteArray>> existing = store.read(key);
        if (!existing) {
            failure = Util::makeError(
                tr("Cannot read '%1' from %2 before storing %3 of %4: %5")
                    .arg(key, store.backendName(), secret.valueField(), secret.owner(), existing.error().message));
            return;
        }
        if (existing->has_value() && **existing == bytes) {
            secret.outcome = TopologySecret::Outcome::Unchanged;
        } else {
            if (auto written = store.write(key, bytes); !written) {
                failure = Util::makeError(
                    tr("Cannot store %1 of %2 in %3 under '%4': %5")
                        .arg(secret.valueField(), secret.owner(), store.backendName(), key, written.error().message));
                return;
            }
            previous.append({key, *existing});
            if (existing->has_value())
                secret.outcome = TopologySecret::Outcome::Replaced;
        }
        reference = key;
        value.clear();
        stored.append(secret);
    });

    if (failure) {
        rollBack(store, previous);
        return *failure;
    }
    updated.inlineSecrets = false;
    topology = std::move(updated);
    return stored;
}

Util::Result<QList<TopologySecret>> TopologySecrets::resolveSecretRefs(Topology::Topology &topology, SecretStore &store)
{
    if (pendingReferences(topology).isEmpty())
        return QList<TopologySecret>();
    if (auto available = store.checkAvailable(); !available)
        return available.error();

    // Several clusters may refer to one entry; each is read once.
    QHash<QString, Util::Result<std::optional<QByteArray>>> reads;
    QList<TopologySecret> looked;
    forEachSecret(topology, [&](bool hub, const QString &cluster, const Topology::RegistryConnection &, Kind kind,
                                QString &value, const QString &reference) {
        if (!value.isEmpty() || reference.isEmpty())
            return;
        auto found = reads.find(reference);
        if (found == reads.end())
            found = reads.insert(reference, store.read(reference));

        TopologySecret secret = makeSecret(hub, cluster, kind, reference, TopologySecret::Outcome::Unresolved);
        if (!*found)
            secret.problem = found->error().message;
        else if (!found->value().has_value())
            secret.problem = tr("%1 holds nothing under this key").arg(store.backendName());
        else {
            value = QString::fromUtf8(*found->value());
            secret.outcome = TopologySecret::Outcome::Resolved;
        }
        looked.append(secret);
    });
    return looked;
}

QList<TopologySecret> TopologySecrets::pendingReferences(const Topology::Topology &topology)
{
    QList<TopologySecret> pending;
    forEachSecret(topology, [&pending](bool hub, const QString &cluster, const Topology::RegistryConnection &,
                                       Kind kind, const QString &value, const QString &reference) {
        if (value.isEmpty() && !reference.isEmpty())
            pending.append(makeSecret(hub, cluster, kind, reference, TopologySecret::Outcome::Unresolved));
    });
    return pending;
}

} // namespace Credentials
