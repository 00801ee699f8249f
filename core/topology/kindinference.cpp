#include "kindinference.h"

#include <QCoreApplication>
#include <QSet>

namespace Topology {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Topology", text, disambiguation, n);
}

// Registries in use, in first-use order: the hub's first, then the spokes'.
QStringList registriesInUse(const Topology &topology)
{
    QStringList used;
    QSet<QString> seen;
    const auto note = [&](const QString &id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            used.append(id);
        }
    };
    note(topology.hub.registry.registryId);
    for (const Cluster &spoke : topology.spokes)
        note(spoke.registry.registryId);
    return used;
}

qsizetype remoteSpokeCount(const Topology &topology)
{
    qsizetype count = 0;
    for (const Cluster &spoke : topology.spokes) {
        if (!spoke.inCluster)
            ++count;
    }
    return count;
}

KindInference inferSingle(const Topology &topology, const QString &id)
{
    const Registry *registry = topology.registry(id);
    if (!registry || !registry->onHub) {
        return {TopologyKind::SingleExternalRegistry,
                tr("the hub and every spoke use the registry '%1', which does not run on the hub").arg(id)};
    }

    const qsizetype remote = remoteSpokeCount(topology);
    if (registry->exposure != Exposure::None) {
        return {TopologyKind::RegistryOnHub,
                tr("every cluster uses the registry '%1', which runs on the hub and is exposed through %2")
                    .arg(id, toKey(registry->exposure))};
    }
    if (remote == 0) {
        return {TopologyKind::HubAsSpoke,
                tr("every cluster uses the registry '%1' inside the hub and only the hub itself is a spoke").arg(id)};
    }
    return {TopologyKind::HubAsSpoke,
            tr("every cluster uses the registry '%1' inside the hub; it is not exposed, yet %n remote spoke(s) "
               "use it",
               nullptr, int(remote))
                .arg(id)};
}

} // namespace

KindInference inferKind(const Topology &topology)
{
    const QStringList used = registriesInUse(topology);
    if (used.isEmpty()) {
        return {TopologyKind::HubAsSpoke,
                tr("no cluster names a registry; the chart's default is the Zot registry inside the hub")};
    }
    if (used.size() > 1) {
        return {TopologyKind::MultipleRegistries,
                tr("the clusters use %n different registries", nullptr, int(used.size()))};
    }
    return inferSingle(topology, used.first());
}

} // namespace Topology
