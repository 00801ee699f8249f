#include "exportplan.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

#include "fieldrules.h"

namespace Helm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Helm::ExportPlan", text);
}

bool hasData(const Topology::BasicAuth &data)
{
    return !data.username.isEmpty() || !data.password.isEmpty() || !data.passwordRef.isEmpty();
}

bool hasData(const Topology::ProxyData &data)
{
    return !data.address.isEmpty() || !data.username.isEmpty() || !data.password.isEmpty()
           || !data.passwordRef.isEmpty();
}

bool hasData(const Topology::CertData &data)
{
    return !data.caCrt.isEmpty() || !data.tlsCrt.isEmpty() || !data.tlsKey.isEmpty() || !data.tlsKeyRef.isEmpty();
}

// Inline data beside a secret name is ignored by the chart; the console never writes both.
template<typename Data>
bool dropShadowedData(std::optional<Data> &data, const QString &secretName, const QString &cluster,
                      const QString &kind, ValuesReport &report)
{
    if (secretName.isEmpty() || !data)
        return false;
    if (hasData(*data)) {
        report.warning(QStringLiteral("inline-data-ignored"),
                       tr("%1: %2 has a secret name and inline data; the inline data is left out")
                           .arg(cluster, kind));
    }
    data.reset();
    return true;
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
            m_report.add({ReportItem::Severity::Error, QStringLiteral("unknown-registry"),
                          tr("%1: uses registry '%2', which the topology does not define")
                              .arg(cluster, connection.registryId),
                          {}, 0, 0});
        }
    }

    const Util::Result<EndpointParts> parts = FieldRules::parseEndpoint(section.endpoint);
    const QString authority = parts ? parts->authority : section.endpoint;
    moveBasicAuth(section, authority, options);
    moveProxy(section, authority, options);
    moveCert(section, authority, options);
    return section;
}

void ExportPlan::moveBasicAuth(ValuesSection &section, const QString &authority, const Options &options)
{
    Topology::RegistryConnection &connection = section.connection;
    if (dropShadowedData(connection.basicAuth, connection.basicAuthSecretName, section.cluster, tr("basic auth"),
                         m_report)
        || !connection.basicAuth || !hasData(*connection.basicAuth)) {
        return;
    }

    if (options.inlineSecrets) {
        if (!connection.basicAuth->password.isEmpty()) {
            m_report.warning(QStringLiteral("inline-password-written"),
                             tr("%1: the basic-auth password is written in plain text into the values file")
                                 .arg(section.cluster));
        }
        return;
    }
    SecretRequest request;
    request.kind = SecretRequest::Kind::BasicAuth;
    request.name = basicAuthSecretName(section.cluster);
    request.cluster = section.cluster;
    request.registryAuthority = authority;
    request.basicAuth = *connection.basicAuth;
    m_secrets.append(request);
    connection.basicAuthSecretName = request.name;
    connection.basicAuth.reset();
}

void ExportPlan::moveProxy(ValuesSection &section, const QString &authority, const Options &options)
{
    Topology::RegistryConnection &connection = section.connection;
    if (dropShadowedData(connection.proxyData, connection.proxySecretName, section.cluster, tr("proxy"), m_report)
        || !connection.proxyData || !hasData(*connection.proxyData)) {
        return;
    }

    if (options.inlineSecrets) {
        if (!connection.proxyData->password.isEmpty()) {
            m_report.warning(QStringLiteral("inline-password-written"),
                             tr("%1: the proxy password is written in plain text into the values file")
                                 .arg(section.cluster));
        }
        return;
    }
    SecretRequest request;
    request.kind = SecretRequest::Kind::Proxy;
    request.name = proxySecretName(section.cluster);
    request.cluster = section.cluster;
    request.registryAuthority = authority;
    request.proxy = *connection.proxyData;
    m_secrets.append(request);
    connection.proxySecretName = request.name;
    connection.proxyData.reset();
}

void ExportPlan::moveCert(ValuesSection &section, const QString &authority, const Options &options)
{
    Topology::RegistryConnection &connection = section.connection;
    if (dropShadowedData(connection.certData, connection.certSecretName, section.cluster, tr("TLS material"),
                         m_report)
        || !connection.certData || !hasData(*connection.certData)) {
        return;
    }

    if (options.inlineSecrets) {
        if (!connection.certData->tlsKey.isEmpty()) {
            m_report.warning(QStringLiteral("inline-key-written"),
                             tr("%1: the TLS private key is written in plain text into the values file")
                                 .arg(section.cluster));
        }
        return;
    }
    SecretRequest request;
    request.kind = SecretRequest::Kind::Tls;
    request.name = tlsSecretName(section.cluster);
    request.cluster = section.cluster;
    request.registryAuthority = authority;
    request.cert = *connection.certData;
    m_secrets.append(request);
    connection.certSecretName = request.name;
    connection.certData.reset();
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
