#include "valuesimporter.h"

#include <initializer_list>
#include <iterator>
#include <optional>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "fieldrules.h"
#include "topology/kindinference.h"
#include "valuesnodes.h"
#include "yamlquoting.h"
#include "yamlsource.h"

namespace Helm {

namespace {

// Reads one values document; collects every field error instead of stopping at the first.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(Helm::ValuesImporter)

public:
    Reader(const YamlSource &source, ValuesReport &report)
        : m_source(source)
        , m_report(report)
    {
    }

    void readDocument(const YAML::Node &document, Topology::Topology &topology);

private:
    YAML::Node section(const YAML::Node &parent, const char *key, const QString &path);
    void error(const YAML::Node &node, const QString &message);
    void finding(const YAML::Node &node, const QString &code, const QString &message);
    void checkKeys(const YAML::Node &map, const QString &path, const QStringList &allowed);

    std::optional<QString> readString(const YAML::Node &node, const QString &path);
    std::optional<bool> readBool(const YAML::Node &node, const QString &path);
    Topology::RegistryConnection readConnection(const YAML::Node &node, const QString &path);
    void readEndpoint(const YAML::Node &node, const QString &path, Topology::RegistryConnection &out);
    void readSecrets(const YAML::Node &node, const QString &path, Topology::RegistryConnection &out);
    YAML::Node inlineData(const YAML::Node &node, const char *key, const QString &path, const QStringList &keys);
    std::optional<QStringList> readInlineBlock(const YAML::Node &node, const char *key, const QString &path,
                                               std::initializer_list<const char *> fields, const QString &secretCode);
    QString stringAt(const YAML::Node &map, const char *key, const QString &path);
    void reportSecret(const YAML::Node &node, const QString &code, const QString &path);
    void readSpokes(const YAML::Node &spokes, Topology::Topology &topology);
    std::optional<QString> readSpokeName(const YAML::Node &entry, std::size_t index, QHash<QString, int> &firstLine);
    Topology::Cluster readSpoke(const YAML::Node &entry, const QString &name);

    const YamlSource &m_source;
    ValuesReport &m_report;
    QHash<QString, QString> m_registryByEndpoint;
    QSet<QString> m_registryIds;
    QList<Topology::Registry> m_registries;
};

void Reader::error(const YAML::Node &node, const QString &message)
{
    const Util::Error located = m_source.errorAt(node, message);
    m_report.add({ReportItem::Severity::Error, QStringLiteral("invalid-field"), message, located.file, located.line,
                  located.column});
}

void Reader::finding(const YAML::Node &node, const QString &code, const QString &message)
{
    const Util::Error located = m_source.errorAt(node, message);
    m_report.add({ReportItem::Severity::Warning, code, message, located.file, located.line, located.column});
}

// Unknown and duplicate keys are errors: the export could not reproduce them.
void Reader::checkKeys(const YAML::Node &map, const QString &path, const QStringList &allowed)
{
    QSet<QString> seen;
    for (const auto &entry : map) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (!entry.first.IsScalar() || !allowed.contains(key)) {
            error(entry.first,
                  tr("%1: unknown key '%2' (expected one of: %3)").arg(path, key, allowed.join(QLatin1String(", "))));
        } else if (seen.contains(key)) {
            error(entry.first, tr("%1: key '%2' appears more than once").arg(path, key));
        }
        seen.insert(key);
    }
}

std::optional<QString> Reader::readString(const YAML::Node &node, const QString &path)
{
    if (!node || node.IsNull())
        return std::nullopt;
    if (!node.IsScalar()) {
        error(node, tr("%1 must be a string").arg(path));
        return std::nullopt;
    }
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "?" && YamlQuoting::looksLikeNonString(text)) {
        error(node, tr("%1: '%2' is not read as a string by every YAML reader; write it quoted").arg(path, text));
        return std::nullopt;
    }
    return text;
}

std::optional<bool> Reader::readBool(const YAML::Node &node, const QString &path)
{
    if (!node || node.IsNull())
        return std::nullopt;
    const std::string text = node.IsScalar() ? node.Scalar() : std::string();
    if (node.IsScalar() && node.Tag() == "?" && (text == "true" || text == "false"))
        return text == "true";
    error(node, tr("%1 must be true or false (unquoted), not '%2'").arg(path, QString::fromStdString(text)));
    return std::nullopt;
}

