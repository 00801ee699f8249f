#pragma once

#include <QList>
#include <QString>

namespace Topology {

/// How much a finding weighs: errors block the values export unless forced; warnings travel with it.
enum class Severity { Error, Warning, Info };

/// The element of a topology a finding points at, and the field inside it when one is to blame.
struct ElementRef
{
    enum class Kind { Topology, Hub, Spoke, Registry, Project, Tenant, Reachability };

    Kind kind = Kind::Topology;
    QString id;    ///< spoke or hub name, registry id, project or tenant name; index for reachability facts
    QString field; ///< dotted path inside the element, e.g. "ociRegistry.timeout"; empty for the element

    /// For people: "spoke edge-1 (ociRegistry.timeout)".
    QString toString() const;

    friend bool operator==(const ElementRef &, const ElementRef &) = default;
};

/// One result of validation: a stable rule id, a severity, where, why, and how to prove what is unknown.
struct Finding
{
    QString id; ///< stable rule id, e.g. "endpoint.scheme"; see docs/validation-rules.md
    Severity severity = Severity::Error;
    ElementRef element;
    QString reason; ///< one translated line
    QString hint;   ///< the live check that proves a fact offline validation cannot; may be empty

    /// "error endpoint.scheme registry central (endpoint): reason".
    QString toString() const;
};

QString toKey(Severity severity);
QString toKey(ElementRef::Kind kind);
/// Translated severity for people ("error", "warning", "info").
QString displayName(Severity severity);

/// How many findings of \a severity \a findings hold.
qsizetype countFindings(const QList<Finding> &findings, Severity severity);

} // namespace Topology
