#include "topologyvalidatecommand.h"

#include <QCoreApplication>

#include "topologyoutput.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printText(const QString &path, const Topology::ValidationReport &report, Context &context)
{
    for (const Topology::Finding &finding : report.findings) {
        context.out << finding.toString();
        if (!finding.hint.isEmpty())
            context.out << QLatin1String(" (") << finding.hint << QLatin1Char(')');
        context.out << QLatin1Char('\n');
    }
    context.out << tr("%1: %2").arg(path, TopologyOutput::summaryLine(report)) << QLatin1Char('\n');
    context.out << tr("kind: %1 (%2)").arg(Topology::displayName(report.kind.kind), report.kind.reason) << Qt::endl;
}

} // namespace

QString TopologyValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString TopologyValidateCommand::summary() const
{
    return tr("Check a topology file against every offline rule.");
}

int TopologyValidateCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
                                          QStringLiteral("text"));
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The topology file."));
    const QString usage = QStringLiteral("topology validate FILE [--format text|json]");
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: expected exactly one topology file") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    const std::optional<TopologyOutput::Format> format =
        TopologyOutput::parseFormat(parser.value(formatOption), context);
    if (!format)
        return UsageError;

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Topology::Topology> topology = TopologyOutput::load(path, context);
    if (!topology)
        return UsageError;

    const Topology::ValidationReport report = Topology::validate(*topology);
    if (*format == TopologyOutput::Format::Json)
        TopologyOutput::printJson(TopologyOutput::reportToJson(path, report), context);
    else
        printText(path, report, context);
    return report.hasErrors() ? Failure : Success;
}

} // namespace Cli
