#include "topologywriter.h"

#include <yaml-cpp/yaml.h>

#include "topologyfile.h"
#include "yamlscalar.h"

namespace Topology {

namespace {

// A string scalar every reader types as a string. Multi-line values (PEM) become literal blocks when the
// block form keeps them exactly; everything else that is ambiguous is double-quoted.
void writeString(YAML::Emitter &out, const QString &value)
{
    const std::string text = value.toStdString();
    const bool literalSafe = value.endsWith(QLatin1Char('\n')) && !value.endsWith(QLatin1String("\n\n")) &&
                             !value.startsWith(QLatin1Char(' ')) && !value.contains(QLatin1Char('\r')) &&
                             !value.contains(QLatin1String(" \n"));
    if (value.contains(QLatin1Char('\n')))
        out << (literalSafe ? YAML::Literal : YAML::DoubleQuoted) << text;
    else if (yamlPlainScalarIsAmbiguous(value))
        out << YAML::DoubleQuoted << text;
    else
        out << text;
}

void keyValue(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value;
    writeString(out, value);
}

void keyValueIfSet(YAML::Emitter &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        keyValue(out, key, value);
}

void keyBool(YAML::Emitter &out, const char *key, bool value)
{
    out << YAML::Key << key << YAML::Value << (value ? "true" : "false");
}

} // namespace

TopologyWriter::TopologyWriter(const Topology &topology)
    : m_topology(topology)
{
}

QByteArray TopologyWriter::write() const
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("PaletteAI registry topology; the format is described in docs/topology-format.md");
    out << YAML::BeginMap;
    out << YAML::Key << "kind" << YAML::Value << TopologyFile::kindName;
    out << YAML::Key << "version" << YAML::Value << TopologyFile::currentVersion;
    keyValue(out, "name", m_topology.name);
    keyValueIfSet(out, "description", m_topology.description);
    keyBool(out, "production", m_topology.production);
    if (m_topology.inlineSecrets)
        keyBool(out, "inlineSecrets", true);

