#include "exportplan.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

#include "fieldrules.h"

namespace Helm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Helm", text);
}

bool hasData(const Topology::BasicAuth &data)
{
    return !data.username.isEmpty() || !data.password.isEmpty() || !data.passwordRef.isEmpty();
}

bool hasData(const Topology::ProxyData &data)
{
    return !data.address.isEmpty() || !data.username.isEmpty() || !data.password.isEmpty() ||
           !data.passwordRef.isEmpty();
}

bool hasData(const Topology::CertData &data)
{
    return !data.caCrt.isEmpty() || !data.tlsCrt.isEmpty() || !data.tlsKey.isEmpty() || !data.tlsKeyRef.isEmpty();
}

// Where one kind of inline data (basic auth, proxy, TLS) lives in a connection and in a SecretRequest.
template<typename Data> struct InlineKind
{
    SecretRequest::Kind kind;
    std::optional<Data> Topology::RegistryConnection::*data;
    QString Topology::RegistryConnection::*secretName;
    Data SecretRequest::*requestData;
    QString Data::*secretValue; ///< the password or key that makes inline data plain-text sensitive
    QString (*nameFor)(const QString &cluster);
    const char *displayName;
    const char *writtenCode;
    const char *writtenMessage;
};

InlineKind<Topology::BasicAuth> basicAuthKind()
{
    return {SecretRequest::Kind::BasicAuth,
            &Topology::RegistryConnection::basicAuth,
            &Topology::RegistryConnection::basicAuthSecretName,
            &SecretRequest::basicAuth,
            &Topology::BasicAuth::password,
            &ExportPlan::basicAuthSecretName,
            QT_TRANSLATE_NOOP("Helm", "basic auth"),
            "inline-password-written",
            QT_TRANSLATE_NOOP("Helm", "%1: the basic-auth password is written in plain text into the "
                                      "values file")};
}

InlineKind<Topology::ProxyData> proxyKind()
{
    return {SecretRequest::Kind::Proxy,
            &Topology::RegistryConnection::proxyData,
            &Topology::RegistryConnection::proxySecretName,
            &SecretRequest::proxy,
            &Topology::ProxyData::password,
            &ExportPlan::proxySecretName,
            QT_TRANSLATE_NOOP("Helm", "proxy"),
            "inline-password-written",
            QT_TRANSLATE_NOOP("Helm", "%1: the proxy password is written in plain text into the values "
                                      "file")};
}

InlineKind<Topology::CertData> certKind()
{
    return {SecretRequest::Kind::Tls,
            &Topology::RegistryConnection::certData,
            &Topology::RegistryConnection::certSecretName,
            &SecretRequest::cert,
            &Topology::CertData::tlsKey,
            &ExportPlan::tlsSecretName,
            QT_TRANSLATE_NOOP("Helm", "TLS material"),
            "inline-key-written",
            QT_TRANSLATE_NOOP("Helm", "%1: the TLS private key is written in plain text into the values "
                                      "file")};
}

// A secret name wins over inline data (the chart ignores the data then), and the console never writes both.
// Inline data stays inline when asked for; otherwise it becomes a secret name and a SecretRequest.
template<typename Data>
void moveInline(const InlineKind<Data> &kind, ValuesSection &section, const QString &authority,
                const ExportPlan::Options &options, ValuesReport &report, QList<SecretRequest> &secrets)
{
    Topology::RegistryConnection &connection = section.connection;
    std::optional<Data> &data = connection.*kind.data;
    QString &secretName = connection.*kind.secretName;
    if (!data)
        return;
    if (!secretName.isEmpty() || !hasData(*data)) {
        if (!secretName.isEmpty() && hasData(*data)) {
            report.warning(QStringLiteral("inline-data-ignored"),
                           tr("%1: %2 has a secret name and inline data; the inline data is left out")
                               .arg(section.cluster, tr(kind.displayName)));
        }
        data.reset();
        return;
    }

    if (options.inlineSecrets) {
        if (!((*data).*kind.secretValue).isEmpty())
            report.warning(QLatin1String(kind.writtenCode), tr(kind.writtenMessage).arg(section.cluster));
        return;
    }
    SecretRequest request;
    request.kind = kind.kind;
    request.name = kind.nameFor(section.cluster);
    request.cluster = section.cluster;
    request.registryAuthority = authority;
    request.*kind.requestData = *data;
    secrets.append(request);
    secretName = request.name;
    data.reset();
}

} // namespace

ExportPlan ExportPlan::build(const Topology::Topology &topology, const Options &options)
{
    ExportPlan plan;
    plan.m_namespace = topology.hub.releaseNamespace;
    plan.m_hubName = topology.hub.name;
    plan.m_hubApiServer = topology.hub.apiServer;

    // One lookup table keeps the plan linear in the number of spokes.
    QHash<QString, const Topology::Registry *> registries;
    registries.reserve(topology.registries.size());
    for (const Topology::Registry &registry : topology.registries)
        registries.insert(registry.id, &registry);

    plan.m_hub = plan.makeSection(topology.hub.name, topology.hub.registry, registries, options);
    plan.m_hub.isHub = true;

    plan.m_spokes.reserve(topology.spokes.size());
    for (const Topology::Cluster &spoke : topology.spokes) {
        ValuesSection section = plan.makeSection(spoke.name, spoke.registry, registries, options);
        section.inCluster = spoke.inCluster;
        plan.m_spokes.append(std::move(section));
    }
    std::sort(plan.m_spokes.begin(), plan.m_spokes.end(),
              [](const ValuesSection &a, const ValuesSection &b) { return a.cluster < b.cluster; });
    return plan;
}

ValuesSection ExportPlan::makeSection(const QString &cluster, const Topology::RegistryConnection &connection,
                                      const QHash<QString, const Topology::Registry *> &registries,
                                      const Options &options)
{
    ValuesSection section;
    section.cluster = cluster;
    section.connection = connection;
    section.endpoint = connection.endpointOverride;
    if (section.endpoint.isEmpty()) {
        const Topology::Registry *registry = registries.value(connection.registryId);
        if (registry) {
            section.endpoint = registry->endpoint;
        } else {
            m_report.add(
                {ReportItem::Severity::Error,
                 QStringLiteral("unknown-registry"),
                 tr("%1: uses registry '%2', which the topology does not define").arg(cluster, connection.registryId),
                 {},
                 0,
                 0});
        }
    }

    const Util::Result<EndpointParts> parts = FieldRules::parseEndpoint(section.endpoint);
    const QString authority = parts ? parts->authority : section.endpoint;
    moveInline(basicAuthKind(), section, authority, options, m_report, m_secrets);
    moveInline(proxyKind(), section, authority, options, m_report, m_secrets);
    moveInline(certKind(), section, authority, options, m_report, m_secrets);
    return section;
}

QString ExportPlan::basicAuthSecretName(const QString &cluster)
{
    return cluster + QLatin1String("-oci-basic-auth");
}

QString ExportPlan::proxySecretName(const QString &cluster)
{
    return cluster + QLatin1String("-oci-proxy");
}

QString ExportPlan::tlsSecretName(const QString &cluster)
{
    return cluster + QLatin1String("-oci-tls");
}

} // namespace Helm
