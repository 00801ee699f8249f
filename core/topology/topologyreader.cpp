#include "topologyreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include "yamlscalar.h"

namespace Topology {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

// A plain (unquoted) scalar; quoted ones carry the non-specific tag "!".
bool isPlain(const YAML::Node &node)
{
    return node.Tag() == "?";
}

const QStringList connectionKeys =
    keys({"registry", "endpoint", "repository", "insecure", "timeout", "provider", "basicAuthSecretName", "basicAuth",
          "proxySecretName", "proxyData", "certSecretName", "certData"});

} // namespace

TopologyReader::TopologyReader(const QString &fileName)
    : m_fileName(fileName)
{
}

void TopologyReader::fail(const YAML::Node &node, const QString &message) const
{
    // A missing key yields an invalid node that has no position (and throws when asked for one).
    const YAML::Mark mark = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
    const bool known = !mark.is_null();
    throw ReadError{{message, m_fileName, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0}};
}

QString TopologyReader::scalar(const YAML::Node &node, const QString &what) const
{
    if (!node.IsScalar())
        fail(node, tr("%1 must be a single value, not a list or mapping").arg(what));
    const QString value = fromStd(node.Scalar());
    // A reader following YAML 1.1 would see a boolean, number, null or date here: the value must be quoted.
    if (isPlain(node) && yamlPlainScalarIsAmbiguous(value))
        fail(node, tr("%1 '%2' is not a string for every YAML reader; write it in quotes").arg(what, value));
    return value;
}

TopologyReader::Map::Map(const TopologyReader &reader, const YAML::Node &node, const QString &what,
                         const QStringList &allowed)
    : m_reader(reader)
    , m_node(node.IsDefined() ? node : YAML::Node())
    , m_what(what)
{
    if (!node.IsDefined() || node.IsNull())
        return;
    if (!node.IsMap())
        reader.fail(node, tr("%1 must be a mapping of keys to values").arg(what.isEmpty() ? tr("the topology") : what));

    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::detail::iterator_value entry = *it;
        const YAML::Node &key = entry.first;
        if (!key.IsScalar())
            reader.fail(key, tr("%1 has a key that is not a plain name").arg(what));
        const QString name = fromStd(key.Scalar());
        const QString where = what.isEmpty() ? tr("the topology") : what;
        if (!allowed.contains(name)) {
            reader.fail(
                key,
                tr("%1 has the unknown key '%2'; allowed are: %3").arg(where, name, allowed.join(QLatin1String(", "))));
        }
        // Mappings hold a dozen keys at most: a linear search beats hashing.
        const bool repeated = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                          [&name](const auto &known) { return known.first == name; });
        if (repeated)
            reader.fail(key, tr("%1 has the key '%2' twice").arg(where, name));
        m_entries.append({name, entry.second});
    }
}

QString TopologyReader::Map::field(const char *key) const
{
    return m_what.isEmpty() ? QString::fromLatin1(key) : m_what + QLatin1Char('.') + QLatin1String(key);
}

