#include "valuesnodes.h"

#include "yamlemitter.h"

namespace Helm {

namespace {

// Strings are quoted as in the chart's own values.yaml; only `timeout` stays plain there (setDuration).
void setNonEmpty(YAML::Node &map, const char *key, const QString &value)
{
    if (!value.isEmpty())
        map[key] = YamlEmitter::quotedScalar(value);
}

void setDuration(YAML::Node &map, const char *key, const QString &value)
{
    if (!value.isEmpty())
        map[key] = YamlEmitter::stringScalar(value);
}

YAML::Node emptyMap()
{
    return YAML::Node(YAML::NodeType::Map);
}

YAML::Node basicAuthNode(const Topology::BasicAuth &data)
{
    YAML::Node node = emptyMap();
    setNonEmpty(node, "username", data.username);
    setNonEmpty(node, "password", data.password);
    return node;
}

YAML::Node proxyNode(const Topology::ProxyData &data)
{
    YAML::Node node = emptyMap();
    setNonEmpty(node, "address", data.address);
    setNonEmpty(node, "username", data.username);
    setNonEmpty(node, "password", data.password);
    return node;
}

YAML::Node certNode(const Topology::CertData &data)
{
    YAML::Node node = emptyMap();
    setNonEmpty(node, "ca.crt", data.caCrt);
    setNonEmpty(node, "tls.crt", data.tlsCrt);
    setNonEmpty(node, "tls.key", data.tlsKey);
    return node;
}

} // namespace

YAML::Node ValuesNodes::ociRegistry(const ValuesSection &section)
{
    const Topology::RegistryConnection &connection = section.connection;
    YAML::Node node = emptyMap();
    setNonEmpty(node, "endpoint", section.endpoint);
    setNonEmpty(node, "repository", connection.repository);
    if (connection.insecure)
        node["insecure"] = YamlEmitter::plainScalar(*connection.insecure ? "true" : "false");
    setDuration(node, "timeout", connection.timeout);
    if (connection.provider != Topology::Provider::Unset)
        node["provider"] = YamlEmitter::quotedScalar(Topology::toKey(connection.provider));

    setNonEmpty(node, "basicAuthSecretName", connection.basicAuthSecretName);
    if (connection.basicAuth)
        node["basicAuth"] = basicAuthNode(*connection.basicAuth);
    setNonEmpty(node, "proxySecretName", connection.proxySecretName);
    if (connection.proxyData)
        node["proxyData"] = proxyNode(*connection.proxyData);
    setNonEmpty(node, "certSecretName", connection.certSecretName);
    if (connection.certData)
        node["certData"] = certNode(*connection.certData);
    return node;
}

YAML::Node ValuesNodes::spokeEntry(const ValuesSection &section)
{
    YAML::Node node = emptyMap();
    node["name"] = YamlEmitter::stringScalar(section.cluster);
    if (section.inCluster)
        node["kubeconfig"]["inCluster"] = YamlEmitter::plainScalar("true");
    node["ociRegistry"] = ociRegistry(section);
    return node;
}

YAML::Node ValuesNodes::document(const ExportPlan &plan)
{
    YAML::Node document = emptyMap();
    document["hue"]["ociRegistry"] = ociRegistry(plan.hub());

    YAML::Node hub = emptyMap();
    setNonEmpty(hub, "name", plan.hubName());
    setNonEmpty(hub, "apiServer", plan.hubApiServer());
    document["fleetConfig"]["hub"] = hub;

    YAML::Node spokes(YAML::NodeType::Sequence);
    for (const ValuesSection &section : plan.spokes())
        spokes.push_back(spokeEntry(section));
    document["fleetConfig"]["spokes"] = spokes;
    return document;
}

const QStringList &ValuesNodes::ociRegistryKeys()
{
    static const QStringList keys = {
        QStringLiteral("endpoint"),       QStringLiteral("repository"),      QStringLiteral("insecure"),
        QStringLiteral("timeout"),        QStringLiteral("provider"),        QStringLiteral("basicAuthSecretName"),
        QStringLiteral("basicAuth"),      QStringLiteral("proxySecretName"), QStringLiteral("proxyData"),
        QStringLiteral("certSecretName"), QStringLiteral("certData"),
    };
    return keys;
}

} // namespace Helm
