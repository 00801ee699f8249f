#include "validator.h"

#include <optional>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Topology {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Topology", text, disambiguation, n);
}

using Fact = ReachabilityFact::Kind;

constexpr qsizetype listedNames = 5;

bool isDns1123Subdomain(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"));
    return text.size() <= 253 && pattern.match(text).hasMatch();
}

// "a, b, c and 12 more" keeps messages about thousands of spokes one line long.
QString listNames(const QStringList &names, qsizetype total)
{
    QString text = names.mid(0, listedNames).join(QLatin1String(", "));
    if (total > listedNames)
        text += QLatin1Char(' ') + tr("and %n more", nullptr, int(total - listedNames));
    return text;
}

void appendDistinct(QStringList &list, QSet<QString> &seen, const QString &value)
{
    if (value.isEmpty() || seen.contains(value))
        return;
    seen.insert(value);
    list.append(value);
}

QString inlineFingerprint(const QStringList &parts)
{
    return parts.join(QLatin1Char('\x1f'));
}

std::optional<QString> basicAuthFingerprint(const RegistryConnection &c)
{
    if (!c.basicAuth)
        return std::nullopt;
    return inlineFingerprint({c.basicAuth->username, c.basicAuth->passwordRef, c.basicAuth->password});
}

std::optional<QString> proxyFingerprint(const RegistryConnection &c)
{
    if (!c.proxyData)
        return std::nullopt;
    return inlineFingerprint(
        {c.proxyData->address, c.proxyData->username, c.proxyData->passwordRef, c.proxyData->password});
}

std::optional<QString> tlsFingerprint(const RegistryConnection &c)
{
    if (!c.certData)
        return std::nullopt;
    return inlineFingerprint({c.certData->caCrt, c.certData->tlsCrt, c.certData->tlsKeyRef, c.certData->tlsKey});
}

// The chart turns each kind of inline data into one Secret with a fixed name in the release namespace.
struct InlineSecretKind
{
    const char *secret;
    std::optional<QString> (*fingerprint)(const RegistryConnection &);
};

constexpr InlineSecretKind inlineSecretKinds[] = {
    {"oci-basic-auth", basicAuthFingerprint},
    {"oci-proxy", proxyFingerprint},
    {"oci-tls", tlsFingerprint},
};

// The first cluster (hub, then spokes) to carry each distinct inline data of one kind.
QStringList clustersWithDistinctData(const Topology &topology,
                                     std::optional<QString> (*fingerprint)(const RegistryConnection &))
{
    QHash<QString, QString> owners; // fingerprint -> first cluster with it
    const auto note = [&](const QString &cluster, const RegistryConnection &connection) {
        if (const std::optional<QString> print = fingerprint(connection); print && !owners.contains(*print))
            owners.insert(*print, cluster);
    };
    note(topology.hub.name, topology.hub.registry);
    for (const Cluster &spoke : topology.spokes)
        note(spoke.name, spoke.registry);
    return owners.values();
}

} // namespace

Validator::Validator(const Topology &topology, const ValidationOptions &options)
    : m_context(topology, options)
    , m_connections(m_context)
{
}

ValidationReport Validator::run()
{
    m_kind = inferKind(m_context.topology());

    checkTopology();
    checkRegistries();
    checkHub();
    checkSpokes();
    checkProjects();
    checkReachabilityFacts();
    checkFederationRules();
    checkRegistryUse();
    checkInlineSecretCollisions();
    checkRequirements();
    return {m_kind, m_context.takeFindings()};
}

void Validator::checkTopology()
{
    const Topology &topology = m_context.topology();
    const ElementRef element{ElementRef::Kind::Topology, topology.name, QString()};
    if (topology.inlineSecrets) {
        m_context.add(QStringLiteral("topology.inline-secrets"), Severity::Warning,
                      {ElementRef::Kind::Topology, topology.name, QStringLiteral("inlineSecrets")},
                      tr("secret values are stored in the topology file in plain text"));
    }
    if (topology.spokes.size() > 1) {
        m_context.add(QStringLiteral("spoke.index-by-name"), Severity::Info, element,
                      tr("the values file addresses spokes by position (spokes[<index>]); the console keys "
                         "them on names and rewrites the indexes, so reordering spokes changes them"));
    }
}

