#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include "topology/model.h"
#include "util/result.h"
#include "valuesreport.h"

namespace YAML {
class Node;
}

namespace Helm {

class YamlSource;

/// Reads a PaletteAI values file into a topology: the hub (`hue.ociRegistry`, `fleetConfig.hub.name` and
/// `.apiServer`), the spokes (`fleetConfig.spokes[]`: `name`, `kubeconfig.inCluster`, `ociRegistry`) and one
/// registry per distinct endpoint. Values files carry no projects, tenants or reachability; those stay empty.
///
/// Reading is strict. Each field is converted by its own rule: `endpoint` is `oci://host[:port]` with a
/// decimal port, `timeout` a Go duration string, `insecure` and `kubeconfig.inCluster` exactly `true` or
/// `false`, `provider` one of aws/azure/gcp/generic, string fields strings (a plain `yes` or `1` is an
/// error: readers disagree on its type). Keys inside an `ociRegistry` section that the chart does not define,
/// duplicate keys and duplicate spoke names are errors. Every error names the file, line and column.
///
/// Registry ids are the endpoint's host turned into a DNS-1123 label (`zot.east.example.com` →
/// `zot-east-example-com`, a suffix `-2`, `-3`... when two endpoints share a host). The kind is guessed from
/// the host (ECR, ACR, Artifact Registry/GCR, GHCR, Zot for `zot` names inside a cluster, generic otherwise);
/// in-cluster hosts (`*.svc`, `*.svc.cluster.local`) mark the registry as running on the hub. The hub's
/// basic-auth account is assumed to push, spokes' accounts to pull only.
///
/// Empty values are the chart's defaults and are read as absent: a `basicAuth`, `proxyData` or `certData` map
/// `{}` and a secret name `''`. The export leaves them out, which the chart reads the same way.
///
/// Inline passwords and private keys are kept in memory (`password`, `tlsKey`) and each one is reported.
/// The report ends with the topology kind inferred from the result (code `kind-inferred`).
class ValuesImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Helm::ValuesImporter)

public:
    struct Result
    {
        Topology::Topology topology;
        ValuesReport report; ///< field errors (Severity::Error) and findings
    };

    /// Fails only when the text is not YAML at all or not a map; field errors go into the report.
    static Util::Result<Result> import(const QByteArray &text, const QString &fileName);

    /// Refuses a Kubernetes object (a top-level map with scalar `apiVersion` and `kind`, e.g. a KubeVela
    /// ComponentDefinition): it is a YAML map like a values file, but reading or rewriting it as one is a mistake.
    /// The error names the file and the kind.
    static Util::Result<void> rejectKubernetesObject(const YamlSource &source, const YAML::Node &document);

    /// The registry id for \a host, before making it unique.
    static QString registryIdForHost(const QString &host);
    /// The registry kind a host name suggests.
    static Topology::RegistryKind guessKind(const QString &host);
};

} // namespace Helm
