#include "valuesimportcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include "helm/valuesimporter.h"
#include "topology/topologyfile.h"
#include "util/atomicfile.h"
#include "valuesoutput.h"

namespace Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

int countInlineSecrets(const Helm::ValuesReport &report)
{
    int count = 0;
    for (const Helm::ReportItem &item : report.items()) {
        if (item.code == QLatin1String("inline-password") || item.code == QLatin1String("inline-key"))
            ++count;
    }
    return count;
}

// The topology file stores secret values only when it opts into inline secrets; say what happens to them.
void decideInlineSecrets(Topology::Topology &topology, bool keep, Helm::ValuesReport &report)
{
    const int secrets = countInlineSecrets(report);
    topology.inlineSecrets = keep && secrets > 0;
    if (secrets == 0)
        return;
    if (keep) {
        report.warning(QStringLiteral("inline-secrets-kept"),
                       tr("%n secret value(s) are written in plain text into the topology file", nullptr, secrets));
    } else {
        report.warning(QStringLiteral("inline-secrets-not-kept"),
                       tr("%n secret value(s) are not written into the topology file; store them in the "
                          "credential store or import again with --keep-inline-secrets",
                          nullptr, secrets));
    }
}

void printResult(Context &context, bool json, const QString &outputPath, const QByteArray &topologyText,
                 const Helm::ValuesReport &report, const std::optional<Util::Error> &writeError)
{
    const bool ok = !report.hasErrors() && !writeError;
    if (json) {
        QJsonObject object{{QStringLiteral("ok"), ok}, {QStringLiteral("report"), report.toJson()}};
        if (ok && outputPath.isEmpty())
            object.insert(QStringLiteral("topology"), QString::fromUtf8(topologyText));
        else if (ok)
            object.insert(QStringLiteral("topologyFile"), outputPath);
        if (writeError)
            object.insert(QStringLiteral("error"), writeError->toString());
        ValuesOutput::printJson(context, object);
        return;
    }

    if (ok && outputPath.isEmpty()) {
        context.out << QString::fromUtf8(topologyText);
        context.out.flush();
    }
    ValuesOutput::printText(context, report);
    if (report.hasErrors())
        context.err << tr("nothing written: the values file has errors") << Qt::endl;
    if (writeError)
        context.err << tr("error: %1").arg(writeError->toString()) << Qt::endl;
    if (ok && !outputPath.isEmpty())
        context.err << tr("wrote %1").arg(outputPath) << Qt::endl;
}

} // namespace

QString ValuesImportCommand::summary() const
{
    return tr("Turn an existing PaletteAI values file into a topology.");
}

int ValuesImportCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("VALUES"), tr("The Helm values file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the topology to FILE (atomically) instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep-inline-secrets"),
                                  tr("Write inline passwords and keys found in the values into the topology file "
                                     "(plain text)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Report as 'text' (default) or 'json'."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({output, keep, format});
    const QString usage = QStringLiteral("values import VALUES [-o FILE] [--keep-inline-secrets] [--format text|json]");
    if (const std::optional<int> stop = parse(parser, arguments, context, usage))
        return *stop;

    const std::optional<ValuesOutput::Format> chosen = ValuesOutput::parseFormat(parser.value(format));
    if (!chosen || parser.positionalArguments().size() != 1) {
        context.err << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    const Util::Result<QByteArray> text = Util::readFile(path);
    if (!text)
        return ValuesOutput::fail(context, *chosen, text.error().toString(), UsageError);
    Util::Result<Helm::ValuesImporter::Result> imported = Helm::ValuesImporter::import(*text, path);
    if (!imported)
        return ValuesOutput::fail(context, *chosen, imported.error().toString(), UsageError);

    Helm::ValuesReport &report = imported->report;
    decideInlineSecrets(imported->topology, parser.isSet(keep), report);
    QByteArray topologyText;
    std::optional<Util::Error> writeError;
    if (!report.hasErrors()) {
        topologyText = Topology::TopologyFile::serialize(imported->topology);
        if (parser.isSet(output)) {
            const Util::Result<void> saved = Util::writeFileAtomically(parser.value(output), topologyText);
            if (!saved)
                writeError = saved.error();
            else if (imported->topology.inlineSecrets)
                QFile::setPermissions(parser.value(output), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    printResult(context, *chosen == ValuesOutput::Format::Json, parser.value(output), topologyText, report, writeError);
    return report.hasErrors() || writeError ? Failure : Success;
}

} // namespace Cli