void Validator::checkRegistries()
{
    QSet<QString> seen;
    for (const Registry &registry : m_context.topology().registries) {
        if (!isDns1123Label(registry.id)) {
            m_context.add(
                QStringLiteral("registry.id-invalid"), Severity::Error,
                ValidationContext::registryRef(registry, QStringLiteral("id")),
                tr("registry id '%1' is not a DNS-1123 label (lower-case letters, digits and '-')").arg(registry.id));
        }
        if (seen.contains(registry.id)) {
            m_context.add(QStringLiteral("registry.id-duplicate"), Severity::Error,
                          ValidationContext::registryRef(registry, QStringLiteral("id")),
                          tr("registry id '%1' is defined more than once").arg(registry.id));
        }
        seen.insert(registry.id);
        checkRegistry(registry);
    }
}

void Validator::checkRegistry(const Registry &registry)
{
    const ElementRef element = ValidationContext::registryRef(registry, QStringLiteral("endpoint"));
    const std::optional<Endpoint> endpoint = m_context.checkEndpoint(registry.endpoint, element);
    if (endpoint) {
        const HostScope scope = endpoint->scope();
        if (scope == HostScope::InCluster && !registry.onHub) {
            m_context.add(QStringLiteral("endpoint.in-cluster"), Severity::Error, element,
                          tr("'%1' resolves only inside a cluster, but the registry does not run on the hub")
                              .arg(registry.endpoint));
        } else if (scope == HostScope::Private) {
            m_context.add(QStringLiteral("endpoint.private"), Severity::Warning, element,
                          tr("'%1' is a private address or name; every cluster that uses it must route there")
                              .arg(registry.endpoint),
                          tr("live check: test the connection from each cluster that uses this registry"));
        }
        checkRegistryKind(registry, *endpoint);
    }
    if (registry.replicas < 1) {
        m_context.add(QStringLiteral("registry.replicas-invalid"), Severity::Error,
                      ValidationContext::registryRef(registry, QStringLiteral("replicas")),
                      tr("replicas is %1; it must be at least 1").arg(registry.replicas));
    }
    checkExposure(registry);
}

void Validator::checkExposure(const Registry &registry)
{
    if (!registry.onHub && registry.exposure != Exposure::None) {
        m_context.add(QStringLiteral("registry.exposure-off-hub"), Severity::Warning,
                      ValidationContext::registryRef(registry, QStringLiteral("exposure")),
                      tr("exposure is set, but the registry does not run on the hub; it is ignored"));
    }
    if (registry.onHub && registry.exposure != Exposure::None && registry.exposedEndpoint.isEmpty()) {
        m_context.add(QStringLiteral("registry.exposed-endpoint-missing"), Severity::Warning,
                      ValidationContext::registryRef(registry, QStringLiteral("exposedEndpoint")),
                      tr("the registry is exposed through %1 but the exposed endpoint is not recorded")
                          .arg(toKey(registry.exposure)));
    }
    if (registry.exposedEndpoint.isEmpty())
        return;

    const ElementRef element = ValidationContext::registryRef(registry, QStringLiteral("exposedEndpoint"));
    const std::optional<Endpoint> exposed = m_context.checkEndpoint(registry.exposedEndpoint, element);
    if (exposed && exposed->scope() == HostScope::InCluster) {
        m_context.add(QStringLiteral("endpoint.in-cluster"), Severity::Error, element,
                      tr("the exposed endpoint '%1' resolves only inside a cluster").arg(registry.exposedEndpoint));
    }
}

void Validator::checkRegistryKind(const Registry &registry, const Endpoint &endpoint)
{
    static const QHash<RegistryKind, HostService> cloudKinds = {
        {RegistryKind::Ecr, HostService::Ecr},
        {RegistryKind::Acr, HostService::Acr},
        {RegistryKind::Ghcr, HostService::Ghcr},
    };
    const HostService service = endpoint.service();
    const ElementRef element = ValidationContext::registryRef(registry, QStringLiteral("kind"));
    bool mismatch = false;
    if (registry.kind == RegistryKind::GoogleArtifactRegistry)
        mismatch = service != HostService::GoogleArtifactRegistry && service != HostService::Gcr;
    else if (cloudKinds.contains(registry.kind))
        mismatch = cloudKinds.value(registry.kind) != service;

    if (mismatch) {
        m_context.add(QStringLiteral("registry.kind-host"), Severity::Warning, element,
                      tr("the registry is marked %1, but '%2' is not a host of that service")
                          .arg(displayName(registry.kind), endpoint.host()));
    } else if (registry.kind == RegistryKind::Generic && providerForService(service)) {
        m_context.add(QStringLiteral("registry.kind-host"), Severity::Info, element,
                      tr("'%1' is a %2 host; marking the registry as such enables its checks")
                          .arg(endpoint.host(), displayName(service)));
    }
}

