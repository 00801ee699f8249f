#pragma once

#include <QByteArray>

#include "model.h"

namespace YAML {
class Emitter;
}

namespace Topology {

/// Writes a Topology as the YAML of docs/topology-format.md, keys always in the same order. Strings that
/// a YAML 1.1 or 1.2 reader would take for another type are quoted; secret values are written only when
/// the topology sets inlineSecrets.
class TopologyWriter final
{
public:
    explicit TopologyWriter(const Topology &topology);

    QByteArray write() const;

private:
    void writeHub(YAML::Emitter &out) const;
    void writeConnection(YAML::Emitter &out, const RegistryConnection &connection) const;
    void writeBasicAuth(YAML::Emitter &out, const BasicAuth &auth) const;
    void writeProxyData(YAML::Emitter &out, const ProxyData &proxy) const;
    void writeCertData(YAML::Emitter &out, const CertData &certs) const;
    void writeRegistry(YAML::Emitter &out, const Registry &registry) const;
    void writeSpoke(YAML::Emitter &out, const Cluster &spoke) const;
    void writeLists(YAML::Emitter &out) const;

    const Topology &m_topology;
};

} // namespace Topology
