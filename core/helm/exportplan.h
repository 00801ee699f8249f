#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "topology/model.h"
#include "valuesreport.h"

namespace Helm {

/// A Kubernetes Secret the values refer to by name and the console can write a manifest for.
struct SecretRequest
{
    enum class Kind { BasicAuth, Proxy, Tls };

    Kind kind = Kind::BasicAuth;
    QString name;              ///< metadata.name, the value of the `*SecretName` field
    QString cluster;           ///< the hub or spoke whose section refers to it
    QString registryAuthority; ///< `host[:port]` of the registry, the key under `auths` in a docker config
    Topology::BasicAuth basicAuth;
    Topology::ProxyData proxy;
    Topology::CertData cert;
};

/// One `ociRegistry` section as it will be written.
struct ValuesSection
{
    QString cluster; ///< the hub's or the spoke's name
    bool isHub = false;
    bool inCluster = false;
    QString endpoint;                        ///< the endpoint the cluster uses (its override or its registry's)
    Topology::RegistryConnection connection; ///< with inline secrets already turned into secret names
};

/// What a topology becomes in a values file: the hub section, the spoke sections sorted by name and the
/// Secrets their names refer to. The writer and the merger both work from a plan, so they agree.
///
/// Unless inline secrets are asked for, inline basic auth, proxy data and TLS material are replaced by
/// secret names derived from the cluster name (basicAuthSecretName(), proxySecretName(), tlsSecretName())
/// and become SecretRequests. A kind that already has a secret name keeps it and its inline data is left out.
class ExportPlan final
{
    Q_DECLARE_TR_FUNCTIONS(Helm::ExportPlan)

public:
    struct Options
    {
        bool inlineSecrets = false; ///< write basicAuth/proxyData/certData into the values file
    };

    static ExportPlan build(const Topology::Topology &topology, const Options &options);

    const ValuesSection &hub() const { return m_hub; }
    /// Sorted by name (code-point order), the order the complete values file lists them in.
    const QList<ValuesSection> &spokes() const { return m_spokes; }
    const QList<SecretRequest> &secrets() const { return m_secrets; }
    const QString &releaseNamespace() const { return m_namespace; }
    const QString &hubName() const { return m_hubName; }
    const QString &hubApiServer() const { return m_hubApiServer; }
    const ValuesReport &report() const { return m_report; }

    static QString basicAuthSecretName(const QString &cluster); ///< `<cluster>-oci-basic-auth`
    static QString proxySecretName(const QString &cluster);     ///< `<cluster>-oci-proxy`
    static QString tlsSecretName(const QString &cluster);       ///< `<cluster>-oci-tls`

private:
    ValuesSection makeSection(const QString &cluster, const Topology::RegistryConnection &connection,
                              const QHash<QString, const Topology::Registry *> &registries, const Options &options);

    ValuesSection m_hub;
    QList<ValuesSection> m_spokes;
    QList<SecretRequest> m_secrets;
    QString m_namespace;
    QString m_hubName;
    QString m_hubApiServer;
    ValuesReport m_report;
};

} // namespace Helm