void Validator::checkHub()
{
    const Hub &hub = m_context.topology().hub;
    if (!isDns1123Label(hub.name)) {
        m_context.add(QStringLiteral("hub.name-invalid"), Severity::Error, m_context.hubRef(QStringLiteral("name")),
                      tr("hub name '%1' is not a DNS-1123 label").arg(hub.name));
    }
    if (!isDns1123Label(hub.releaseNamespace)) {
        m_context.add(QStringLiteral("hub.namespace-invalid"), Severity::Error,
                      m_context.hubRef(QStringLiteral("releaseNamespace")),
                      tr("release namespace '%1' is not a DNS-1123 label").arg(hub.releaseNamespace));
    }
    if (!hub.apiServer.isEmpty()) {
        const QUrl url(hub.apiServer, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            m_context.add(QStringLiteral("hub.api-server"), Severity::Error,
                          m_context.hubRef(QStringLiteral("apiServer")),
                          tr("API server '%1' is not an https:// URL").arg(hub.apiServer));
        }
    }
    m_connections.check(hub.registry, m_context.hubRef(), nullptr);
    noteUse(hub.registry, nullptr);
}

void Validator::checkSpokes()
{
    QSet<QString> names;
    qsizetype inCluster = 0;
    for (const Cluster &spoke : m_context.topology().spokes) {
        if (names.contains(spoke.name)) {
            m_context.add(QStringLiteral("spoke.name-duplicate"), Severity::Error,
                          ValidationContext::spokeRef(spoke, QStringLiteral("name")),
                          tr("spoke name '%1' is used more than once; spoke names must be unique").arg(spoke.name));
        }
        names.insert(spoke.name);
        inCluster += spoke.inCluster ? 1 : 0;
        checkSpoke(spoke);
    }
    if (inCluster > 1) {
        m_context.add(QStringLiteral("spoke.in-cluster-multiple"), Severity::Warning,
                      {ElementRef::Kind::Topology, m_context.topology().name, QStringLiteral("spokes")},
                      tr("%n spokes are marked as the hub itself; only one can be", nullptr, int(inCluster)));
    }
}

void Validator::checkSpoke(const Cluster &spoke)
{
    if (!isDns1123Label(spoke.name)) {
        m_context.add(QStringLiteral("spoke.name-invalid"), Severity::Error,
                      ValidationContext::spokeRef(spoke, QStringLiteral("name")),
                      tr("spoke name '%1' is not a DNS-1123 label (lower-case letters, digits and '-', at most "
                         "63 characters)")
                          .arg(spoke.name));
    }
    for (const QString &project : spoke.projects) {
        if (!m_context.project(project)) {
            m_context.add(QStringLiteral("spoke.project-unknown"), Severity::Error,
                          ValidationContext::spokeRef(spoke, QStringLiteral("projects")),
                          tr("belongs to the project '%1', which the topology does not define").arg(project));
        }
    }
    if (spoke.projects.isEmpty()) {
        m_context.add(QStringLiteral("spoke.no-project"), Severity::Info,
                      ValidationContext::spokeRef(spoke, QStringLiteral("projects")),
                      tr("belongs to no project; it receives Definitions only"));
    }
    m_connections.check(spoke.registry, ValidationContext::spokeRef(spoke), &spoke);
    noteUse(spoke.registry, &spoke);
}

void Validator::noteUse(const RegistryConnection &connection, const Cluster *spoke)
{
    if (connection.registryId.isEmpty() || !m_context.registry(connection.registryId))
        return;

    RegistryUse &use = m_use[connection.registryId];
    appendDistinct(use.repositories, use.repositorySet, connection.repository);
    if (!spoke)
        return;
    ++use.spokeCount;
    for (const QString &name : spoke->projects) {
        appendDistinct(use.projects, use.projectSet, name);
        if (const Project *project = m_context.project(name))
            appendDistinct(use.tenants, use.tenantSet, project->tenant);
    }
}

