#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace Topology {

/// The product behind a registry endpoint; decides which checks and hints apply.
enum class RegistryKind { Generic, Zot, Harbor, Ecr, Acr, GoogleArtifactRegistry, Ghcr };

/// The chart's `provider` field. Unset means the field is absent from the values file.
enum class Provider { Unset, Generic, Aws, Azure, Gcp };

/// What a directed reachability fact says.
enum class Reach { Unknown, Reachable, Unreachable };

/// How a registry running on the hub is exposed to other clusters.
enum class Exposure { None, Ingress, LoadBalancer };

/// Storage of a registry running on the hub.
enum class Storage { Ephemeral, ReadWriteOnce, ReadWriteMany };

/// The four topology kinds of the PaletteAI documentation.
enum class TopologyKind { HubAsSpoke, SingleExternalRegistry, RegistryOnHub, MultipleRegistries };

/// A registry as a place: where it is and, when it runs on the hub, how it is deployed.
struct Registry
{
    QString id;          ///< stable key inside the topology (DNS-1123 label)
    QString displayName; ///< free text for the canvas; the endpoint is shown when empty
    RegistryKind kind = RegistryKind::Generic;
    QString endpoint; ///< oci://host[:port], no path

    /// The registry runs inside the hub cluster (the bundled Zot or a production Zot).
    bool onHub = false;
    Exposure exposure = Exposure::None;
    QString exposedEndpoint; ///< oci://host[:port] spokes use when the in-cluster endpoint is not routable
    int replicas = 1;
    Storage storage = Storage::Ephemeral;
    bool ingressTls = true;
    bool ingressUnlimitedBody = true; ///< Ingress body size unlimited and timeouts long enough for pushes

    /// Credentials the hub uses for this registry can push (a robot account with write access).
    bool hubCanPush = true;
};

/// Inline basic-auth data. The password is a secret: it lives in the credential store under
/// passwordRef, and in memory only while the topology is open.
struct BasicAuth
{
    QString username;
    QString passwordRef;  ///< credential-store key; empty when none
    QString password;     ///< not persisted unless the topology opts into inline secrets
    bool canPush = false; ///< the account has push rights (the hub needs them, spokes should not)
};

struct ProxyData
{
    QString address; ///< http:// or https:// URL
    QString username;
    QString passwordRef;
    QString password;
};

/// Inline TLS material. Certificates are public; the private key is a secret.
struct CertData
{
    QString caCrt;
    QString tlsCrt;
    QString tlsKeyRef;
    QString tlsKey;
};

/// One `ociRegistry` section of the Helm chart: how one cluster connects to its registry.
struct RegistryConnection
{
    QString registryId;       ///< the Registry this cluster uses
    QString endpointOverride; ///< set when the cluster reaches the registry at another endpoint
    QString repository = QStringLiteral("mural-workloads");
    std::optional<bool> insecure; ///< absent means the chart default
    QString timeout;              ///< Go duration; empty means the chart default (60s)
    Provider provider = Provider::Unset;
    QString basicAuthSecretName;
    std::optional<BasicAuth> basicAuth;
    QString proxySecretName;
    std::optional<ProxyData> proxyData;
    QString certSecretName;
    std::optional<CertData> certData;
};

/// The hub, or one spoke. A spoke named by `name` becomes an OCM ManagedCluster.
struct Cluster
{
    QString name;
    QStringList projects; ///< project names the spoke belongs to (spokes only)
    RegistryConnection registry;
    bool inCluster = false; ///< a spoke that is the hub itself (hub-as-spoke)
    QString region;         ///< free grouping label for layout and reports
};

struct Hub
{
    QString name = QStringLiteral("hub");
    QString apiServer; ///< https URL of the hub's Kubernetes API server
    QString releaseNamespace = QStringLiteral("mural-system");
    RegistryConnection registry; ///< hue.ociRegistry
};

struct Project
{
    QString name;
    QString tenant;
};

struct Tenant
{
    QString name;
};

/// A directed fact about the network: `from` can (or cannot) reach `to`.
struct ReachabilityFact
{
    enum class Kind { HubToRegistry, SpokeToRegistry, SpokeToHubApi };

    Kind kind = Kind::SpokeToRegistry;
    QString from; ///< cluster name ("hub" side uses the hub's name)
    QString to;   ///< registry id, or the hub's name for SpokeToHubApi
    Reach reach = Reach::Unknown;
    QString origin; ///< "stated" by the administrator or "measured" with a timestamp
};

/// Classifies repositories under the configured repository path for federation.
struct FederationRule
{
    enum class Scope { Global, Project, Workload };

    QString pattern; ///< e.g. "definitions/**" or "projects/{project}/**"
    Scope scope = Scope::Workload;
};

struct Topology
{
    QString name;
    QString description;
    bool production = false;
    /// Secrets may be stored inline in the topology file; only ever set by an explicit user choice.
    bool inlineSecrets = false;

    Hub hub;
    QList<Cluster> spokes;
    QList<Registry> registries;
    QList<Project> projects;
    QList<Tenant> tenants;
    QList<ReachabilityFact> reachability;
    QList<FederationRule> federationRules = defaultFederationRules();

    static QList<FederationRule> defaultFederationRules();

    const Registry *registry(const QString &id) const;
    Registry *registry(const QString &id);
    const Cluster *spoke(const QString &name) const;
    Cluster *spoke(const QString &name);
    const Project *project(const QString &name) const;

    /// The stated or measured fact, or Unknown when nothing is known.
    Reach reach(ReachabilityFact::Kind kind, const QString &from, const QString &to) const;
    void setReach(ReachabilityFact::Kind kind, const QString &from, const QString &to, Reach reach,
                  const QString &origin = QStringLiteral("stated"));

    /// The endpoint the given connection actually uses (override, else its registry's endpoint).
    QString effectiveEndpoint(const RegistryConnection &connection) const;
};

// Stable keys used in topology files and on the command line ("zot", "hub-as-spoke", ...).
QString toKey(RegistryKind kind);
QString toKey(Provider provider);
QString toKey(Reach reach);
QString toKey(Exposure exposure);
QString toKey(Storage storage);
QString toKey(TopologyKind kind);
QString toKey(ReachabilityFact::Kind kind);
QString toKey(FederationRule::Scope scope);

std::optional<RegistryKind> registryKindFromKey(const QString &key);
std::optional<Provider> providerFromKey(const QString &key);
std::optional<Reach> reachFromKey(const QString &key);
std::optional<Exposure> exposureFromKey(const QString &key);
std::optional<Storage> storageFromKey(const QString &key);
std::optional<TopologyKind> topologyKindFromKey(const QString &key);
std::optional<ReachabilityFact::Kind> reachabilityKindFromKey(const QString &key);
std::optional<FederationRule::Scope> federationScopeFromKey(const QString &key);

/// Translated names for people.
QString displayName(RegistryKind kind);
QString displayName(TopologyKind kind);
/// A short translated paragraph: what the topology kind fits and what it requires.
QString describe(TopologyKind kind);

} // namespace Topology
