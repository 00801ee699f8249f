#include "topologyoutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "command.h"
#include "topology/topologyfile.h"

namespace Cli::TopologyOutput {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli::TopologyOutput", text, disambiguation, n);
}

QJsonObject findingToJson(const Topology::Finding &finding)
{
    QJsonObject element{{QStringLiteral("kind"), Topology::toKey(finding.element.kind)},
                        {QStringLiteral("id"), finding.element.id}};
    if (!finding.element.field.isEmpty())
        element.insert(QStringLiteral("field"), finding.element.field);
    QJsonObject object{{QStringLiteral("id"), finding.id},
                       {QStringLiteral("severity"), Topology::toKey(finding.severity)},
                       {QStringLiteral("element"), element},
                       {QStringLiteral("reason"), finding.reason}};
    if (!finding.hint.isEmpty())
        object.insert(QStringLiteral("hint"), finding.hint);
    return object;
}

} // namespace

std::optional<Format> parseFormat(const QString &text, Context &context)
{
    if (text == QLatin1String("text"))
        return Format::Text;
    if (text == QLatin1String("json"))
        return Format::Json;
    context.err << tr("error: unknown format '%1'; use text or json").arg(text) << Qt::endl;
    return std::nullopt;
}

std::optional<Topology::Topology> load(const QString &path, Context &context)
{
    Util::Result<Topology::Topology> topology = Topology::TopologyFile::read(path);
    if (!topology) {
        context.err << tr("error: %1").arg(topology.error().toString()) << Qt::endl;
        return std::nullopt;
    }
    return std::move(topology).value();
}

QCommandLineOption addFileArguments(QCommandLineParser &parser)
{
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
                                          QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The topology file."));
    return formatOption;
}

std::optional<FileRequest> readFileRequest(const QCommandLineParser &parser, const QCommandLineOption &formatOption,
                                           const QString &usage, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: expected exactly one topology file") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return std::nullopt;
    }
    const std::optional<Format> format = parseFormat(parser.value(formatOption), context);
    if (!format)
        return std::nullopt;

    const QString path = parser.positionalArguments().constFirst();
    std::optional<Topology::Topology> topology = load(path, context);
    if (!topology)
        return std::nullopt;
    return FileRequest{path, *format, std::move(*topology)};
}

QJsonObject kindToJson(const Topology::KindInference &kind)
{
    return {{QStringLiteral("key"), Topology::toKey(kind.kind)},
            {QStringLiteral("name"), Topology::displayName(kind.kind)},
            {QStringLiteral("reason"), kind.reason}};
}

QJsonObject reportToJson(const QString &path, const Topology::ValidationReport &report)
{
    QJsonArray findings;
    for (const Topology::Finding &finding : report.findings)
        findings.append(findingToJson(finding));
    return {{QStringLiteral("file"), path},
            {QStringLiteral("kind"), kindToJson(report.kind)},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("errors"), qint64(report.errorCount())},
                                                    {QStringLiteral("warnings"), qint64(report.warningCount())},
                                                    {QStringLiteral("infos"), qint64(report.infoCount())}}},
            {QStringLiteral("findings"), findings}};
}

QJsonObject countsToJson(const Topology::Topology &topology)
{
    return {{QStringLiteral("spokes"), qint64(topology.spokes.size())},
            {QStringLiteral("registries"), qint64(topology.registries.size())},
            {QStringLiteral("projects"), qint64(topology.projects.size())},
            {QStringLiteral("tenants"), qint64(topology.tenants.size())},
            {QStringLiteral("reachabilityFacts"), qint64(topology.reachability.size())},
            {QStringLiteral("federationRules"), qint64(topology.federationRules.size())}};
}

QString summaryLine(const Topology::ValidationReport &report)
{
    return tr("%n error(s)", nullptr, int(report.errorCount())) + QLatin1String(", ") +
           tr("%n warning(s)", nullptr, int(report.warningCount())) + QLatin1String(", ") +
           tr("%n info(s)", nullptr, int(report.infoCount()));
}

void printJson(const QJsonObject &object, Context &context)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out.flush();
}

} // namespace Cli::TopologyOutput
