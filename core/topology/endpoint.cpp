#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Topology {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

using Problem = Endpoint::Problem;

Endpoint::Failure endpointError(Problem problem, const QString &text, const QString &reason)
{
    // An explicit context: lupdate would take this helper for a member of Endpoint.
    return {problem, Util::makeError(QCoreApplication::translate("Topology", "endpoint '%1': %2").arg(text, reason))};
}

// The authority of a text written without oci:// and possibly with a path: "host:5000/path" -> "host:5000".
QString authorityPart(const QString &rest)
{
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? rest : rest.left(slash);
}

// Texts that are not oci:// URLs get a hint telling how the same address is written.
std::optional<Endpoint::Failure> schemeError(const QString &text)
{
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$"));
    const QRegularExpressionMatch match = schemePattern.match(text);
    if (!match.hasMatch()) {
        const QString authority = authorityPart(text);
        if (authority != text) {
            return endpointError(Problem::Scheme, text,
                                 tr("has no scheme and carries a path; write 'oci://%1' and put '%2' into the "
                                    "repository field")
                                     .arg(authority, text.mid(authority.size() + 1)));
        }
        return endpointError(Problem::Scheme, text, tr("has no scheme; write 'oci://%1'").arg(text));
    }

    const QString scheme = match.captured(1).toLower();
    const QString authority = authorityPart(match.captured(2));
    if (scheme == QLatin1String("oci"))
        return std::nullopt;
    if (scheme == QLatin1String("https")) {
        return endpointError(Problem::Scheme, text,
                             tr("uses https://; the chart takes 'oci://%1' (TLS is used by default)").arg(authority));
    }
    if (scheme == QLatin1String("http")) {
        return endpointError(
            Problem::Scheme, text,
            tr("uses http://; write 'oci://%1' and mark the registry insecure to allow plain HTTP").arg(authority));
    }
    return endpointError(Problem::Scheme, text,
                         tr("scheme '%1://' is not supported; write 'oci://%2'").arg(scheme, authority));
}

// Anything after the authority: a path (or tag), a digest, a query or a fragment.
std::optional<Endpoint::Failure> trailerError(const QString &text, const QString &rest)
{
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (at >= 0 && (slash < 0 || at < slash)) {
        return endpointError(Problem::UserInfo, text,
                             tr("contains user information or a digest; put credentials into basic auth, never "
                                "into the endpoint"));
    }
    static const QRegularExpression separators(QStringLiteral("[/?#]"));
    const qsizetype end = rest.indexOf(separators);
    if (end < 0)
        return std::nullopt;

    const QString authority = rest.left(end);
    const QChar what = rest.at(end);
    if (what == QLatin1Char('?')) {
        return endpointError(Problem::Query, text,
                             tr("carries a query; the endpoint is 'oci://%1' only").arg(authority));
    }
    if (what == QLatin1Char('#')) {
        return endpointError(Problem::Query, text,
                             tr("carries a fragment; the endpoint is 'oci://%1' only").arg(authority));
    }
    const QString path = rest.mid(end + 1);
    if (path.isEmpty())
        return endpointError(Problem::Path, text, tr("ends with '/'; write 'oci://%1'").arg(authority));
    return endpointError(Problem::Path, text,
                         tr("carries the path '%1'; the endpoint is 'oci://%2' and the path belongs into the "
                            "repository field")
                             .arg(path, authority));
}

bool isIpv4Like(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9.]+$"));
    return pattern.match(host).hasMatch();
}

bool isDnsName(const QString &host)
{
    if (host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!isDns1123Label(label))
            return false;
    }
    return true;
}

