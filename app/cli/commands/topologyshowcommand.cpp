#include "topologyshowcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include "topologyoutput.h"

namespace Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

// Spokes per registry, in the order the registries are defined.
QHash<QString, qsizetype> spokesPerRegistry(const Topology::Topology &topology)
{
    QHash<QString, qsizetype> counts;
    for (const Topology::Cluster &spoke : topology.spokes)
        ++counts[spoke.registry.registryId];
    return counts;
}

QJsonObject showJson(const QString &path, const Topology::Topology &topology, const Topology::ValidationReport &report)
{
    const QHash<QString, qsizetype> counts = spokesPerRegistry(topology);
    QJsonArray registries;
    for (const Topology::Registry &registry : topology.registries) {
        registries.append(QJsonObject{{QStringLiteral("id"), registry.id},
                                      {QStringLiteral("kind"), Topology::toKey(registry.kind)},
                                      {QStringLiteral("endpoint"), registry.endpoint},
                                      {QStringLiteral("onHub"), registry.onHub},
                                      {QStringLiteral("spokes"), qint64(counts.value(registry.id))}});
    }
    return {{QStringLiteral("file"), path},
            {QStringLiteral("name"), topology.name},
            {QStringLiteral("description"), topology.description},
            {QStringLiteral("production"), topology.production},
            {QStringLiteral("kind"), TopologyOutput::kindToJson(report.kind)},
            {QStringLiteral("counts"), TopologyOutput::countsToJson(topology)},
            {QStringLiteral("registries"), registries},
            {QStringLiteral("validation"), QJsonObject{{QStringLiteral("errors"), qint64(report.errorCount())},
                                                       {QStringLiteral("warnings"), qint64(report.warningCount())},
                                                       {QStringLiteral("infos"), qint64(report.infoCount())}}}};
}

void showText(const Topology::Topology &topology, const Topology::ValidationReport &report, Context &context)
{
    QTextStream &out = context.out;
    out << tr("name: %1").arg(topology.name) << QLatin1Char('\n');
    if (!topology.description.isEmpty())
        out << tr("description: %1").arg(topology.description) << QLatin1Char('\n');
    out << tr("production: %1").arg(topology.production ? tr("yes") : tr("no")) << QLatin1Char('\n');
    out << tr("kind: %1 (%2)").arg(Topology::displayName(report.kind.kind), report.kind.reason) << QLatin1Char('\n');
    out << tr("hub: %1, registry %2").arg(topology.hub.name, topology.hub.registry.registryId) << QLatin1Char('\n');
    out << tr("spokes: %1, projects: %2, tenants: %3, reachability facts: %4")
               .arg(topology.spokes.size())
               .arg(topology.projects.size())
               .arg(topology.tenants.size())
               .arg(topology.reachability.size())
        << QLatin1Char('\n');

    const QHash<QString, qsizetype> counts = spokesPerRegistry(topology);
    out << tr("registries: %1").arg(topology.registries.size()) << QLatin1Char('\n');
    for (const Topology::Registry &registry : topology.registries) {
        out << QLatin1String("  ") << registry.id << QLatin1String("  ") << Topology::displayName(registry.kind)
            << QLatin1String("  ") << registry.endpoint << QLatin1String("  ")
            << tr("%n spoke(s)", nullptr, int(counts.value(registry.id)))
            << (registry.onHub ? tr(", on the hub") : QString()) << QLatin1Char('\n');
    }
    out << tr("validation: %1").arg(TopologyOutput::summaryLine(report)) << Qt::endl;
}

} // namespace

QString TopologyShowCommand::name() const
{
    return QStringLiteral("show");
}

QString TopologyShowCommand::summary() const
{
    return tr("Summarize a topology file: its kind and why, and what it holds.");
}

int TopologyShowCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption = TopologyOutput::addFileArguments(parser);
    const QString usage = QStringLiteral("topology show FILE [--format text|json]");
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;
    const std::optional<TopologyOutput::FileRequest> request =
        TopologyOutput::readFileRequest(parser, formatOption, usage, context);
    if (!request)
        return UsageError;

    const Topology::ValidationReport report = Topology::validate(request->topology);
    if (request->format == TopologyOutput::Format::Json)
        TopologyOutput::printJson(showJson(request->path, request->topology, report), context);
    else
        showText(request->topology, report, context);
    return Success;
}

} // namespace Cli