void Validator::checkProjects()
{
    const Topology &topology = m_context.topology();
    QSet<QString> projects;
    for (const Project &project : topology.projects) {
        const ElementRef element{ElementRef::Kind::Project, project.name, QString()};
        if (!isDns1123Subdomain(project.name)) {
            m_context.add(QStringLiteral("project.name-invalid"), Severity::Error, element,
                          tr("project name '%1' is not a DNS-1123 name").arg(project.name));
        }
        if (projects.contains(project.name)) {
            m_context.add(QStringLiteral("project.name-duplicate"), Severity::Error, element,
                          tr("project '%1' is defined more than once").arg(project.name));
        }
        projects.insert(project.name);
        if (project.tenant.isEmpty()) {
            m_context.add(QStringLiteral("project.tenant-missing"), Severity::Warning,
                          {ElementRef::Kind::Project, project.name, QStringLiteral("tenant")},
                          tr("the project belongs to no tenant"));
        } else if (!m_context.hasTenant(project.tenant)) {
            m_context.add(QStringLiteral("project.tenant-unknown"), Severity::Error,
                          {ElementRef::Kind::Project, project.name, QStringLiteral("tenant")},
                          tr("belongs to the tenant '%1', which the topology does not define").arg(project.tenant));
        }
    }

    QSet<QString> tenants;
    for (const Tenant &tenant : topology.tenants) {
        const ElementRef element{ElementRef::Kind::Tenant, tenant.name, QString()};
        if (!isDns1123Subdomain(tenant.name)) {
            m_context.add(QStringLiteral("tenant.name-invalid"), Severity::Error, element,
                          tr("tenant name '%1' is not a DNS-1123 name").arg(tenant.name));
        }
        if (tenants.contains(tenant.name)) {
            m_context.add(QStringLiteral("tenant.name-duplicate"), Severity::Error, element,
                          tr("tenant '%1' is defined more than once").arg(tenant.name));
        }
        tenants.insert(tenant.name);
    }
}

void Validator::checkReachabilityFacts()
{
    const Topology &topology = m_context.topology();
    QHash<QString, Reach> stated;
    for (qsizetype index = 0; index < topology.reachability.size(); ++index) {
        const ReachabilityFact &fact = topology.reachability.at(index);
        const QString id = QString::number(index);
        const bool fromKnown =
            fact.kind == Fact::HubToRegistry ? fact.from == topology.hub.name : m_context.hasCluster(fact.from);
        const bool toKnown =
            fact.kind == Fact::SpokeToHubApi ? fact.to == topology.hub.name : m_context.registry(fact.to) != nullptr;
        if (!fromKnown || !toKnown) {
            m_context.add(
                QStringLiteral("reachability.unknown-element"), Severity::Warning,
                {ElementRef::Kind::Reachability, id, fromKnown ? QStringLiteral("to") : QStringLiteral("from")},
                tr("the fact %1 '%2' → '%3' names an element the topology does not define")
                    .arg(toKey(fact.kind), fact.from, fact.to));
        }

        const QString key = toKey(fact.kind) + QLatin1Char('\x1f') + fact.from + QLatin1Char('\x1f') + fact.to;
        const auto previous = stated.constFind(key);
        if (previous != stated.cend() && *previous != fact.reach) {
            m_context.add(QStringLiteral("reachability.conflict"), Severity::Warning,
                          {ElementRef::Kind::Reachability, id, QStringLiteral("reach")},
                          tr("the fact %1 '%2' → '%3' is stated again with another result; the first one counts")
                              .arg(toKey(fact.kind), fact.from, fact.to));
        } else if (previous == stated.cend()) {
            stated.insert(key, fact.reach);
        }
    }
}

