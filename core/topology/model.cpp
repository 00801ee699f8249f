#include "model.h"

#include <QCoreApplication>

namespace Topology {

namespace {

template<typename Enum> struct KeyEntry
{
    Enum value;
    const char *key;
};

const KeyEntry<RegistryKind> registryKindKeys[] = {
    {RegistryKind::Generic, "generic"}, {RegistryKind::Zot, "zot"}, {RegistryKind::Harbor, "harbor"},
    {RegistryKind::Ecr, "ecr"},         {RegistryKind::Acr, "acr"}, {RegistryKind::GoogleArtifactRegistry, "gar"},
    {RegistryKind::Ghcr, "ghcr"},
};
const KeyEntry<Provider> providerKeys[] = {
    {Provider::Unset, ""},      {Provider::Generic, "generic"}, {Provider::Aws, "aws"},
    {Provider::Azure, "azure"}, {Provider::Gcp, "gcp"},
};
const KeyEntry<Reach> reachKeys[] = {
    {Reach::Unknown, "unknown"},
    {Reach::Reachable, "reachable"},
    {Reach::Unreachable, "unreachable"},
};
const KeyEntry<Exposure> exposureKeys[] = {
    {Exposure::None, "none"},
    {Exposure::Ingress, "ingress"},
    {Exposure::LoadBalancer, "load-balancer"},
};
const KeyEntry<Storage> storageKeys[] = {
    {Storage::Ephemeral, "ephemeral"},
    {Storage::ReadWriteOnce, "read-write-once"},
    {Storage::ReadWriteMany, "read-write-many"},
};
const KeyEntry<TopologyKind> topologyKindKeys[] = {
    {TopologyKind::HubAsSpoke, "hub-as-spoke"},
    {TopologyKind::SingleExternalRegistry, "single-external"},
    {TopologyKind::RegistryOnHub, "registry-on-hub"},
    {TopologyKind::MultipleRegistries, "multiple-registries"},
};
const KeyEntry<ReachabilityFact::Kind> reachabilityKindKeys[] = {
    {ReachabilityFact::Kind::HubToRegistry, "hub-to-registry"},
    {ReachabilityFact::Kind::SpokeToRegistry, "spoke-to-registry"},
    {ReachabilityFact::Kind::SpokeToHubApi, "spoke-to-hub-api"},
};
const KeyEntry<FederationRule::Scope> scopeKeys[] = {
    {FederationRule::Scope::Global, "global"},
    {FederationRule::Scope::Project, "project"},
    {FederationRule::Scope::Workload, "workload"},
};

template<typename Enum, std::size_t N> QString keyOf(const KeyEntry<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename Enum, std::size_t N> std::optional<Enum> valueOf(const KeyEntry<Enum> (&table)[N], const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

} // namespace

QList<FederationRule> Topology::defaultFederationRules()
{
    return {
        {QStringLiteral("definitions/**"), FederationRule::Scope::Global},
        {QStringLiteral("projects/{project}/**"), FederationRule::Scope::Project},
    };
}

const Registry *Topology::registry(const QString &id) const
{
    for (const Registry &candidate : registries) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

// The mutable lookups iterate the lists non-const so an implicitly shared list detaches first: a pointer
// into shared data would change every copy of the topology at once.
Registry *Topology::registry(const QString &id)
{
    for (Registry &candidate : registries) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Cluster *Topology::spoke(const QString &name) const
{
    for (const Cluster &candidate : spokes) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Cluster *Topology::spoke(const QString &name)
{
    for (Cluster &candidate : spokes) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const Project *Topology::project(const QString &name) const
{
    for (const Project &candidate : projects) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Reach Topology::reach(ReachabilityFact::Kind kind, const QString &from, const QString &to) const
{
    for (const ReachabilityFact &fact : reachability) {
        if (fact.kind == kind && fact.from == from && fact.to == to)
            return fact.reach;
    }
    return Reach::Unknown;
}

void Topology::setReach(ReachabilityFact::Kind kind, const QString &from, const QString &to, Reach value,
                        const QString &origin)
{
    for (ReachabilityFact &fact : reachability) {
        if (fact.kind == kind && fact.from == from && fact.to == to) {
            fact.reach = value;
            fact.origin = origin;
            return;
        }
    }
    reachability.append({kind, from, to, value, origin});
}

QString Topology::effectiveEndpoint(const RegistryConnection &connection) const
{
    if (!connection.endpointOverride.isEmpty())
        return connection.endpointOverride;
    const Registry *target = registry(connection.registryId);
    return target ? target->endpoint : QString();
}

QString toKey(RegistryKind kind)
{
    return keyOf(registryKindKeys, kind);
}
QString toKey(Provider provider)
{
    return keyOf(providerKeys, provider);
}
QString toKey(Reach reach)
{
    return keyOf(reachKeys, reach);
}
QString toKey(Exposure exposure)
{
    return keyOf(exposureKeys, exposure);
}
QString toKey(Storage storage)
{
    return keyOf(storageKeys, storage);
}
QString toKey(TopologyKind kind)
{
    return keyOf(topologyKindKeys, kind);
}
QString toKey(ReachabilityFact::Kind kind)
{
    return keyOf(reachabilityKindKeys, kind);
}
QString toKey(FederationRule::Scope scope)
{
    return keyOf(scopeKeys, scope);
}

std::optional<RegistryKind> registryKindFromKey(const QString &key)
{
    return valueOf(registryKindKeys, key);
}
std::optional<Provider> providerFromKey(const QString &key)
{
    return valueOf(providerKeys, key);
}
std::optional<Reach> reachFromKey(const QString &key)
{
    return valueOf(reachKeys, key);
}
std::optional<Exposure> exposureFromKey(const QString &key)
{
    return valueOf(exposureKeys, key);
}
std::optional<Storage> storageFromKey(const QString &key)
{
    return valueOf(storageKeys, key);
}
std::optional<TopologyKind> topologyKindFromKey(const QString &key)
{
    return valueOf(topologyKindKeys, key);
}

std::optional<ReachabilityFact::Kind> reachabilityKindFromKey(const QString &key)
{
    return valueOf(reachabilityKindKeys, key);
}

std::optional<FederationRule::Scope> federationScopeFromKey(const QString &key)
{
    return valueOf(scopeKeys, key);
}

QString displayName(RegistryKind kind)
{
    switch (kind) {
    case RegistryKind::Generic:
        return tr("Generic OCI");
    case RegistryKind::Zot:
        return tr("Zot");
    case RegistryKind::Harbor:
        return tr("Harbor");
    case RegistryKind::Ecr:
        return tr("Amazon ECR");
    case RegistryKind::Acr:
        return tr("Azure Container Registry");
    case RegistryKind::GoogleArtifactRegistry:
        return tr("Google Artifact Registry");
    case RegistryKind::Ghcr:
        return tr("GitHub Container Registry");
    }
    return {};
}

QString displayName(TopologyKind kind)
{
    switch (kind) {
    case TopologyKind::HubAsSpoke:
        return tr("Hub-as-Spoke");
    case TopologyKind::SingleExternalRegistry:
        return tr("Single External Registry");
    case TopologyKind::RegistryOnHub:
        return tr("Registry on Hub");
    case TopologyKind::MultipleRegistries:
        return tr("Multiple Registries");
    }
    return {};
}

QString describe(TopologyKind kind)
{
    switch (kind) {
    case TopologyKind::HubAsSpoke:
        return tr("The Zot registry bundled with the appliance runs inside the hub, and the hub is its own "
                  "spoke. Needs no configuration; for learning, development and demos, not for production. "
                  "Remote spokes need the Zot registry exposed outside the cluster.");
    case TopologyKind::SingleExternalRegistry:
        return tr("One existing registry (ECR, ACR, Harbor, ...) shared by the hub and every spoke: the "
                  "recommended production setup. Every cluster must reach it; the hub needs push credentials "
                  "and the spokes pull credentials.");
    case TopologyKind::RegistryOnHub:
        return tr("A production Zot on the hub, exposed to the spokes, for organisations without a central "
                  "registry. Needs several replicas on shared persistent storage, an Ingress or LoadBalancer, "
                  "and every spoke reaching the exposed endpoint.");
    case TopologyKind::MultipleRegistries:
        return tr("A registry per spoke or regional group, for spokes in isolated networks. Each spoke must "
                  "reach its registry and the hub API server; spokes whose registry the hub cannot reach must "
                  "be synchronized by hand.");
    }
    return {};
}

} // namespace Topology