std::optional<Endpoint::Failure> hostError(const QString &text, const QString &host)
{
    if (host.isEmpty())
        return endpointError(Problem::Host, text, tr("has no host"));
    if (isIpv4Like(host)) {
        const QHostAddress address(host);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol || host.count(u'.') != 3)
            return endpointError(Problem::Host, text, tr("'%1' is not an IPv4 address").arg(host));
        return std::nullopt;
    }
    if (!isDnsName(host)) {
        return endpointError(Problem::Host, text,
                             tr("host '%1' is not a DNS name (letters, digits and '-' in dot-separated labels of "
                                "up to 63 characters)")
                                 .arg(host));
    }
    return std::nullopt;
}

std::optional<Endpoint::Failure> portError(const QString &text, const QString &portText)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (portText.isEmpty())
        return endpointError(Problem::Port, text, tr("has ':' but no port number"));
    if (!digits.match(portText).hasMatch())
        return endpointError(Problem::Port, text, tr("port '%1' is not a decimal number").arg(portText));
    const int port = portText.toInt();
    if (port < 1 || port > 65535)
        return endpointError(Problem::Port, text, tr("port %1 is outside 1–65535").arg(portText));
    return std::nullopt;
}

} // namespace

Util::Result<Endpoint> Endpoint::parse(const QString &text)
{
    auto parsed = parseDetailed(text);
    if (auto *failure = std::get_if<Failure>(&parsed))
        return failure->error;
    return std::get<Endpoint>(std::move(parsed));
}

Endpoint::Problem Endpoint::problemOf(const QString &text)
{
    const auto parsed = parseDetailed(text);
    if (const auto *failure = std::get_if<Failure>(&parsed))
        return failure->problem;
    return Problem::None;
}

std::variant<Endpoint, Endpoint::Failure> Endpoint::parseDetailed(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Failure{Problem::Empty, Util::makeError(tr("endpoint is empty; expected 'oci://host[:port]'"))};
    // Flux takes the value as written: a stray space makes it an invalid URL.
    if (text != input)
        return endpointError(Problem::Whitespace, input, tr("has spaces at the start or the end"));
    if (auto error = schemeError(text))
        return *error;

    const QString rest = text.mid(int(sizeof("oci://")) - 1);
    if (rest.isEmpty())
        return endpointError(Problem::Host, text, tr("has no host"));
    if (auto error = trailerError(text, rest))
        return *error;
    return parseAuthority(text, rest);
}

std::variant<Endpoint, Endpoint::Failure> Endpoint::parseAuthority(const QString &text, const QString &authority)
{
    Endpoint endpoint;
    QString portText;
    bool hasPort = false;

    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return endpointError(Problem::Host, text, tr("opens an IPv6 address with '[' but does not close it"));
        endpoint.m_host = authority.mid(1, close - 1).toLower();
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return endpointError(Problem::Host, text, tr("unexpected '%1' after the IPv6 address").arg(after));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
        const QHostAddress address(endpoint.m_host);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return endpointError(Problem::Host, text, tr("'%1' is not an IPv6 address").arg(endpoint.m_host));
        endpoint.m_ipv6 = true;
    } else {
        if (authority.count(QLatin1Char(':')) > 1) {
            return endpointError(Problem::Host, text,
                                 tr("looks like an IPv6 address without brackets; write 'oci://[address]:port'"));
        }
        const qsizetype colon = authority.indexOf(QLatin1Char(':'));
        hasPort = colon >= 0;
        endpoint.m_host = (hasPort ? authority.left(colon) : authority).toLower();
        portText = hasPort ? authority.mid(colon + 1) : QString();
        if (auto error = hostError(text, endpoint.m_host))
            return *error;
    }

    if (hasPort) {
        if (auto error = portError(text, portText))
            return *error;
        endpoint.m_port = portText.toInt();
    }
    return endpoint;
}

QString Endpoint::authority() const
{
    const QString host = m_ipv6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return m_port > 0 ? host + QLatin1Char(':') + QString::number(m_port) : host;
}

QString Endpoint::toString() const
{
    return QStringLiteral("oci://") + authority();
}

HostScope Endpoint::scope() const
{
    return hostScope(m_host);
}

