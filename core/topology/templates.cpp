#include "templates.h"

#include <QCoreApplication>

namespace Topology {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

using Fact = ReachabilityFact::Kind;

// Production templates differ from the appliance default only in their hub's API server.
Topology startTopology(const QString &name, const QString &description, bool production)
{
    Topology topology;
    topology.name = name;
    topology.description = description;
    topology.production = production;
    topology.hub.apiServer = production ? QStringLiteral("https://hub-api.example.com:6443")
                                        : QStringLiteral("https://hub-api.lab.example.com:6443");
    return topology;
}

Registry makeRegistry(const QString &id, RegistryKind kind, const QString &endpoint)
{
    Registry registry;
    registry.id = id;
    registry.kind = kind;
    registry.endpoint = endpoint;
    return registry;
}

// The bundled Zot's in-cluster address, which only the hub itself can resolve.
Registry makeHubZot(const QString &id, const QString &displayName)
{
    Registry zot = makeRegistry(id, RegistryKind::Zot, QStringLiteral("oci://zot.mural-system.svc.cluster.local:5000"));
    zot.displayName = displayName;
    zot.onHub = true;
    return zot;
}

RegistryConnection connectionTo(const QString &registryId, const QString &basicAuthSecretName = QString())
{
    RegistryConnection connection;
    connection.registryId = registryId;
    connection.timeout = QStringLiteral("60s");
    connection.provider = Provider::Generic;
    connection.basicAuthSecretName = basicAuthSecretName;
    return connection;
}

Cluster makeSpoke(const QString &name, const QString &region, const QStringList &projects,
                  const RegistryConnection &connection)
{
    Cluster spoke;
    spoke.name = name;
    spoke.region = region;
    spoke.projects = projects;
    spoke.registry = connection;
    return spoke;
}

// The single-registry production templates: two spokes that both run the one project of one tenant.
void addVisionSpokes(Topology &topology, const QString &first, const QString &firstRegion, const QString &second,
                     const QString &secondRegion, const RegistryConnection &connection)
{
    const QStringList projects = {QStringLiteral("vision")};
    topology.spokes = {makeSpoke(first, firstRegion, projects, connection),
                       makeSpoke(second, secondRegion, projects, connection)};
    topology.projects = {{QStringLiteral("vision"), QStringLiteral("research")}};
    topology.tenants = {{QStringLiteral("research")}};
}

void addProjects(Topology &topology)
{
    topology.tenants = {{QStringLiteral("research")}, {QStringLiteral("retail")}};
    topology.projects = {{QStringLiteral("vision"), QStringLiteral("research")},
                         {QStringLiteral("nlp"), QStringLiteral("research")},
                         {QStringLiteral("checkout"), QStringLiteral("retail")}};
}

// The hub reaches the registries it pushes to; every spoke reaches its registry and the hub API server.
void stateReachability(Topology &topology)
{
    for (const Registry &registry : std::as_const(topology.registries)) {
        topology.setReach(Fact::HubToRegistry, topology.hub.name, registry.id,
                          registry.hubCanPush ? Reach::Reachable : Reach::Unreachable);
    }
    for (const Cluster &spoke : std::as_const(topology.spokes)) {
        topology.setReach(Fact::SpokeToRegistry, spoke.name, spoke.registry.registryId, Reach::Reachable);
        topology.setReach(Fact::SpokeToHubApi, spoke.name, topology.hub.name, Reach::Reachable);
    }
}

Topology hubAsSpoke()
{
    Topology topology = startTopology(QStringLiteral("hub-as-spoke"),
                                      tr("The appliance default: the bundled Zot inside the hub, which is its own "
                                         "spoke. For evaluation and development, not for production."),
                                      false);
    Registry zot = makeHubZot(QStringLiteral("zot"), tr("Bundled Zot"));
    zot.storage = Storage::ReadWriteOnce;
    topology.registries = {zot};

    const RegistryConnection connection = connectionTo(zot.id, QStringLiteral("zot-credentials"));
    topology.hub.registry = connection;

    Cluster self = makeSpoke(QStringLiteral("hub-as-spoke"), QString(), {QStringLiteral("default")}, connection);
    self.inCluster = true;
    topology.spokes = {self};
    topology.tenants = {{QStringLiteral("default")}};
    topology.projects = {{QStringLiteral("default"), QStringLiteral("default")}};

    stateReachability(topology);
    return topology;
}

Topology singleExternal()
{
    Topology topology = startTopology(QStringLiteral("single-external"),
                                      tr("One Harbor registry shared by the hub and every spoke: the recommended "
                                         "production setup."),
                                      true);
    Registry harbor =
        makeRegistry(QStringLiteral("harbor"), RegistryKind::Harbor, QStringLiteral("oci://harbor.example.com"));
    harbor.displayName = tr("Corporate Harbor");
    topology.registries = {harbor};

    // The hub pushes with a robot account that has write access; spokes pull with a read-only one.
    topology.hub.registry = connectionTo(harbor.id, QStringLiteral("harbor-push-robot"));
    const RegistryConnection spokeConnection = connectionTo(harbor.id, QStringLiteral("harbor-pull-robot"));
    addVisionSpokes(topology, QStringLiteral("prod-us-east"), QStringLiteral("us-east"), QStringLiteral("prod-eu-west"),
                    QStringLiteral("eu-west"), spokeConnection);

    stateReachability(topology);
    return topology;
}

Topology registryOnHub()
{
    Topology topology = startTopology(QStringLiteral("registry-on-hub"),
                                      tr("A production Zot on the hub with three replicas on shared storage, "
                                         "exposed to the spokes through an Ingress with TLS."),
                                      true);
    Registry zot = makeHubZot(QStringLiteral("hub-zot"), tr("Zot on the hub"));
    zot.exposure = Exposure::Ingress;
    zot.exposedEndpoint = QStringLiteral("oci://zot.hub.example.com");
    zot.replicas = 3;
    zot.storage = Storage::ReadWriteMany;
    topology.registries = {zot};

    topology.hub.registry = connectionTo(zot.id, QStringLiteral("zot-push"));

    // Spokes cannot resolve the in-cluster service name: they use the exposed endpoint.
    RegistryConnection spokeConnection = connectionTo(zot.id, QStringLiteral("zot-pull"));
    spokeConnection.endpointOverride = zot.exposedEndpoint;
    addVisionSpokes(topology, QStringLiteral("plant-berlin"), QStringLiteral("eu-central"),
                    QStringLiteral("plant-lyon"), QStringLiteral("eu-west"), spokeConnection);

    stateReachability(topology);
    return topology;
}

Topology multipleRegistries()
{
    Topology topology = startTopology(QStringLiteral("multiple-registries"),
                                      tr("A registry per region: ECR for the US spokes, a Zot for the European "
                                         "spokes and one for an isolated factory the hub cannot reach, "
                                         "synchronized by hand."),
                                      true);
    const Registry ecr = makeRegistry(QStringLiteral("ecr-us"), RegistryKind::Ecr,
                                      QStringLiteral("oci://123456789012.dkr.ecr.us-east-1.amazonaws.com"));
    const Registry zotEu =
        makeRegistry(QStringLiteral("zot-eu"), RegistryKind::Zot, QStringLiteral("oci://zot.eu.example.com"));
    Registry factory = makeRegistry(QStringLiteral("zot-factory"), RegistryKind::Zot,
                                    QStringLiteral("oci://registry.factory.example.com:5000"));
    factory.hubCanPush = false;
    topology.registries = {ecr, zotEu, factory};

    topology.hub.registry = connectionTo(zotEu.id, QStringLiteral("zot-eu-push"));

    // ECR authenticates through the cloud identity, so that connection names no secret.
    RegistryConnection ecrConnection = connectionTo(ecr.id);
    ecrConnection.provider = Provider::Aws;
    ecrConnection.repository = QStringLiteral("paletteai/mural-workloads");
    const RegistryConnection euConnection = connectionTo(zotEu.id, QStringLiteral("zot-eu-pull"));
    const RegistryConnection factoryConnection = connectionTo(factory.id, QStringLiteral("factory-pull"));

    addProjects(topology);
    const QStringList vision = {QStringLiteral("vision")};
    topology.spokes = {
        makeSpoke(QStringLiteral("retail-us-1"), QStringLiteral("us-east"), {QStringLiteral("checkout")},
                  ecrConnection),
        makeSpoke(QStringLiteral("lab-eu-1"), QStringLiteral("eu-west"),
                  {QStringLiteral("vision"), QStringLiteral("nlp")}, euConnection),
        makeSpoke(QStringLiteral("lab-eu-2"), QStringLiteral("eu-west"), vision, euConnection),
        makeSpoke(QStringLiteral("factory-1"), QStringLiteral("factory"), vision, factoryConnection),
    };

    stateReachability(topology);
    return topology;
}

} // namespace

Topology makeTemplate(TopologyKind kind)
{
    switch (kind) {
    case TopologyKind::HubAsSpoke:
        return hubAsSpoke();
    case TopologyKind::SingleExternalRegistry:
        return singleExternal();
    case TopologyKind::RegistryOnHub:
        return registryOnHub();
    case TopologyKind::MultipleRegistries:
        return multipleRegistries();
    }
    return {};
}

} // namespace Topology
