#pragma once

#include <optional>
#include <variant>

#include <QCoreApplication>
#include <QString>

#include "model.h"
#include "util/result.h"

namespace Topology {

/// Where a host can be reached from, judged from its name or address alone.
enum class HostScope {
    Public,    ///< a routable name or address
    Private,   ///< a private-range address or a `.local`/`.internal` name: reachable only where routed
    InCluster, ///< resolves only inside one cluster (`*.svc`, `localhost`, loopback, single-label names)
};

/// Registry services recognised by their host name.
enum class HostService { Unknown, DockerHub, Ecr, Acr, GoogleArtifactRegistry, Gcr, Ghcr };

/// A registry endpoint as the Helm chart takes it: `oci://host[:port]`, nothing else.
class Endpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Topology::Endpoint)

public:
    /// What is wrong with a text that is not an endpoint; validation rules are keyed on it.
    enum class Problem { None, Empty, Scheme, Path, UserInfo, Query, Host, Port, Whitespace };

    struct Failure
    {
        Problem problem = Problem::None;
        Util::Error error;
    };

    Endpoint() = default;

    /// Parses \a text strictly. The error message quotes the text and says how to write it instead
    /// (e.g. for `https://host`, `host:5000` or `oci://host/path`).
    static Util::Result<Endpoint> parse(const QString &text);
    /// The kind of problem Endpoint::parse() reports for \a text, Problem::None when it parses.
    static Problem problemOf(const QString &text);

    /// The host without brackets, lower-cased; an IPv6 address for bracketed hosts.
    QString host() const { return m_host; }
    /// The port, or 0 when the endpoint has none.
    int port() const { return m_port; }
    bool isIpv6() const { return m_ipv6; }

    /// `host[:port]` with IPv6 addresses in brackets, as it goes into image references.
    QString authority() const;
    /// `oci://` followed by the authority.
    QString toString() const;

    HostScope scope() const;
    HostService service() const;

private:
    static std::variant<Endpoint, Failure> parseDetailed(const QString &text);
    static std::variant<Endpoint, Failure> parseAuthority(const QString &text, const QString &authority);

    QString m_host;
    int m_port = 0;
    bool m_ipv6 = false;
};

/// Classifies a bare host name or address (no brackets, no port).
HostScope hostScope(const QString &host);
/// Recognises Docker Hub and the cloud registries by host name (ECR in every AWS partition, incl. FIPS;
/// ACR in the public and sovereign clouds; Artifact Registry; Container Registry; GHCR).
HostService hostService(const QString &host);
/// The chart `provider` that matches a cloud host, std::nullopt for other hosts.
std::optional<Provider> providerForService(HostService service);
/// Translated name of a recognised service, e.g. "Amazon ECR".
QString displayName(HostService service);

/// Checks a DNS-1123 label (lower-case alphanumerics and '-', 1–63 characters, alphanumeric at both ends).
bool isDns1123Label(const QString &text);

} // namespace Topology