// The console's sections sit under maps; anything else there is a mistake worth pointing at.
YAML::Node Reader::section(const YAML::Node &parent, const char *key, const QString &path)
{
    const YAML::Node node = parent[key];
    if (!node || node.IsNull())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!node.IsMap()) {
        error(node, tr("%1 must be a map").arg(path));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return node;
}

void Reader::readDocument(const YAML::Node &document, Topology::Topology &topology)
{
    topology.hub.registry = Topology::RegistryConnection();
    topology.hub.registry.repository = QString();
    const YAML::Node hue = section(document, "hue", QStringLiteral("hue"));
    if (hue && hue["ociRegistry"]) {
        topology.hub.registry = readConnection(hue["ociRegistry"], QStringLiteral("hue.ociRegistry"));
        // The hub pushes what spokes pull: its account needs write access, which values cannot state.
        if (topology.hub.registry.basicAuth)
            topology.hub.registry.basicAuth->canPush = true;
    } else
        m_report.warning(QStringLiteral("no-hub-section"), tr("the file has no hue.ociRegistry section"));

    const YAML::Node fleet = section(document, "fleetConfig", QStringLiteral("fleetConfig"));
    const YAML::Node hub =
        fleet ? section(fleet, "hub", QStringLiteral("fleetConfig.hub")) : YAML::Node(YAML::NodeType::Undefined);
    if (hub) {
        if (const auto name = readString(hub["name"], QStringLiteral("fleetConfig.hub.name")))
            topology.hub.name = *name;
        if (const auto apiServer = readString(hub["apiServer"], QStringLiteral("fleetConfig.hub.apiServer")))
            topology.hub.apiServer = *apiServer;
    }
    if (fleet && fleet["spokes"])
        readSpokes(fleet["spokes"], topology);
    topology.registries = m_registries;
}

void Reader::readSpokes(const YAML::Node &spokes, Topology::Topology &topology)
{
    if (!spokes.IsSequence()) {
        error(spokes, tr("fleetConfig.spokes must be a list"));
        return;
    }
    QHash<QString, int> firstLine;
    for (std::size_t index = 0; index < spokes.size(); ++index) {
        const YAML::Node entry = spokes[index];
        if (const std::optional<QString> name = readSpokeName(entry, index, firstLine))
            topology.spokes.append(readSpoke(entry, *name));
    }
}

// The spoke's name when it is a valid one not used before; each name is noted with its line in \a firstLine.
std::optional<QString> Reader::readSpokeName(const YAML::Node &entry, std::size_t index, QHash<QString, int> &firstLine)
{
    const QString where = QStringLiteral("fleetConfig.spokes[%1]").arg(index);
    if (!entry.IsMap()) {
        error(entry, tr("%1 must be a map").arg(where));
        return std::nullopt;
    }
    const std::optional<QString> name = readString(entry["name"], where + QLatin1String(".name"));
    if (!name || !FieldRules::isDns1123Label(*name)) {
        error(entry["name"] ? entry["name"] : entry,
              tr("%1.name must be a DNS-1123 label (lower-case letters, digits, '-')").arg(where));
        return std::nullopt;
    }
    if (firstLine.contains(*name)) {
        error(entry["name"],
              tr("spoke name '%1' appears more than once (first on line %2)").arg(*name).arg(firstLine.value(*name)));
        return std::nullopt;
    }
    firstLine.insert(*name, entry["name"].Mark().line + 1);
    return name;
}

Topology::Cluster Reader::readSpoke(const YAML::Node &entry, const QString &name)
{
    Topology::Cluster spoke;
    spoke.name = name;
    const QString path = QStringLiteral("fleetConfig.spokes[%1]").arg(name);
    const YAML::Node kubeconfig = entry["kubeconfig"];
    if (kubeconfig && kubeconfig.IsMap())
        spoke.inCluster =
            readBool(kubeconfig["inCluster"], path + QLatin1String(".kubeconfig.inCluster")).value_or(false);
    if (entry["ociRegistry"]) {
        spoke.registry = readConnection(entry["ociRegistry"], path + QLatin1String(".ociRegistry"));
    } else {
        spoke.registry.repository = QString();
        finding(entry, QStringLiteral("no-spoke-section"), tr("%1 has no ociRegistry section").arg(path));
    }
    return spoke;
}