HostService Endpoint::service() const
{
    return hostService(m_host);
}

bool isDns1123Label(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

HostScope hostScope(const QString &hostText)
{
    const QString host = hostText.toLower();
    const QHostAddress address(host);
    if (!address.isNull()) {
        if (address.isLoopback())
            return HostScope::InCluster;
        if (address.isLinkLocal() || address.isUniqueLocalUnicast())
            return HostScope::Private;
        // RFC 1918 ranges and carrier-grade NAT space (RFC 6598).
        static const std::pair<const char *, int> privateRanges[] = {
            {"10.0.0.0", 8}, {"172.16.0.0", 12}, {"192.168.0.0", 16}, {"100.64.0.0", 10}};
        for (const auto &[network, length] : privateRanges) {
            if (address.isInSubnet(QHostAddress(QString::fromLatin1(network)), length))
                return HostScope::Private;
        }
        return HostScope::Public;
    }

    const auto endsWith = [&host](const char *suffix) {
        return host.endsWith(QLatin1String(suffix));
    };
    if (host == QLatin1String("localhost") || endsWith(".localhost") || endsWith(".svc") ||
        endsWith(".svc.cluster.local") || endsWith(".cluster.local") || !host.contains(QLatin1Char('.'))) {
        return HostScope::InCluster;
    }
    if (endsWith(".local") || endsWith(".internal") || endsWith(".lan") || endsWith(".home.arpa"))
        return HostScope::Private;
    return HostScope::Public;
}

HostService hostService(const QString &hostText)
{
    const QString host = hostText.toLower();
    static const QRegularExpression ecr(QStringLiteral(
        "^[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.(amazonaws\\.com(\\.cn)?|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov|"
        "cloud\\.adc-e\\.uk|csp\\.hci\\.ic\\.gov)$"));
    static const QRegularExpression acr(QStringLiteral("^[a-z0-9-]+\\.azurecr\\.(io|cn|us|de)$"));
    static const QRegularExpression gar(QStringLiteral("^[a-z0-9-]+-docker\\.pkg\\.dev$"));

    if (host == QLatin1String("docker.io") || host == QLatin1String("registry-1.docker.io") ||
        host == QLatin1String("index.docker.io") || host == QLatin1String("registry.hub.docker.com")) {
        return HostService::DockerHub;
    }
    if (ecr.match(host).hasMatch() || host == QLatin1String("public.ecr.aws"))
        return HostService::Ecr;
    if (acr.match(host).hasMatch())
        return HostService::Acr;
    if (gar.match(host).hasMatch())
        return HostService::GoogleArtifactRegistry;
    if (host == QLatin1String("gcr.io") || host.endsWith(QLatin1String(".gcr.io")))
        return HostService::Gcr;
    if (host == QLatin1String("ghcr.io"))
        return HostService::Ghcr;
    return HostService::Unknown;
}

std::optional<Provider> providerForService(HostService service)
{
    switch (service) {
    case HostService::Ecr:
        return Provider::Aws;
    case HostService::Acr:
        return Provider::Azure;
    case HostService::GoogleArtifactRegistry:
    case HostService::Gcr:
        return Provider::Gcp;
    case HostService::Unknown:
    case HostService::DockerHub:
    case HostService::Ghcr:
        break;
    }
    return std::nullopt;
}

QString displayName(HostService service)
{
    switch (service) {
    case HostService::Unknown:
        return tr("unknown registry service");
    case HostService::DockerHub:
        return tr("Docker Hub");
    case HostService::Ecr:
        return tr("Amazon ECR");
    case HostService::Acr:
        return tr("Azure Container Registry");
    case HostService::GoogleArtifactRegistry:
        return tr("Google Artifact Registry");
    case HostService::Gcr:
        return tr("Google Container Registry");
    case HostService::Ghcr:
        return tr("GitHub Container Registry");
    }
    return {};
}

} // namespace Topology
