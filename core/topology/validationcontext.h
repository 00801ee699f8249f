#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "endpoint.h"
#include "finding.h"
#include "model.h"
#include "validationoptions.h"

namespace Topology {

/// What the rules of one validation run share: the topology, lookup tables built once so that every rule
/// stays linear in the number of spokes, caches of parsed values, and the findings collected so far.
class ValidationContext final
{
public:
    ValidationContext(const Topology &topology, const ValidationOptions &options);

    const Topology &topology() const { return m_topology; }
    const ValidationOptions &options() const { return m_options; }

    void add(const QString &id, Severity severity, const ElementRef &element, const QString &reason,
             const QString &hint = QString());
    QList<Finding> takeFindings() { return std::move(m_findings); }

    const Registry *registry(const QString &id) const { return m_registries.value(id); }
    const Project *project(const QString &name) const { return m_projects.value(name); }
    bool hasTenant(const QString &name) const { return m_tenants.contains(name); }
    bool hasCluster(const QString &name) const { return m_clusters.contains(name); }
    Reach reach(ReachabilityFact::Kind kind, const QString &from, const QString &to) const;

    /// Parses an endpoint once per distinct text.
    const std::optional<Endpoint> &endpoint(const QString &text);
    /// Parses \a text and reports a syntax problem (`endpoint.<problem>`) or a Docker Hub host against
    /// \a element. Returns the endpoint when it parses.
    std::optional<Endpoint> checkEndpoint(const QString &text, const ElementRef &element);

    /// Element references of the hub or of a spoke, with a field under the chart's `ociRegistry`.
    ElementRef hubRef(const QString &field = QString()) const;
    static ElementRef spokeRef(const Cluster &spoke, const QString &field = QString());
    static ElementRef registryRef(const Registry &registry, const QString &field = QString());

    /// The rule id of an endpoint syntax problem, e.g. "endpoint.scheme".
    static QString endpointRuleId(Endpoint::Problem problem);

private:
    static QString reachKey(ReachabilityFact::Kind kind, const QString &from, const QString &to);

    const Topology &m_topology;
    ValidationOptions m_options;
    QList<Finding> m_findings;
    QHash<QString, const Registry *> m_registries;
    QHash<QString, const Project *> m_projects;
    QSet<QString> m_tenants;
    QSet<QString> m_clusters;
    QHash<QString, Reach> m_reach;
    QHash<QString, std::optional<Endpoint>> m_endpoints;
};

} // namespace Topology