Topology::RegistryConnection Reader::readConnection(const YAML::Node &node, const QString &path)
{
    Topology::RegistryConnection connection;
    connection.repository = QString();
    if (!node.IsMap()) {
        error(node, tr("%1 must be a map").arg(path));
        return connection;
    }
    checkKeys(node, path, ValuesNodes::ociRegistryKeys());
    if (node["endpoint"])
        readEndpoint(node["endpoint"], path + QLatin1String(".endpoint"), connection);
    else
        error(node, tr("%1.endpoint is missing").arg(path));

    if (const auto repository = readString(node["repository"], path + QLatin1String(".repository")))
        connection.repository = *repository;
    connection.insecure = readBool(node["insecure"], path + QLatin1String(".insecure"));

    const YAML::Node timeout = node["timeout"];
    const QString timeoutText = timeout && timeout.IsScalar() ? QString::fromStdString(timeout.Scalar()) : QString();
    if (timeout && timeout.IsScalar() && timeout.Tag() == "?" && YamlQuoting::looksLikeNonString(timeoutText)) {
        error(timeout, tr("%1.timeout must be a Go duration such as 60s, not '%2'").arg(path, timeoutText));
    } else if (const auto text = readString(timeout, path + QLatin1String(".timeout"))) {
        if (const Util::Result<void> valid = FieldRules::checkDuration(*text); !valid)
            error(timeout, path + QLatin1String(".timeout: ") + valid.error().message);
        else
            connection.timeout = *text;
    }

    if (const auto provider = readString(node["provider"], path + QLatin1String(".provider"))) {
        const std::optional<Topology::Provider> value = Topology::providerFromKey(*provider);
        if (value && *value != Topology::Provider::Unset)
            connection.provider = *value;
        else
            error(node["provider"], tr("%1.provider must be one of aws, azure, gcp, generic").arg(path));
    }
    readSecrets(node, path, connection);
    return connection;
}

void Reader::readEndpoint(const YAML::Node &node, const QString &path, Topology::RegistryConnection &out)
{
    const std::optional<QString> text = readString(node, path);
    if (!text) {
        if (node.IsNull())
            error(node, tr("%1 is empty").arg(path));
        return;
    }
    const Util::Result<EndpointParts> parts = FieldRules::parseEndpoint(*text);
    if (!parts) {
        error(node, path + QLatin1String(": ") + parts.error().message);
        return;
    }
    if (parts->dockerHub) {
        error(node, tr("%1: Docker Hub ('%2') is not supported: it restricts the media types PaletteAI pushes")
                        .arg(path, *text));
        return;
    }

    const QString endpoint = QStringLiteral("oci://") + parts->authority;
    QString id = m_registryByEndpoint.value(endpoint);
    if (id.isEmpty()) {
        const QString base = ValuesImporter::registryIdForHost(parts->host);
        id = base;
        for (int suffix = 2; m_registryIds.contains(id); ++suffix)
            id = base.left(60) + QLatin1Char('-') + QString::number(suffix);
        Topology::Registry registry;
        registry.id = id;
        registry.endpoint = *text;
        registry.kind = ValuesImporter::guessKind(parts->host);
        registry.onHub = FieldRules::isInClusterHost(parts->host);
        m_registries.append(registry);
        m_registryIds.insert(id);
        m_registryByEndpoint.insert(endpoint, id);
    }
    out.registryId = id;
}

