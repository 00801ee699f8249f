#include "demoworkspace.h"

#include <QCoreApplication>

#include "coreapi.h"

namespace Console {

namespace {

using Fact = Topology::ReachabilityFact;

const QString samplePath = QStringLiteral(":/samples/three-spokes-two-registries.yaml");

void addProjects(Topology::Topology &topology)
{
    topology.tenants = {{QStringLiteral("research")}, {QStringLiteral("retail")}};
    topology.projects = {{QStringLiteral("vision"), QStringLiteral("research")},
                         {QStringLiteral("nlp"), QStringLiteral("research")},
                         {QStringLiteral("checkout"), QStringLiteral("retail")}};

    const QHash<QString, QStringList> membership{
        {QStringLiteral("gpu-east-1"), {QStringLiteral("vision")}},
        {QStringLiteral("gpu-east-2"), {QStringLiteral("vision"), QStringLiteral("nlp")}},
        {QStringLiteral("edge-west"), {QStringLiteral("checkout")}},
    };
    for (Topology::Cluster &spoke : topology.spokes)
        spoke.projects = membership.value(spoke.name);
}

// Facts as an administrator would state them after asking the network team.
void addReachability(Topology::Topology &topology)
{
    const QString hub = topology.hub.name;
    for (const Topology::Registry &registry : std::as_const(topology.registries)) {
        const bool cloud = registry.kind == Topology::RegistryKind::Ecr;
        topology.setReach(Fact::Kind::HubToRegistry, hub, registry.id,
                          cloud ? Topology::Reach::Unreachable : Topology::Reach::Reachable);
    }
    for (const Topology::Cluster &spoke : std::as_const(topology.spokes)) {
        topology.setReach(Fact::Kind::SpokeToRegistry, spoke.name, spoke.registry.registryId,
                          Topology::Reach::Reachable);
        if (spoke.name != QLatin1String("edge-west"))
            topology.setReach(Fact::Kind::SpokeToHubApi, spoke.name, hub, Topology::Reach::Reachable);
    }
}

} // namespace

Util::Result<Topology::Topology> DemoWorkspace::sample()
{
    auto imported = Ui::CoreApi::importValues(samplePath);
    if (!imported)
        return imported.error();

    Topology::Topology topology = imported->topology;
    topology.name = QCoreApplication::translate("Console::DemoWorkspace", "Demo fleet");
    topology.description = QCoreApplication::translate(
        "Console::DemoWorkspace", "Imported from the sample values file: one hub and three spokes on two registries.");
    topology.production = true;
    addProjects(topology);
    addReachability(topology);
    for (Topology::Registry &registry : topology.registries) {
        if (registry.kind == Topology::RegistryKind::Ecr)
            registry.displayName = QStringLiteral("ECR us-west-2");
        else if (registry.endpoint.contains(QLatin1String("zot.east")))
            registry.displayName = QStringLiteral("Zot East");
        else if (registry.endpoint.contains(QLatin1String("registry.hub")))
            registry.displayName = QStringLiteral("Central registry");
    }

    // A fourth spoke not yet in the values file, planned on the east registry.
    Topology::Cluster planned = topology.spokes.value(1);
    planned.name = QStringLiteral("gpu-east-3");
    planned.projects = {QStringLiteral("nlp")};
    topology.spokes.append(planned);
    return topology;
}

Topology::Topology DemoWorkspace::generated(int spokes)
{
    Topology::Topology topology;
    topology.name =
        QCoreApplication::translate("Console::DemoWorkspace", "Generated fleet of %n spoke(s)", nullptr, spokes);
    topology.production = true;
    topology.hub.apiServer = QStringLiteral("https://hub-api.example.com:6443");

    const struct
    {
        const char *id;
        Topology::RegistryKind kind;
        const char *endpoint;
    } registries[] = {
        {"harbor-central", Topology::RegistryKind::Harbor, "oci://harbor.example.com"},
        {"zot-east", Topology::RegistryKind::Zot, "oci://zot.east.example.com:443"},
        {"ecr-west", Topology::RegistryKind::Ecr, "oci://123456789012.dkr.ecr.us-west-2.amazonaws.com"},
        {"acr-europe", Topology::RegistryKind::Acr, "oci://fleet.azurecr.io"},
    };
    for (const auto &entry : registries) {
        Topology::Registry registry;
        registry.id = QString::fromLatin1(entry.id);
        registry.kind = entry.kind;
        registry.endpoint = QString::fromLatin1(entry.endpoint);
        topology.registries.append(registry);
        topology.setReach(Fact::Kind::HubToRegistry, topology.hub.name, registry.id,
                          registry.kind == Topology::RegistryKind::Ecr ? Topology::Reach::Unreachable
                                                                       : Topology::Reach::Reachable);
    }
    topology.hub.registry.registryId = topology.registries.first().id;
    topology.hub.registry.basicAuthSecretName = QStringLiteral("hub-registry-push");

    const QStringList projects{QStringLiteral("vision"), QStringLiteral("nlp"),      QStringLiteral("speech"),
                               QStringLiteral("retail"), QStringLiteral("robotics"), QStringLiteral("search")};
    for (const QString &project : projects)
        topology.projects.append({project, QStringLiteral("research")});
    topology.tenants = {{QStringLiteral("research")}};

    for (int i = 0; i < spokes; ++i) {
        Topology::Cluster spoke;
        spoke.name = QStringLiteral("spoke-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        spoke.projects = {projects.at(i % projects.size())};
        spoke.registry.registryId = topology.registries.at((i / 7) % topology.registries.size()).id;
        spoke.registry.basicAuthSecretName = QStringLiteral("registry-pull");
        topology.spokes.append(spoke);
        topology.setReach(Fact::Kind::SpokeToRegistry, spoke.name, spoke.registry.registryId,
                          i % 37 == 5 ? Topology::Reach::Unknown : Topology::Reach::Reachable);
        topology.setReach(Fact::Kind::SpokeToHubApi, spoke.name, topology.hub.name,
                          i % 53 == 7 ? Topology::Reach::Unreachable : Topology::Reach::Reachable);
    }
    return topology;
}

} // namespace Console
