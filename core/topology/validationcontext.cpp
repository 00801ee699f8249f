#include "validationcontext.h"

#include <QCoreApplication>

namespace Topology {

ValidationContext::ValidationContext(const Topology &topology, const ValidationOptions &options)
    : m_topology(topology)
    , m_options(options)
{
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();

    // First definition wins: duplicates are findings of their own.
    for (const Registry &registry : topology.registries)
        m_registries.insert(registry.id, &registry);
    for (const Project &project : topology.projects)
        m_projects.insert(project.name, &project);
    for (const Tenant &tenant : topology.tenants)
        m_tenants.insert(tenant.name);
    m_clusters.insert(topology.hub.name);
    for (const Cluster &spoke : topology.spokes)
        m_clusters.insert(spoke.name);
    for (const ReachabilityFact &fact : topology.reachability) {
        const QString key = reachKey(fact.kind, fact.from, fact.to);
        if (!m_reach.contains(key))
            m_reach.insert(key, fact.reach);
    }
}

void ValidationContext::add(const QString &id, Severity severity, const ElementRef &element, const QString &reason,
                            const QString &hint)
{
    m_findings.append({id, severity, element, reason, hint});
}

Reach ValidationContext::reach(ReachabilityFact::Kind kind, const QString &from, const QString &to) const
{
    return m_reach.value(reachKey(kind, from, to), Reach::Unknown);
}

const std::optional<Endpoint> &ValidationContext::endpoint(const QString &text)
{
    auto found = m_endpoints.find(text);
    if (found == m_endpoints.end()) {
        const Util::Result<Endpoint> parsed = Endpoint::parse(text);
        found = m_endpoints.insert(text, parsed ? std::optional<Endpoint>(*parsed) : std::nullopt);
    }
    return *found;
}

std::optional<Endpoint> ValidationContext::checkEndpoint(const QString &text, const ElementRef &element)
{
    const std::optional<Endpoint> &parsed = endpoint(text);
    if (!parsed) {
        const Util::Result<Endpoint> again = Endpoint::parse(text);
        add(endpointRuleId(Endpoint::problemOf(text)), Severity::Error, element, again.error().message);
        return std::nullopt;
    }
    if (parsed->service() == HostService::DockerHub) {
        add(QStringLiteral("endpoint.docker-hub"), Severity::Error, element,
            QCoreApplication::translate("Topology::ValidationContext",
                                        "'%1' is Docker Hub, which restricts media types and cannot hold "
                                        "PaletteAI artifacts; use another OCI registry")
                .arg(text));
    }
    return parsed;
}

QString ValidationContext::endpointRuleId(Endpoint::Problem problem)
{
    switch (problem) {
    case Endpoint::Problem::None:
        break;
    case Endpoint::Problem::Empty:
        return QStringLiteral("endpoint.missing");
    case Endpoint::Problem::Scheme:
        return QStringLiteral("endpoint.scheme");
    case Endpoint::Problem::Path:
        return QStringLiteral("endpoint.path");
    case Endpoint::Problem::UserInfo:
        return QStringLiteral("endpoint.userinfo");
    case Endpoint::Problem::Query:
        return QStringLiteral("endpoint.query");
    case Endpoint::Problem::Host:
        return QStringLiteral("endpoint.host");
    case Endpoint::Problem::Port:
        return QStringLiteral("endpoint.port");
    case Endpoint::Problem::Whitespace:
        return QStringLiteral("endpoint.whitespace");
    }
    return QStringLiteral("endpoint.syntax");
}

ElementRef ValidationContext::hubRef(const QString &field) const
{
    return {ElementRef::Kind::Hub, m_topology.hub.name, field};
}

ElementRef ValidationContext::spokeRef(const Cluster &spoke, const QString &field)
{
    return {ElementRef::Kind::Spoke, spoke.name, field};
}

ElementRef ValidationContext::registryRef(const Registry &registry, const QString &field)
{
    return {ElementRef::Kind::Registry, registry.id, field};
}

QString ValidationContext::reachKey(ReachabilityFact::Kind kind, const QString &from, const QString &to)
{
    return QString::number(int(kind)) + QLatin1Char('\x1f') + from + QLatin1Char('\x1f') + to;
}

} // namespace Topology