// A member of \a node as an optional map: absent, null and `{}` (the chart's default) give an undefined node.
YAML::Node Reader::inlineData(const YAML::Node &node, const char *key, const QString &path, const QStringList &keys)
{
    const YAML::Node map = node[key];
    if (!map || map.IsNull() || (map.IsMap() && map.size() == 0))
        return YAML::Node(YAML::NodeType::Undefined);
    if (!map.IsMap()) {
        error(map, tr("%1 must be a map").arg(path));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    checkKeys(map, path, keys);
    return map;
}

QString Reader::stringAt(const YAML::Node &map, const char *key, const QString &path)
{
    return readString(map[key], path + QLatin1Char('.') + QLatin1String(key)).value_or(QString());
}

void Reader::readSecrets(const YAML::Node &node, const QString &path, Topology::RegistryConnection &out)
{
    out.basicAuthSecretName = stringAt(node, "basicAuthSecretName", path);
    if (const auto values =
            readInlineBlock(node, "basicAuth", path, {"username", "password"}, QStringLiteral("inline-password")))
        out.basicAuth = Topology::BasicAuth{values->at(0), {}, values->at(1), false};

    out.proxySecretName = stringAt(node, "proxySecretName", path);
    if (const auto values = readInlineBlock(node, "proxyData", path, {"address", "username", "password"},
                                            QStringLiteral("inline-password")))
        out.proxyData = Topology::ProxyData{values->at(0), values->at(1), {}, values->at(2)};

    out.certSecretName = stringAt(node, "certSecretName", path);
    if (const auto values =
            readInlineBlock(node, "certData", path, {"ca.crt", "tls.crt", "tls.key"}, QStringLiteral("inline-key")))
        out.certData = Topology::CertData{values->at(0), values->at(1), {}, values->at(2)};
}

// The values of an inline secret block, in the order of \a fields; nothing when the block is absent or empty.
// In every block the chart knows, the last field is the one that holds the secret.
std::optional<QStringList> Reader::readInlineBlock(const YAML::Node &node, const char *key, const QString &path,
                                                   std::initializer_list<const char *> fields,
                                                   const QString &secretCode)
{
    const QString blockPath = path + QLatin1Char('.') + QLatin1String(key);
    QStringList names;
    for (const char *field : fields)
        names.append(QString::fromLatin1(field));
    const YAML::Node map = inlineData(node, key, blockPath, names);
    if (!map)
        return std::nullopt;

    QStringList values;
    for (const char *field : fields)
        values.append(stringAt(map, field, blockPath));
    const char *secretField = *std::prev(fields.end());
    if (!values.constLast().isEmpty())
        reportSecret(map[secretField], secretCode, blockPath + QLatin1Char('.') + QLatin1String(secretField));
    return values;
}

// Inline secrets are kept in memory, never dropped silently: each one is a finding at its position.
void Reader::reportSecret(const YAML::Node &node, const QString &code, const QString &path)
{
    const QString message = code == QLatin1String("inline-key")
                                ? tr("%1 is a plain-text private key in the values file").arg(path)
                                : tr("%1 is a plain-text password in the values file").arg(path);
    finding(node, code, message);
}

} // namespace

Util::Result<void> ValuesImporter::rejectKubernetesObject(const YamlSource &source, const YAML::Node &document)
{
    const YAML::Node apiVersion = document["apiVersion"];
    const YAML::Node kind = document["kind"];
    if (!apiVersion || !apiVersion.IsScalar() || !kind || !kind.IsScalar())
        return {};
    return source.errorAt(document, tr("looks like a Kubernetes object (kind: %1), not a Helm values file")
                                        .arg(QString::fromStdString(kind.Scalar())));
}

Util::Result<ValuesImporter::Result> ValuesImporter::import(const QByteArray &text, const QString &fileName)
{
    const YamlSource source(text, fileName);
    const Util::Result<YAML::Node> document = source.load();
    if (!document)
        return document.error();
    if (!document->IsMap())
        return source.errorAt(*document, tr("a values file must be a map at the top level"));
    if (const Util::Result<void> values = rejectKubernetesObject(source, *document); !values)
        return values.error();

    Result result;
    result.topology.name = QFileInfo(fileName).completeBaseName();
    try {
        Reader reader(source, result.report);
        reader.readDocument(*document, result.topology);
    } catch (const YAML::Exception &exception) {
        return source.errorAt(exception.mark, QString::fromStdString(exception.msg));
    }

    const Topology::KindInference kind = Topology::inferKind(result.topology);
    result.report.info(QStringLiteral("kind-inferred"),
                       tr("topology kind: %1 (%2)").arg(Topology::displayName(kind.kind), kind.reason));
    return result;
}

QString ValuesImporter::registryIdForHost(const QString &host)
{
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9]+"));
    QString id = host.toLower().replace(invalid, QStringLiteral("-"));
    id = id.left(63);
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("registry") : id;
}

Topology::RegistryKind ValuesImporter::guessKind(const QString &host)
{
    static const QRegularExpression ecr(
        QStringLiteral("^[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$"));
    static const QRegularExpression acr(QStringLiteral("\\.azurecr\\.(io|cn|us|de)$"));
    static const QRegularExpression google(QStringLiteral("(-docker\\.pkg\\.dev|(^|\\.)gcr\\.io)$"));
    if (ecr.match(host).hasMatch())
        return Topology::RegistryKind::Ecr;
    if (acr.match(host).hasMatch())
        return Topology::RegistryKind::Acr;
    if (google.match(host).hasMatch())
        return Topology::RegistryKind::GoogleArtifactRegistry;
    if (host == QLatin1String("ghcr.io"))
        return Topology::RegistryKind::Ghcr;
    if (host.contains(QLatin1String("zot")) && FieldRules::isInClusterHost(host))
        return Topology::RegistryKind::Zot;
    return Topology::RegistryKind::Generic;
}

} // namespace Helm
