#pragma once

#include <yaml-cpp/yaml.h>

#include "exportplan.h"

namespace Helm {

/// Builds the yaml-cpp nodes of the values file; the writer emits them whole, the merger splices them in.
class ValuesNodes final
{
public:
    /// The `ociRegistry` map of one section, fields in the chart's order: endpoint, repository, insecure,
    /// timeout, provider, basicAuthSecretName, basicAuth, proxySecretName, proxyData, certSecretName,
    /// certData. Empty fields are left out: the chart reads an absent field as its empty default.
    static YAML::Node ociRegistry(const ValuesSection &section);

    /// A minimal `fleetConfig.spokes[]` entry: name, `kubeconfig.inCluster` for in-cluster spokes, ociRegistry.
    static YAML::Node spokeEntry(const ValuesSection &section);

    /// The complete values document of a plan.
    static YAML::Node document(const ExportPlan &plan);

    /// The chart's `ociRegistry` keys, in order.
    static const QStringList &ociRegistryKeys();
};

} // namespace Helm
