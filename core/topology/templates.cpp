#include "templates.h"

#include <QCoreApplication>

namespace Topology {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

using Fact = ReachabilityFact::Kind;

RegistryConnection connectionTo(const QString &registryId)
{
    RegistryConnection connection;
    connection.registryId = registryId;
    connection.timeout = QStringLiteral("60s");
    connection.provider = Provider::Generic;
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

// Every spoke states that it reaches its registry and the hub API server.
void stateSpokeReachability(Topology &topology)
{
    for (const Cluster &spoke : std::as_const(topology.spokes)) {
        topology.setReach(Fact::SpokeToRegistry, spoke.name, spoke.registry.registryId, Reach::Reachable);
        topology.setReach(Fact::SpokeToHubApi, spoke.name, topology.hub.name, Reach::Reachable);
    }
}

void addProjects(Topology &topology)
{
    topology.tenants = {{QStringLiteral("research")}, {QStringLiteral("retail")}};
    topology.projects = {{QStringLiteral("vision"), QStringLiteral("research")},
                         {QStringLiteral("nlp"), QStringLiteral("research")},
                         {QStringLiteral("checkout"), QStringLiteral("retail")}};
}

Topology hubAsSpoke()
{
    Topology topology;
    topology.name = QStringLiteral("hub-as-spoke");
    topology.description = tr("The appliance default: the bundled Zot inside the hub, which is its own spoke. "
                              "For evaluation and development, not for production.");
    topology.hub.apiServer = QStringLiteral("https://hub-api.lab.example.com:6443");

    Registry zot;
    zot.id = QStringLiteral("zot");
    zot.displayName = tr("Bundled Zot");
    zot.kind = RegistryKind::Zot;
    zot.endpoint = QStringLiteral("oci://zot.mural-system.svc.cluster.local:5000");
    zot.onHub = true;
    zot.storage = Storage::ReadWriteOnce;
    topology.registries = {zot};

    RegistryConnection connection = connectionTo(zot.id);
    connection.basicAuthSecretName = QStringLiteral("zot-credentials");
    topology.hub.registry = connection;

    Cluster self = makeSpoke(QStringLiteral("hub-as-spoke"), QString(), {QStringLiteral("default")}, connection);
    self.inCluster = true;
    topology.spokes = {self};
    topology.tenants = {{QStringLiteral("default")}};
    topology.projects = {{QStringLiteral("default"), QStringLiteral("default")}};

    topology.setReach(Fact::HubToRegistry, topology.hub.name, zot.id, Reach::Reachable);
    stateSpokeReachability(topology);
    return topology;
}

Topology singleExternal()
{
    Topology topology;
    topology.name = QStringLiteral("single-external");
    topology.description = tr("One Harbor registry shared by the hub and every spoke: the recommended "
                              "production setup.");
    topology.production = true;
    topology.hub.apiServer = QStringLiteral("https://hub-api.example.com:6443");

    Registry harbor;
    harbor.id = QStringLiteral("harbor");
    harbor.displayName = tr("Corporate Harbor");
    harbor.kind = RegistryKind::Harbor;
    harbor.endpoint = QStringLiteral("oci://harbor.example.com");
    topology.registries = {harbor};

    // The hub pushes with a robot account that has write access; spokes pull with a read-only one.
    RegistryConnection hubConnection = connectionTo(harbor.id);
    hubConnection.basicAuthSecretName = QStringLiteral("harbor-push-robot");
    topology.hub.registry = hubConnection;

    RegistryConnection spokeConnection = connectionTo(harbor.id);
    spokeConnection.basicAuthSecretName = QStringLiteral("harbor-pull-robot");
    addProjects(topology);
    topology.spokes = {
        makeSpoke(QStringLiteral("prod-us-east"), QStringLiteral("us-east"), {QStringLiteral("vision")},
                  spokeConnection),
        makeSpoke(QStringLiteral("prod-eu-west"), QStringLiteral("eu-west"), {QStringLiteral("vision")},
                  spokeConnection),
    };
    topology.projects = {{QStringLiteral("vision"), QStringLiteral("research")}};
    topology.tenants = {{QStringLiteral("research")}};

    topology.setReach(Fact::HubToRegistry, topology.hub.name, harbor.id, Reach::Reachable);
    stateSpokeReachability(topology);
    return topology;
}

Topology registryOnHub()
{
    Topology topology;
    topology.name = QStringLiteral("registry-on-hub");
    topology.description = tr("A production Zot on the hub with three replicas on shared storage, exposed "
                              "to the spokes through an Ingress with TLS.");
    topology.production = true;
    topology.hub.apiServer = QStringLiteral("https://hub-api.example.com:6443");

    Registry zot;
    zot.id = QStringLiteral("hub-zot");
    zot.displayName = tr("Zot on the hub");
    zot.kind = RegistryKind::Zot;
    zot.endpoint = QStringLiteral("oci://zot.mural-system.svc.cluster.local:5000");
    zot.onHub = true;
    zot.exposure = Exposure::Ingress;
    zot.exposedEndpoint = QStringLiteral("oci://zot.hub.example.com");
    zot.replicas = 3;
    zot.storage = Storage::ReadWriteMany;
    topology.registries = {zot};

    RegistryConnection hubConnection = connectionTo(zot.id);
    hubConnection.basicAuthSecretName = QStringLiteral("zot-push");
    topology.hub.registry = hubConnection;

    // Spokes cannot resolve the in-cluster service name: they use the exposed endpoint.
    RegistryConnection spokeConnection = connectionTo(zot.id);
    spokeConnection.endpointOverride = zot.exposedEndpoint;
    spokeConnection.basicAuthSecretName = QStringLiteral("zot-pull");
    topology.spokes = {
        makeSpoke(QStringLiteral("plant-berlin"), QStringLiteral("eu-central"), {QStringLiteral("vision")},
                  spokeConnection),
        makeSpoke(QStringLiteral("plant-lyon"), QStringLiteral("eu-west"), {QStringLiteral("vision")}, spokeConnection),
    };
    topology.projects = {{QStringLiteral("vision"), QStringLiteral("research")}};
    topology.tenants = {{QStringLiteral("research")}};

    topology.setReach(Fact::HubToRegistry, topology.hub.name, zot.id, Reach::Reachable);
    stateSpokeReachability(topology);
    return topology;
}

Topology multipleRegistries()
{
    Topology topology;
    topology.name = QStringLiteral("multiple-registries");
    topology.description = tr("A registry per region: ECR for the US spokes, a Zot for the European spokes "
                              "and one for an isolated factory the hub cannot reach, synchronized by hand.");
    topology.production = true;
    topology.hub.apiServer = QStringLiteral("https://hub-api.example.com:6443");

    Registry ecr;
    ecr.id = QStringLiteral("ecr-us");
    ecr.kind = RegistryKind::Ecr;
    ecr.endpoint = QStringLiteral("oci://123456789012.dkr.ecr.us-east-1.amazonaws.com");
    Registry zotEu;
    zotEu.id = QStringLiteral("zot-eu");
    zotEu.kind = RegistryKind::Zot;
    zotEu.endpoint = QStringLiteral("oci://zot.eu.example.com");
    Registry factory;
    factory.id = QStringLiteral("zot-factory");
    factory.kind = RegistryKind::Zot;
    factory.endpoint = QStringLiteral("oci://registry.factory.example.com:5000");
    factory.hubCanPush = false;
    topology.registries = {ecr, zotEu, factory};

    RegistryConnection hubConnection = connectionTo(zotEu.id);
    hubConnection.basicAuthSecretName = QStringLiteral("zot-eu-push");
    topology.hub.registry = hubConnection;

    RegistryConnection ecrConnection = connectionTo(ecr.id);
    ecrConnection.provider = Provider::Aws;
    ecrConnection.repository = QStringLiteral("paletteai/mural-workloads");
    RegistryConnection euConnection = connectionTo(zotEu.id);
    euConnection.basicAuthSecretName = QStringLiteral("zot-eu-pull");
    RegistryConnection factoryConnection = connectionTo(factory.id);
    factoryConnection.basicAuthSecretName = QStringLiteral("factory-pull");

    addProjects(topology);
    topology.spokes = {
        makeSpoke(QStringLiteral("retail-us-1"), QStringLiteral("us-east"), {QStringLiteral("checkout")},
                  ecrConnection),
        makeSpoke(QStringLiteral("lab-eu-1"), QStringLiteral("eu-west"),
                  {QStringLiteral("vision"), QStringLiteral("nlp")}, euConnection),
        makeSpoke(QStringLiteral("lab-eu-2"), QStringLiteral("eu-west"), {QStringLiteral("vision")}, euConnection),
        makeSpoke(QStringLiteral("factory-1"), QStringLiteral("factory"), {QStringLiteral("vision")},
                  factoryConnection),
    };

    topology.setReach(Fact::HubToRegistry, topology.hub.name, ecr.id, Reach::Reachable);
    topology.setReach(Fact::HubToRegistry, topology.hub.name, zotEu.id, Reach::Reachable);
    topology.setReach(Fact::HubToRegistry, topology.hub.name, factory.id, Reach::Unreachable);
    stateSpokeReachability(topology);
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