void Validator::checkFederationRules()
{
    const Topology &topology = m_context.topology();
    QSet<QString> patterns;
    bool hasGlobal = false;
    for (qsizetype index = 0; index < topology.federationRules.size(); ++index) {
        const FederationRule &rule = topology.federationRules.at(index);
        const ElementRef element{ElementRef::Kind::Topology, topology.name,
                                 QStringLiteral("federationRules[%1]").arg(index)};
        const bool placeholder = rule.pattern.contains(QLatin1String("{project}"));
        hasGlobal = hasGlobal || rule.scope == FederationRule::Scope::Global;
        if (rule.pattern.trimmed().isEmpty()) {
            m_context.add(QStringLiteral("federation.pattern-empty"), Severity::Error, element,
                          tr("the federation rule has no pattern"));
        } else if (rule.scope == FederationRule::Scope::Project && !placeholder) {
            m_context.add(QStringLiteral("federation.project-placeholder"), Severity::Error, element,
                          tr("the project-scoped pattern '%1' does not capture {project}").arg(rule.pattern));
        } else if (rule.scope != FederationRule::Scope::Project && placeholder) {
            m_context.add(
                QStringLiteral("federation.placeholder-unused"), Severity::Warning, element,
                tr("the pattern '%1' captures {project} but its scope is %2").arg(rule.pattern, toKey(rule.scope)));
        }
        if (patterns.contains(rule.pattern)) {
            m_context.add(QStringLiteral("federation.pattern-duplicate"), Severity::Warning, element,
                          tr("the pattern '%1' appears more than once; the first rule wins").arg(rule.pattern));
        }
        patterns.insert(rule.pattern);
    }
    if (!hasGlobal) {
        m_context.add(QStringLiteral("federation.no-definitions-rule"), Severity::Warning,
                      {ElementRef::Kind::Topology, topology.name, QStringLiteral("federationRules")},
                      tr("no federation rule has the global scope, so Definitions cannot be recognised for "
                         "manual sync"));
    }
}

void Validator::checkRegistryUse()
{
    const Topology &topology = m_context.topology();
    for (const Registry &registry : topology.registries) {
        const auto use = m_use.constFind(registry.id);
        if (use == m_use.cend()) {
            m_context.add(QStringLiteral("registry.unused"), Severity::Info, ValidationContext::registryRef(registry),
                          tr("no cluster uses this registry"));
            continue;
        }
        if (use->projects.size() > 1 || use->tenants.size() > 1) {
            m_context.add(QStringLiteral("registry.shared-across-projects"), Severity::Warning,
                          ValidationContext::registryRef(registry),
                          tr("spokes of the projects %1 share this registry; project-scoped artifacts, "
                             "Integration Secrets included, are readable by spokes of the other projects")
                              .arg(listNames(use->projects, use->projects.size())));
        }
        const std::optional<Endpoint> &endpoint = m_context.endpoint(registry.endpoint);
        const bool ecr = registry.kind == RegistryKind::Ecr || (endpoint && endpoint->service() == HostService::Ecr);
        if (ecr) {
            m_context.add(QStringLiteral("registry.ecr-repositories"), Severity::Warning,
                          ValidationContext::registryRef(registry),
                          tr("ECR does not create repositories on push; the repositories under %1 must exist "
                             "before the hub pushes")
                              .arg(listNames(use->repositories, use->repositories.size())),
                          tr("live check: list the repositories of the registry in the Registries view"));
        }
    }
}

void Validator::checkInlineSecretCollisions()
{
    const Topology &topology = m_context.topology();
    for (const InlineSecretKind &kind : inlineSecretKinds) {
        QStringList clusters = clustersWithDistinctData(topology, kind.fingerprint);
        if (clusters.size() < 2)
            continue;

        clusters.sort();
        m_context.add(QStringLiteral("secret.inline-collision"), Severity::Warning,
                      {ElementRef::Kind::Topology, topology.name, QString()},
                      tr("%1 use different inline data for the fixed-name secret '%2' in the namespace '%3'; "
                         "one overwrites the other, so use secret names")
                          .arg(listNames(clusters, clusters.size()), QString::fromLatin1(kind.secret),
                               topology.hub.releaseNamespace));
    }
}

void Validator::checkRequirements()
{
    switch (m_kind.kind) {
    case TopologyKind::HubAsSpoke:
        checkHubAsSpoke();
        break;
    case TopologyKind::RegistryOnHub:
        checkRegistryOnHub();
        break;
    case TopologyKind::SingleExternalRegistry:
    case TopologyKind::MultipleRegistries:
        break;
    }
    checkHubPush();
    checkReachability();
    reportUnknownReach();
}