    writeHub(out);
    out << YAML::Key << "registries" << YAML::Value << YAML::BeginSeq;
    for (const Registry &registry : m_topology.registries)
        writeRegistry(out, registry);
    out << YAML::EndSeq;
    out << YAML::Key << "spokes" << YAML::Value << YAML::BeginSeq;
    for (const Cluster &spoke : m_topology.spokes)
        writeSpoke(out, spoke);
    out << YAML::EndSeq;
    writeLists(out);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

void TopologyWriter::writeHub(YAML::Emitter &out) const
{
    const Hub &hub = m_topology.hub;
    out << YAML::Key << "hub" << YAML::Value << YAML::BeginMap;
    keyValue(out, "name", hub.name);
    keyValueIfSet(out, "apiServer", hub.apiServer);
    keyValue(out, "releaseNamespace", hub.releaseNamespace);
    out << YAML::Key << "ociRegistry" << YAML::Value;
    writeConnection(out, hub.registry);
    out << YAML::EndMap;
}

void TopologyWriter::writeConnection(YAML::Emitter &out, const RegistryConnection &connection) const
{
    out << YAML::BeginMap;
    keyValue(out, "registry", connection.registryId);
    keyValueIfSet(out, "endpoint", connection.endpointOverride);
    keyValue(out, "repository", connection.repository);
    if (connection.insecure)
        keyBool(out, "insecure", *connection.insecure);
    keyValueIfSet(out, "timeout", connection.timeout);
    if (connection.provider != Provider::Unset)
        keyValue(out, "provider", toKey(connection.provider));

    keyValueIfSet(out, "basicAuthSecretName", connection.basicAuthSecretName);
    if (connection.basicAuth)
        writeBasicAuth(out, *connection.basicAuth);
    keyValueIfSet(out, "proxySecretName", connection.proxySecretName);
    if (connection.proxyData)
        writeProxyData(out, *connection.proxyData);
    keyValueIfSet(out, "certSecretName", connection.certSecretName);
    if (connection.certData)
        writeCertData(out, *connection.certData);
    out << YAML::EndMap;
}

// Secret values go into the file only when the topology opts in to inline secrets; references always do.
void TopologyWriter::writeBasicAuth(YAML::Emitter &out, const BasicAuth &auth) const
{
    out << YAML::Key << "basicAuth" << YAML::Value << YAML::BeginMap;
    keyValue(out, "username", auth.username);
    keyValueIfSet(out, "passwordRef", auth.passwordRef);
    if (m_topology.inlineSecrets)
        keyValueIfSet(out, "password", auth.password);
    keyBool(out, "canPush", auth.canPush);
    out << YAML::EndMap;
}

void TopologyWriter::writeProxyData(YAML::Emitter &out, const ProxyData &proxy) const
{
    out << YAML::Key << "proxyData" << YAML::Value << YAML::BeginMap;
    keyValue(out, "address", proxy.address);
    keyValueIfSet(out, "username", proxy.username);
    keyValueIfSet(out, "passwordRef", proxy.passwordRef);
    if (m_topology.inlineSecrets)
        keyValueIfSet(out, "password", proxy.password);
    out << YAML::EndMap;
}

void TopologyWriter::writeCertData(YAML::Emitter &out, const CertData &certs) const
{
    out << YAML::Key << "certData" << YAML::Value << YAML::BeginMap;
    keyValueIfSet(out, "ca.crt", certs.caCrt);
    keyValueIfSet(out, "tls.crt", certs.tlsCrt);
    keyValueIfSet(out, "tlsKeyRef", certs.tlsKeyRef);
    if (m_topology.inlineSecrets)
        keyValueIfSet(out, "tls.key", certs.tlsKey);
    out << YAML::EndMap;
}

void TopologyWriter::writeRegistry(YAML::Emitter &out, const Registry &registry) const
{
    out << YAML::BeginMap;
    keyValue(out, "id", registry.id);
    keyValueIfSet(out, "displayName", registry.displayName);
    keyValue(out, "kind", toKey(registry.kind));
    keyValue(out, "endpoint", registry.endpoint);
    keyBool(out, "onHub", registry.onHub);
    keyValue(out, "exposure", toKey(registry.exposure));
    keyValueIfSet(out, "exposedEndpoint", registry.exposedEndpoint);
    out << YAML::Key << "replicas" << YAML::Value << registry.replicas;
    keyValue(out, "storage", toKey(registry.storage));
    keyBool(out, "ingressTls", registry.ingressTls);
    keyBool(out, "ingressUnlimitedBody", registry.ingressUnlimitedBody);
    keyBool(out, "hubCanPush", registry.hubCanPush);
    out << YAML::EndMap;
}

void TopologyWriter::writeSpoke(YAML::Emitter &out, const Cluster &spoke) const
{
    out << YAML::BeginMap;
    keyValue(out, "name", spoke.name);
    keyValueIfSet(out, "region", spoke.region);
    if (spoke.inCluster)
        keyBool(out, "inCluster", true);
    if (!spoke.projects.isEmpty()) {
        out << YAML::Key << "projects" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &project : spoke.projects)
            writeString(out, project);
        out << YAML::EndSeq;
    }
    out << YAML::Key << "ociRegistry" << YAML::Value;
    writeConnection(out, spoke.registry);
    out << YAML::EndMap;
}

void TopologyWriter::writeLists(YAML::Emitter &out) const
{
    out << YAML::Key << "projects" << YAML::Value << YAML::BeginSeq;
    for (const Project &project : m_topology.projects) {
        out << YAML::BeginMap;
        keyValue(out, "name", project.name);
        keyValueIfSet(out, "tenant", project.tenant);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "tenants" << YAML::Value << YAML::BeginSeq;
    for (const Tenant &tenant : m_topology.tenants) {
        out << YAML::BeginMap;
        keyValue(out, "name", tenant.name);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "reachability" << YAML::Value << YAML::BeginSeq;
    for (const ReachabilityFact &fact : m_topology.reachability) {
        out << YAML::BeginMap;
        keyValue(out, "kind", toKey(fact.kind));
        keyValue(out, "from", fact.from);
        keyValue(out, "to", fact.to);
        keyValue(out, "reach", toKey(fact.reach));
        keyValueIfSet(out, "origin", fact.origin);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "federationRules" << YAML::Value << YAML::BeginSeq;
    for (const FederationRule &rule : m_topology.federationRules) {
        out << YAML::BeginMap;
        keyValue(out, "pattern", rule.pattern);
        keyValue(out, "scope", toKey(rule.scope));
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace Topology
