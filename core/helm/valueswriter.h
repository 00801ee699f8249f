#pragma once

#include <QByteArray>

#include "exportplan.h"

namespace Helm {

/// Writes a complete values file from a topology's export plan:
///
///     hue:
///       ociRegistry: {...}            # the hub's section
///     fleetConfig:
///       hub: {name, apiServer}
///       spokes:                       # sorted by spoke name
///         - name: ...
///           kubeconfig: {inCluster: true}   # only for in-cluster spokes
///           ociRegistry: {...}
///
/// Text is emitted by YamlEmitter, so every YAML 1.1 and 1.2 reader gets the same types back.
class ValuesWriter final
{
public:
    static QByteArray write(const ExportPlan &plan);
};

} // namespace Helm
