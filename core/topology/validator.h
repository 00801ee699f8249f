#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include "connectionvalidator.h"
#include "finding.h"
#include "kindinference.h"
#include "model.h"
#include "validationcontext.h"
#include "validationoptions.h"

namespace Topology {

/// Everything validation says about a topology.
struct ValidationReport
{
    KindInference kind;
    QList<Finding> findings;

    qsizetype errorCount() const { return countFindings(findings, Severity::Error); }
    qsizetype warningCount() const { return countFindings(findings, Severity::Warning); }
    qsizetype infoCount() const { return countFindings(findings, Severity::Info); }
    bool hasErrors() const { return errorCount() > 0; }
};

/// Runs every offline rule of docs/validation-rules.md over a topology. Linear in the number of spokes:
/// lookups go through hash tables built once, and per-registry facts are aggregated in one pass.
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(Topology::Validator)

public:
    explicit Validator(const Topology &topology, const ValidationOptions &options = {});

    ValidationReport run();

private:
    /// What the spokes of one registry have in common, gathered in one pass over the spokes.
    struct RegistryUse
    {
        qsizetype spokeCount = 0;
        QStringList projects; ///< distinct, in first-seen order
        QSet<QString> projectSet;
        QStringList tenants;
        QSet<QString> tenantSet;
        QStringList repositories;
        QSet<QString> repositorySet;
    };

    void checkTopology();
    void checkRegistries();
    void checkRegistry(const Registry &registry);
    void checkExposure(const Registry &registry);
    void checkRegistryKind(const Registry &registry, const Endpoint &endpoint);
    void checkHub();
    void checkSpokes();
    void checkSpoke(const Cluster &spoke);
    void noteUse(const RegistryConnection &connection, const Cluster *spoke);
    void checkProjects();
    void checkReachabilityFacts();
    void checkFederationRules();
    void checkRegistryUse();
    void checkInlineSecretCollisions();

    void checkRequirements();
    void checkHubAsSpoke();
    void checkRegistryOnHub();
    void checkReachability();
    void checkSpokeReachability(const Cluster &spoke);
    void checkFederation(const Cluster &spoke, const Registry &registry);
    void checkHubPush();
    void reportUnknownReach();
    void noteUnknown(const QString &what, const QString &who);

    ValidationContext m_context;
    ConnectionValidator m_connections;
    KindInference m_kind;
    QHash<QString, RegistryUse> m_use;
    QHash<QString, QStringList> m_unknownReach; ///< translated fact description -> clusters, first few only
    QHash<QString, qsizetype> m_unknownCount;
    QStringList m_unknownOrder;
};

/// Convenience: Validator(topology, options).run().
ValidationReport validate(const Topology &topology, const ValidationOptions &options = {});

} // namespace Topology
