#pragma once

#include "model.h"

namespace Topology {

/// A complete, realistic starting point for \a kind: registries, hub, spokes, projects, tenants and the
/// reachability facts the kind depends on. Each template passes its own validation without errors;
/// the Hub-as-Spoke template carries the expected "not for production" caveat only as a description.
Topology makeTemplate(TopologyKind kind);

} // namespace Topology
