#pragma once

#include "topology/model.h"
#include "util/result.h"

namespace Console {

/// Topologies the console can open without a file: the demo workspace and generated fleets of any size.
class DemoWorkspace final
{
public:
    /// The sample values file shipped in the resources, imported and given projects, tenants and the
    /// reachability an administrator would state, so every part of the designer has something to show.
    static Util::Result<Topology::Topology> sample();

    /// A Multiple Registries fleet of \a spokes spokes over four registries and six projects, with some
    /// spokes the hub cannot reach; used for screenshots and the GUI benchmark.
    static Topology::Topology generated(int spokes);
};

} // namespace Console