YAML::Node TopologyReader::Map::get(const char *key) const
{
    // The entries were collected while checking the keys; yaml-cpp's own lookup is far slower.
    for (const auto &[name, value] : m_entries) {
        if (name == QLatin1String(key))
            return value;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString TopologyReader::Map::string(const char *key, const QString &fallback) const
{
    const YAML::Node value = get(key);
    if (!value.IsDefined() || value.IsNull())
        return fallback;
    return m_reader.scalar(value, field(key));
}

QString TopologyReader::Map::requiredString(const char *key) const
{
    if (!has(key))
        m_reader.fail(m_node, tr("%1 is missing").arg(field(key)));
    return string(key);
}

std::optional<bool> TopologyReader::Map::optionalBoolean(const char *key) const
{
    const YAML::Node value = get(key);
    if (!value.IsDefined() || value.IsNull())
        return std::nullopt;
    const QString name = field(key);
    if (!value.IsScalar() || !isPlain(value) || (value.Scalar() != "true" && value.Scalar() != "false")) {
        const QString text = value.IsScalar() ? fromStd(value.Scalar()) : tr("a list or mapping");
        m_reader.fail(value, tr("%1 must be true or false, not '%2'").arg(name, text));
    }
    return value.Scalar() == "true";
}

bool TopologyReader::Map::boolean(const char *key, bool fallback) const
{
    return optionalBoolean(key).value_or(fallback);
}

int TopologyReader::Map::integer(const char *key, int fallback, int minimum, int maximum) const
{
    const YAML::Node value = get(key);
    if (!value.IsDefined() || value.IsNull())
        return fallback;
    const QString name = field(key);
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]{1,9}$"));
    const QString text = value.IsScalar() ? fromStd(value.Scalar()) : QString();
    if (!value.IsScalar() || !isPlain(value) || !decimal.match(text).hasMatch())
        m_reader.fail(value, tr("%1 must be a decimal whole number, not '%2'").arg(name, text));
    const int number = text.toInt();
    if (number < minimum || number > maximum) {
        m_reader.fail(value,
                      tr("%1 must be between %2 and %3, not %4").arg(name).arg(minimum).arg(maximum).arg(number));
    }
    return number;
}

QStringList TopologyReader::Map::strings(const char *key) const
{
    const YAML::Node value = get(key);
    if (!value.IsDefined() || value.IsNull())
        return {};
    const QString name = field(key);
    if (!value.IsSequence())
        m_reader.fail(value, tr("%1 must be a list").arg(name));
    QStringList list;
    for (std::size_t i = 0; i < value.size(); ++i)
        list.append(m_reader.scalar(value[i], name + QStringLiteral("[%1]").arg(i)));
    return list;
}

template<typename Enum>
Enum TopologyReader::enumValue(const Map &map, const char *key, Enum fallback,
                               std::optional<Enum> (*fromKey)(const QString &)) const
{
    if (!map.has(key))
        return fallback;
    const QString text = map.string(key);
    const std::optional<Enum> value = fromKey(text);
    if (!value) {
        // The enumerations are contiguous from zero: their keys list what the field takes.
        QStringList allowed;
        for (int index = 0; index < 16; ++index) {
            if (const QString known = toKey(Enum(index)); !known.isEmpty())
                allowed.append(known);
        }
        fail(map.get(key), tr("'%1' is not a valid %2; use one of %3")
                               .arg(text, QLatin1String(key), allowed.join(QLatin1String(", "))));
    }
    return *value;
}

void TopologyReader::forEachItem(const Map &parent, const char *key,
                                 const std::function<void(const YAML::Node &, int)> &read) const
{
    const YAML::Node list = parent.get(key);
    if (!list.IsDefined() || list.IsNull())
        return;
    if (!list.IsSequence())
        fail(list, tr("'%1' must be a list").arg(QLatin1String(key)));
    for (std::size_t i = 0; i < list.size(); ++i)
        read(list[i], int(i));
}

void TopologyReader::checkSecret(const Map &map, const char *key) const
{
    if (map.has(key) && !m_inlineSecrets) {
        fail(map.get(key), tr("'%1' holds a secret value, but the topology does not set inlineSecrets: true; keep "
                              "the secret in the credential store and write its reference instead")
                               .arg(QLatin1String(key)));
    }
}

Topology TopologyReader::read(const YAML::Node &root)
{
    readHeader(root);
    const Map map(*this, root, QString(),
                  keys({"kind", "version", "name", "description", "production", "inlineSecrets", "hub", "registries",
                        "spokes", "projects", "tenants", "reachability", "federationRules"}));

    Topology topology;
    topology.name = map.string("name");
    topology.description = map.string("description");
    topology.production = map.boolean("production", false);
    topology.inlineSecrets = map.boolean("inlineSecrets", false);
    m_inlineSecrets = topology.inlineSecrets;
    topology.hub = readHub(map.get("hub"));
    readClusters(map, topology);
    readLists(map, topology);
    return topology;
}

void TopologyReader::readClusters(const Map &map, Topology &topology) const
{
    QSet<QString> registryIds;
    forEachItem(map, "registries", [&](const YAML::Node &node, int index) {
        Registry registry = readRegistry(node, QStringLiteral("registries[%1]").arg(index));
        if (registryIds.contains(registry.id))
            fail(node, tr("registries[%1]: the registry id '%2' is used twice").arg(index).arg(registry.id));
        registryIds.insert(registry.id);
        topology.registries.append(std::move(registry));
    });

    QSet<QString> spokeNames;
    forEachItem(map, "spokes", [&](const YAML::Node &node, int index) {
        Cluster spoke = readSpoke(node, QStringLiteral("spokes[%1]").arg(index));
        if (spokeNames.contains(spoke.name)) {
            fail(node, tr("spokes[%1]: the spoke name '%2' is used twice; spoke names must be unique")
                           .arg(index)
                           .arg(spoke.name));
        }
        spokeNames.insert(spoke.name);
        topology.spokes.append(std::move(spoke));
    });
}

void TopologyReader::readLists(const Map &map, Topology &topology) const
{
    forEachItem(map, "projects", [&](const YAML::Node &node, int index) {
        const Map item(*this, node, QStringLiteral("projects[%1]").arg(index), keys({"name", "tenant"}));
        topology.projects.append({item.requiredString("name"), item.string("tenant")});
    });
    forEachItem(map, "tenants", [&](const YAML::Node &node, int index) {
        const Map item(*this, node, QStringLiteral("tenants[%1]").arg(index), keys({"name"}));
        topology.tenants.append({item.requiredString("name")});
    });
    forEachItem(map, "reachability", [&](const YAML::Node &node, int index) {
        topology.reachability.append(readFact(node, QStringLiteral("reachability[%1]").arg(index)));
    });
    if (map.get("federationRules").IsDefined()) {
        topology.federationRules.clear();
        forEachItem(map, "federationRules", [&](const YAML::Node &node, int index) {
            topology.federationRules.append(readRule(node, QStringLiteral("federationRules[%1]").arg(index)));
        });
    }
}

void TopologyReader::readHeader(const YAML::Node &root) const
{
    if (!root.IsDefined() || root.IsNull())
        fail(root, tr("the file is empty; expected a topology starting with 'kind: %1'")
                       .arg(QLatin1String("RegistryTopology")));
    if (!root.IsMap())
        fail(root, tr("the file is not a YAML mapping; expected 'kind: RegistryTopology' and 'version: 1'"));

    const YAML::Node kind = root["kind"];
    if (!kind.IsDefined() || !kind.IsScalar() || kind.Scalar() != "RegistryTopology") {
        const QString found = kind.IsDefined() && kind.IsScalar() ? fromStd(kind.Scalar()) : tr("nothing");
        fail(kind.IsDefined() ? kind : root,
             tr("not a registry topology: 'kind' is '%1', expected 'RegistryTopology'").arg(found));
    }

    const YAML::Node version = root["version"];
    if (!version.IsDefined() || version.IsNull())
        fail(root, tr("the topology has no 'version'; this console reads version 1"));
    const QString text = version.IsScalar() ? fromStd(version.Scalar()) : QString();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!version.IsScalar() || !isPlain(version) || !digits.match(text).hasMatch())
        fail(version, tr("'version' must be a whole number, not '%1'").arg(text));
    if (text.toLongLong() != 1) {
        fail(version, tr("topology format version %1 is not supported; this console reads version 1 (a newer "
                         "console may read it)")
                          .arg(text));
    }
}