void Validator::checkHubAsSpoke()
{
    const Topology &topology = m_context.topology();
    if (topology.production) {
        m_context.add(QStringLiteral("hub-as-spoke.production"), Severity::Warning,
                      {ElementRef::Kind::Topology, topology.name, QStringLiteral("production")},
                      tr("Hub-as-Spoke is meant for evaluation and development, and this topology is marked "
                         "production"));
    }

    const Registry *registry = m_context.registry(topology.hub.registry.registryId);
    qsizetype remote = 0;
    for (const Cluster &spoke : topology.spokes)
        remote += spoke.inCluster ? 0 : 1;
    if (registry && registry->onHub && registry->exposure == Exposure::None && remote > 0) {
        m_context.add(QStringLiteral("hub-as-spoke.not-exposed"), Severity::Error,
                      ValidationContext::registryRef(*registry, QStringLiteral("exposure")),
                      tr("%n remote spoke(s) use the registry inside the hub, which is not exposed outside the "
                         "cluster; expose it through an Ingress or a LoadBalancer",
                         nullptr, int(remote)));
    }
}

void Validator::checkRegistryOnHub()
{
    const Registry *registry = m_context.registry(m_context.topology().hub.registry.registryId);
    if (!registry)
        return;

    if (registry->replicas < 2) {
        m_context.add(
            QStringLiteral("registry-on-hub.replicas"), Severity::Error,
            ValidationContext::registryRef(*registry, QStringLiteral("replicas")),
            tr("a production registry on the hub needs more than one replica; it has %1").arg(registry->replicas));
    }
    if (registry->storage == Storage::Ephemeral) {
        m_context.add(QStringLiteral("registry-on-hub.storage-ephemeral"), Severity::Error,
                      ValidationContext::registryRef(*registry, QStringLiteral("storage")),
                      tr("the registry's storage is ephemeral; artifacts are lost when a pod restarts"));
    } else if (registry->storage == Storage::ReadWriteOnce && registry->replicas > 1) {
        m_context.add(
            QStringLiteral("registry-on-hub.storage-not-shared"), Severity::Error,
            ValidationContext::registryRef(*registry, QStringLiteral("storage")),
            tr("%1 replicas cannot share one ReadWriteOnce volume; use ReadWriteMany storage").arg(registry->replicas));
    }
    if (registry->exposure != Exposure::Ingress)
        return;
    if (!registry->ingressTls) {
        m_context.add(QStringLiteral("registry-on-hub.ingress-tls"), Severity::Warning,
                      ValidationContext::registryRef(*registry, QStringLiteral("ingressTls")),
                      tr("the Ingress does not terminate TLS; credentials and artifacts cross the network in "
                         "clear text"));
    }
    if (!registry->ingressUnlimitedBody) {
        m_context.add(QStringLiteral("registry-on-hub.ingress-limits"), Severity::Warning,
                      ValidationContext::registryRef(*registry, QStringLiteral("ingressUnlimitedBody")),
                      tr("the Ingress limits the body size or uses short timeouts; large layer pushes fail"));
    }
}

void Validator::checkHubPush()
{
    const Topology &topology = m_context.topology();
    const Registry *registry = m_context.registry(topology.hub.registry.registryId);
    if (!registry || registry->hubCanPush)
        return;
    m_context.add(QStringLiteral("credentials.hub-cannot-push"), Severity::Error,
                  ValidationContext::registryRef(*registry, QStringLiteral("hubCanPush")),
                  tr("the hub's credentials for its own registry cannot push; the hub publishes every artifact "
                     "there"));
}

void Validator::checkReachability()
{
    const Topology &topology = m_context.topology();
    const QString &hub = topology.hub.name;
    const QString &hubRegistry = topology.hub.registry.registryId;
    const Registry *registry = m_context.registry(hubRegistry);
    const Reach hubReach = m_context.reach(Fact::HubToRegistry, hub, hubRegistry);
    if (registry && !registry->onHub && hubReach == Reach::Unreachable) {
        m_context.add(QStringLiteral("reach.hub-to-registry"), Severity::Error, m_context.hubRef(),
                      tr("the hub cannot reach its registry '%1', so it cannot publish anything").arg(hubRegistry));
    } else if (registry && !registry->onHub && hubReach == Reach::Unknown) {
        noteUnknown(tr("registry '%1'").arg(hubRegistry), hub);
    }

    for (const Cluster &spoke : topology.spokes)
        checkSpokeReachability(spoke);
}

