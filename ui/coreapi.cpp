#include "coreapi.h"

#include <QCoreApplication>

#include "helm/exportplan.h"
#include "helm/secretwriter.h"
#include "helm/valuesimporter.h"
#include "helm/valuesmerger.h"
#include "helm/valueswriter.h"
#include "topology/endpoint.h"
#include "topology/goduration.h"
#include "topology/kindinference.h"
#include "topology/repositoryname.h"
#include "topology/templates.h"
#include "topology/topologyfile.h"
#include "topology/validator.h"
#include "util/atomicfile.h"

namespace Ui::CoreApi {

namespace {

QStringList linesOf(const Helm::ValuesReport &report)
{
    QStringList lines;
    for (const Helm::ReportItem &item : report.items())
        lines.append(item.toString());
    return lines;
}

Finding::Severity severityOf(Topology::Severity severity)
{
    switch (severity) {
    case Topology::Severity::Error:
        return Finding::Severity::Error;
    case Topology::Severity::Warning:
        return Finding::Severity::Warning;
    case Topology::Severity::Info:
        break;
    }
    return Finding::Severity::Info;
}

// The canvas shows clusters and registries; a finding about a reachability fact is shown on the cluster
// the fact starts from, and one about a project or tenant on the topology as a whole.
ElementRef elementOf(const Topology::Topology &topology, const Topology::ElementRef &element)
{
    using Kind = Topology::ElementRef::Kind;
    switch (element.kind) {
    case Kind::Hub:
        return ElementRef::hub();
    case Kind::Spoke:
        return topology.spoke(element.id) ? ElementRef::spoke(element.id) : ElementRef::topology();
    case Kind::Registry:
        return topology.registry(element.id) ? ElementRef::registry(element.id) : ElementRef::topology();
    case Kind::Reachability: {
        bool ok = false;
        const int index = element.id.toInt(&ok);
        if (!ok || index < 0 || index >= topology.reachability.size())
            return ElementRef::topology();
        const QString from = topology.reachability.at(index).from;
        return topology.spoke(from) ? ElementRef::spoke(from) : ElementRef::hub();
    }
    case Kind::Topology:
    case Kind::Project:
    case Kind::Tenant:
        break;
    }
    return ElementRef::topology();
}

Helm::ExportPlan planFor(const Topology::Topology &topology)
{
    return Helm::ExportPlan::build(topology, {topology.inlineSecrets});
}

} // namespace

QList<Finding> validate(const Topology::Topology &topology)
{
    const Topology::ValidationReport report = Topology::validate(topology);
    QList<Finding> findings;
    findings.reserve(report.findings.size());
    for (const Topology::Finding &finding : report.findings) {
        findings.append({severityOf(finding.severity), finding.id, finding.reason, finding.hint,
                         elementOf(topology, finding.element), finding.element.field});
    }
    return findings;
}

std::optional<Topology::TopologyKind> inferKind(const Topology::Topology &topology)
{
    // Without a registry there is nothing to infer from; the engine would still name a kind.
    if (topology.registries.isEmpty())
        return std::nullopt;
    return Topology::inferKind(topology).kind;
}

Topology::Topology makeTemplate(Topology::TopologyKind kind)
{
    return Topology::makeTemplate(kind);
}

Util::Result<Topology::Topology> readTopologyFile(const QString &path)
{
    return Topology::TopologyFile::read(path);
}

Util::Result<void> writeTopologyFile(const QString &path, const Topology::Topology &topology)
{
    return Topology::TopologyFile::write(path, topology);
}

Util::Result<ValuesExport> valuesText(const Topology::Topology &topology)
{
    const Helm::ExportPlan plan = planFor(topology);
    return ValuesExport{QString::fromUtf8(Helm::ValuesWriter::write(plan)), linesOf(plan.report())};
}

Util::Result<ValuesMerge> mergeValues(const QString &existingPath, const Topology::Topology &topology)
{
    const auto existing = Util::readFile(existingPath);
    if (!existing)
        return existing.error();
    const auto merged = Helm::ValuesMerger::merge(existing.value(), existingPath, planFor(topology));
    if (!merged)
        return merged.error();
    return ValuesMerge{QString::fromUtf8(merged->text), linesOf(merged->report)};
}

Util::Result<ValuesImport> importValues(const QString &path)
{
    const auto text = Util::readFile(path);
    if (!text)
        return text.error();
    auto imported = Helm::ValuesImporter::import(text.value(), path);
    if (!imported)
        return imported.error();

    // Refuse what the command line refuses: a field that fails its type rules would otherwise come in
    // silently as "chart default" and be lost on the next export.
    if (imported->report.hasErrors()) {
        QStringList errors;
        for (const Helm::ReportItem &item : imported->report.items()) {
            if (item.severity == Helm::ReportItem::Severity::Error)
                errors.append(item.toString());
        }
        return Util::Error{QCoreApplication::translate("Ui::CoreApi", "The values file cannot be imported:\n%1")
                               .arg(errors.join(QLatin1Char('\n'))),
                           {}, 0, 0};
    }
    return ValuesImport{std::move(imported->topology), linesOf(imported->report)};
}

Util::Result<QStringList> writeSecretManifests(const QString &directory, const Topology::Topology &topology)
{
    const Helm::SecretWriter::Output output = Helm::SecretWriter::render(planFor(topology));
    const auto written = Helm::SecretWriter::writeAll(output.manifests, directory);
    if (!written)
        return written.error();
    return written.value() + linesOf(output.report);
}

QString fieldError(const QString &field, const QString &value)
{
    if (field == QLatin1String("name"))
        return Topology::isDns1123Label(value)
                   ? QString()
                   : QCoreApplication::translate("Ui::CoreApi",
                                                 "Use 1–63 lower-case letters, digits or '-', starting and ending "
                                                 "with a letter or digit.");
    if (value.isEmpty())
        return {};
    if (field == QLatin1String("endpoint")) {
        const auto parsed = Topology::Endpoint::parse(value);
        return parsed ? QString() : parsed.error().message;
    }
    if (field == QLatin1String("repository")) {
        const auto checked = Topology::validateRepositoryName(value);
        return checked ? QString() : checked.error().message;
    }
    if (field == QLatin1String("timeout")) {
        const auto parsed = Topology::GoDuration::parse(value);
        if (!parsed)
            return parsed.error().message;
        return parsed->isPositive() ? QString()
                                    : QCoreApplication::translate("Ui::CoreApi", "The timeout must be positive.");
    }
    if (field == QLatin1String("proxy.address") || field == QLatin1String("apiServer")) {
        const QUrl url(value, QUrl::StrictMode);
        const bool https = url.scheme() == QLatin1String("https");
        const bool ok = url.isValid() && !url.host().isEmpty() &&
                        (https || (field == QLatin1String("proxy.address") && url.scheme() == QLatin1String("http")));
        return ok ? QString()
                  : QCoreApplication::translate("Ui::CoreApi", "Write a full URL such as %1.")
                        .arg(field == QLatin1String("apiServer") ? QStringLiteral("https://hub.example.com:6443")
                                                                 : QStringLiteral("http://proxy.example.com:3128"));
    }
    return {};
}

} // namespace Ui::CoreApi
