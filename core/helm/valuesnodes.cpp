#include "valuesnodes.h"

#include "secretfields.h"
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

YAML::Node inlineDataNode(const QList<SecretField> &fields)
{
    YAML::Node node = emptyMap();
    for (const SecretField &field : fields)
        setNonEmpty(node, field.key, field.value);
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
        node["basicAuth"] = inlineDataNode(SecretFields::of(*connection.basicAuth));
    setNonEmpty(node, "proxySecretName", connection.proxySecretName);
    if (connection.proxyData)
        node["proxyData"] = inlineDataNode(SecretFields::of(*connection.proxyData));
    setNonEmpty(node, "certSecretName", connection.certSecretName);
    if (connection.certData)
        node["certData"] = inlineDataNode(SecretFields::of(*connection.certData));
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
