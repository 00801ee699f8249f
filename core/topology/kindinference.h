#pragma once

#include <QString>

#include "model.h"

namespace Topology {

/// The topology kind a model has, and why the console thinks so.
struct KindInference
{
    TopologyKind kind = TopologyKind::HubAsSpoke;
    QString reason; ///< one translated sentence naming the facts that decided
};

/// Infers the kind from which registries the hub and the spokes use:
/// more than one registry → Multiple Registries; one registry not on the hub → Single External Registry;
/// one registry on the hub → Registry on Hub when it is exposed, else Hub-as-Spoke (validation reports
/// remote spokes of an unexposed in-cluster registry as an error).
KindInference inferKind(const Topology &topology);

} // namespace Topology
