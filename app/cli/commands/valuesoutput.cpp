#include "valuesoutput.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>

#include "command.h"

namespace Cli {

namespace {

Helm::ReportItem::Severity severityOf(Topology::Severity severity)
{
    switch (severity) {
    case Topology::Severity::Error:
        return Helm::ReportItem::Severity::Error;
    case Topology::Severity::Warning:
        return Helm::ReportItem::Severity::Warning;
    case Topology::Severity::Info:
        return Helm::ReportItem::Severity::Info;
    }
    return Helm::ReportItem::Severity::Info;
}

} // namespace

std::optional<ValuesOutput::Format> ValuesOutput::parseFormat(const QString &text)
{
    if (text == QLatin1String("text"))
        return Format::Text;
    if (text == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QCommandLineOption ValuesOutput::outputOption(const QString &description)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, description, QStringLiteral("FILE"));
}

QCommandLineOption ValuesOutput::formatOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("format"), description, QStringLiteral("FORMAT"), QStringLiteral("text"));
}

std::optional<ValuesOutput::Format> ValuesOutput::checkArguments(const QCommandLineParser &parser,
                                                                 const QCommandLineOption &format, const QString &usage,
                                                                 Context &context)
{
    const std::optional<Format> chosen = parseFormat(parser.value(format));
    if (!chosen || parser.positionalArguments().size() != 1) {
        context.err << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return std::nullopt;
    }
    return chosen;
}

Helm::ValuesReport ValuesOutput::fromValidation(const Topology::ValidationReport &validation, const QString &file,
                                                bool withNotes)
{
    Helm::ValuesReport report;
    for (const Topology::Finding &finding : validation.findings) {
        if (finding.severity == Topology::Severity::Info && !withNotes)
            continue;
        QString message = finding.element.toString() + QLatin1String(": ") + finding.reason;
        if (!finding.hint.isEmpty())
            message += QLatin1String(" (") + finding.hint + QLatin1Char(')');
        report.add({severityOf(finding.severity), finding.id, message, file, 0, 0});
    }

    const qsizetype notes = validation.infoCount();
    if (!withNotes && notes > 0) {
        report.add({Helm::ReportItem::Severity::Info, QStringLiteral("validation-notes"),
                    tr("%n validation note(s) not shown; 'paletteai-registry topology validate %1' lists them", nullptr,
                       int(notes))
                        .arg(file),
                    file, 0, 0});
    }
    return report;
}

bool ValuesOutput::holdsSecrets(const Helm::ValuesReport &report)
{
    return std::any_of(report.items().cbegin(), report.items().cend(), [](const Helm::ReportItem &item) {
        return item.code == QLatin1String("inline-password-written") ||
               item.code == QLatin1String("inline-key-written");
    });
}

void ValuesOutput::printText(Context &context, const Helm::ValuesReport &report)
{
    context.err << report.toText();
    const int errors = report.count(Helm::ReportItem::Severity::Error);
    const int warnings = report.count(Helm::ReportItem::Severity::Warning);
    if (errors > 0 || warnings > 0)
        context.err << tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings) << Qt::endl;
    context.err.flush();
}

void ValuesOutput::printJson(Context &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out.flush();
}

int ValuesOutput::fail(Context &context, Format format, const QString &message, int exitCode)
{
    if (format == Format::Json) {
        printJson(context, {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}});
    } else {
        context.err << tr("error: %1").arg(message) << Qt::endl;
    }
    return exitCode;
}

} // namespace Cli