Hub TopologyReader::readHub(const YAML::Node &node) const
{
    const Map map(*this, node, QStringLiteral("hub"), keys({"name", "apiServer", "releaseNamespace", "ociRegistry"}));
    Hub hub;
    hub.name = map.string("name", hub.name);
    hub.apiServer = map.string("apiServer");
    hub.releaseNamespace = map.string("releaseNamespace", hub.releaseNamespace);
    hub.registry = readConnection(map.get("ociRegistry"), QStringLiteral("hub.ociRegistry"));
    return hub;
}

RegistryConnection TopologyReader::readConnection(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, connectionKeys);
    RegistryConnection connection;
    connection.registryId = map.string("registry");
    connection.endpointOverride = map.string("endpoint");
    connection.repository = map.string("repository", connection.repository);
    connection.insecure = map.optionalBoolean("insecure");
    connection.timeout = map.string("timeout");
    connection.provider = enumValue(map, "provider", Provider::Unset, &providerFromKey);
    connection.basicAuthSecretName = map.string("basicAuthSecretName");
    connection.proxySecretName = map.string("proxySecretName");
    connection.certSecretName = map.string("certSecretName");
    if (map.get("basicAuth").IsDefined())
        connection.basicAuth = readBasicAuth(map.get("basicAuth"), what + QLatin1String(".basicAuth"));
    if (map.get("proxyData").IsDefined())
        connection.proxyData = readProxy(map.get("proxyData"), what + QLatin1String(".proxyData"));
    if (map.get("certData").IsDefined())
        connection.certData = readCerts(map.get("certData"), what + QLatin1String(".certData"));
    return connection;
}