void Validator::checkSpokeReachability(const Cluster &spoke)
{
    // The hub's own spoke shares the hub's network.
    if (spoke.inCluster)
        return;

    const Topology &topology = m_context.topology();
    const QString &registryId = spoke.registry.registryId;
    const Registry *registry = m_context.registry(registryId);
    if (!registry)
        return;

    const Reach toRegistry = m_context.reach(Fact::SpokeToRegistry, spoke.name, registryId);
    if (toRegistry == Reach::Unreachable) {
        m_context.add(QStringLiteral("reach.spoke-to-registry"), Severity::Error,
                      ValidationContext::spokeRef(spoke, QStringLiteral("ociRegistry.endpoint")),
                      tr("the spoke cannot reach its registry '%1', so Flux cannot pull").arg(registryId));
    } else if (toRegistry == Reach::Unknown) {
        noteUnknown(tr("registry '%1'").arg(registryId), spoke.name);
    }

    const Reach toHub = m_context.reach(Fact::SpokeToHubApi, spoke.name, topology.hub.name);
    if (toHub == Reach::Unreachable) {
        m_context.add(QStringLiteral("reach.spoke-to-hub-api"), Severity::Error, ValidationContext::spokeRef(spoke),
                      tr("the spoke cannot reach the hub API server, so it cannot register or report"));
    } else if (toHub == Reach::Unknown) {
        noteUnknown(tr("the hub API server"), spoke.name);
    }

    if (m_kind.kind == TopologyKind::MultipleRegistries && registryId != topology.hub.registry.registryId)
        checkFederation(spoke, *registry);
}

void Validator::checkFederation(const Cluster &spoke, const Registry &registry)
{
    const Topology &topology = m_context.topology();
    const QString &registryId = registry.id;
    const Reach hubToRegistry = m_context.reach(Fact::HubToRegistry, topology.hub.name, registryId);
    if (hubToRegistry == Reach::Unknown && registry.hubCanPush) {
        noteUnknown(tr("registry '%1'").arg(registryId), topology.hub.name);
    } else if (hubToRegistry == Reach::Unreachable || !registry.hubCanPush) {
        const QString why = hubToRegistry == Reach::Unreachable
                                ? tr("the hub cannot reach '%1'").arg(registryId)
                                : tr("the hub has no push credentials for '%1'").arg(registryId);
        const QString what = spoke.projects.isEmpty()
                                 ? tr("the Definitions")
                                 : tr("the Definitions and the resources of the projects %1 (Projects, Settings, "
                                      "Tenants, Integration Secrets)")
                                       .arg(spoke.projects.join(QLatin1String(", ")));
        m_context.add(QStringLiteral("multiple.manual-sync"), Severity::Warning, ValidationContext::spokeRef(spoke),
                      tr("manual sync: %1; copy %2 by hand").arg(why, what));
    }
}

void Validator::noteUnknown(const QString &what, const QString &who)
{
    auto found = m_unknownReach.find(what);
    if (found == m_unknownReach.end()) {
        found = m_unknownReach.insert(what, QStringList());
        m_unknownOrder.append(what);
    }
    qsizetype &count = m_unknownCount[what];
    if (count < listedNames && !found->contains(who))
        found->append(who);
    ++count;
}

void Validator::reportUnknownReach()
{
    for (const QString &what : std::as_const(m_unknownOrder)) {
        const qsizetype count = m_unknownCount.value(what);
        m_context.add(QStringLiteral("reach.unknown"), Severity::Info,
                      {ElementRef::Kind::Reachability, QString(), QString()},
                      tr("not known whether %1 can reach %2").arg(listNames(m_unknownReach[what], count), what),
                      tr("live check: test the connection from the cluster and record the result as measured"));
    }
}

ValidationReport validate(const Topology &topology, const ValidationOptions &options)
{
    return Validator(topology, options).run();
}

} // namespace Topology
