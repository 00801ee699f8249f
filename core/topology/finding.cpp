#include "finding.h"

#include <algorithm>

#include <QCoreApplication>

namespace Topology {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

QString elementKindName(ElementRef::Kind kind)
{
    switch (kind) {
    case ElementRef::Kind::Topology:
        return tr("topology");
    case ElementRef::Kind::Hub:
        return tr("hub");
    case ElementRef::Kind::Spoke:
        return tr("spoke");
    case ElementRef::Kind::Registry:
        return tr("registry");
    case ElementRef::Kind::Project:
        return tr("project");
    case ElementRef::Kind::Tenant:
        return tr("tenant");
    case ElementRef::Kind::Reachability:
        return tr("reachability");
    }
    return {};
}

} // namespace

QString ElementRef::toString() const
{
    QString text = elementKindName(kind);
    if (!id.isEmpty())
        text += QLatin1Char(' ') + id;
    if (!field.isEmpty())
        text += QLatin1String(" (") + field + QLatin1Char(')');
    return text;
}

QString Finding::toString() const
{
    return displayName(severity) + QLatin1Char(' ') + id + QLatin1Char(' ') + element.toString() + QLatin1String(": ") +
           reason;
}

QString toKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString toKey(ElementRef::Kind kind)
{
    switch (kind) {
    case ElementRef::Kind::Topology:
        return QStringLiteral("topology");
    case ElementRef::Kind::Hub:
        return QStringLiteral("hub");
    case ElementRef::Kind::Spoke:
        return QStringLiteral("spoke");
    case ElementRef::Kind::Registry:
        return QStringLiteral("registry");
    case ElementRef::Kind::Project:
        return QStringLiteral("project");
    case ElementRef::Kind::Tenant:
        return QStringLiteral("tenant");
    case ElementRef::Kind::Reachability:
        return QStringLiteral("reachability");
    }
    return {};
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        return tr("info");
    }
    return {};
}

qsizetype countFindings(const QList<Finding> &findings, Severity severity)
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [severity](const Finding &finding) { return finding.severity == severity; });
}

} // namespace Topology