BasicAuth TopologyReader::readBasicAuth(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, keys({"username", "passwordRef", "password", "canPush"}));
    checkSecret(map, "password");
    return {map.string("username"), map.string("passwordRef"), map.string("password"), map.boolean("canPush", false)};
}

ProxyData TopologyReader::readProxy(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, keys({"address", "username", "passwordRef", "password"}));
    checkSecret(map, "password");
    return {map.string("address"), map.string("username"), map.string("passwordRef"), map.string("password")};
}

CertData TopologyReader::readCerts(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, keys({"ca.crt", "tls.crt", "tlsKeyRef", "tls.key"}));
    checkSecret(map, "tls.key");
    return {map.string("ca.crt"), map.string("tls.crt"), map.string("tlsKeyRef"), map.string("tls.key")};
}

Registry TopologyReader::readRegistry(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what,
                  keys({"id", "displayName", "kind", "endpoint", "onHub", "exposure", "exposedEndpoint", "replicas",
                        "storage", "ingressTls", "ingressUnlimitedBody", "hubCanPush"}));
    Registry registry;
    registry.id = map.requiredString("id");
    registry.displayName = map.string("displayName");
    registry.kind = enumValue(map, "kind", RegistryKind::Generic, &registryKindFromKey);
    registry.endpoint = map.string("endpoint");
    registry.onHub = map.boolean("onHub", false);
    registry.exposure = enumValue(map, "exposure", Exposure::None, &exposureFromKey);
    registry.exposedEndpoint = map.string("exposedEndpoint");
    registry.replicas = map.integer("replicas", 1, 0, 1000);
    registry.storage = enumValue(map, "storage", Storage::Ephemeral, &storageFromKey);
    registry.ingressTls = map.boolean("ingressTls", true);
    registry.ingressUnlimitedBody = map.boolean("ingressUnlimitedBody", true);
    registry.hubCanPush = map.boolean("hubCanPush", true);
    return registry;
}

Cluster TopologyReader::readSpoke(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, keys({"name", "region", "inCluster", "projects", "ociRegistry"}));
    Cluster spoke;
    spoke.name = map.requiredString("name");
    spoke.region = map.string("region");
    spoke.inCluster = map.boolean("inCluster", false);
    spoke.projects = map.strings("projects");
    spoke.registry = readConnection(map.get("ociRegistry"), what + QLatin1String(".ociRegistry"));
    return spoke;
}

ReachabilityFact TopologyReader::readFact(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, keys({"kind", "from", "to", "reach", "origin"}));
    if (!map.has("kind") || !map.has("reach"))
        fail(node, tr("%1 needs 'kind' and 'reach'").arg(what));
    ReachabilityFact fact;
    fact.kind = enumValue(map, "kind", fact.kind, &reachabilityKindFromKey);
    fact.from = map.requiredString("from");
    fact.to = map.requiredString("to");
    fact.reach = enumValue(map, "reach", fact.reach, &reachFromKey);
    fact.origin = map.string("origin");
    return fact;
}

FederationRule TopologyReader::readRule(const YAML::Node &node, const QString &what) const
{
    const Map map(*this, node, what, keys({"pattern", "scope"}));
    if (!map.has("scope"))
        fail(node, tr("%1 has no 'scope'").arg(what));
    FederationRule rule;
    rule.pattern = map.requiredString("pattern");
    rule.scope = enumValue(map, "scope", rule.scope, &federationScopeFromKey);
    return rule;
}

} // namespace Topology
