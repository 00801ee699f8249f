#include "valuesexportcommand.h"

#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include "credentials/topologysecrets.h"
#include "helm/exportplan.h"
#include "helm/secretwriter.h"
#include "helm/valuesmerger.h"
#include "helm/valueswriter.h"
#include "topology/topologyfile.h"
#include "topology/validator.h"
#include "topologykeychain.h"
#include "util/atomicfile.h"
#include "valuesoutput.h"

namespace Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

struct ExportOptions
{
    QString topologyPath;
    QString outputPath;
    QString mergeInto;
    QString secretsDir;
    bool inlineSecrets = false;
    bool consultKeychain = true;
    bool force = false;
    ValuesOutput::Format format = ValuesOutput::Format::Text;
};

// Manifests go where asked, else into "secrets/" beside the values file; with the values on standard output
// and no directory given they are not written and the report says so.
QString secretsDirectory(const ExportOptions &options)
{
    if (!options.secretsDir.isEmpty())
        return options.secretsDir;
    if (!options.outputPath.isEmpty())
        return QFileInfo(options.outputPath).dir().filePath(QStringLiteral("secrets"));
    return {};
}

struct Rendered
{
    QByteArray values;
    QList<Helm::SecretManifest> secrets;
    Helm::ValuesReport report;
};

// Everything is rendered before anything is written, so an error leaves every file as it was.
Util::Result<Rendered> render(const Topology::Topology &topology, const ExportOptions &options)
{
    const Helm::ExportPlan plan = Helm::ExportPlan::build(topology, {options.inlineSecrets});
    Rendered rendered;
    if (options.mergeInto.isEmpty()) {
        rendered.values = Helm::ValuesWriter::write(plan);
        rendered.report = plan.report();
    } else {
        const Util::Result<QByteArray> existing = Util::readFile(options.mergeInto);
        if (!existing)
            return existing.error();
        const auto merged = Helm::ValuesMerger::merge(*existing, options.mergeInto, plan);
        if (!merged)
            return merged.error();
        rendered.values = merged->text;
        rendered.report = merged->report;
    }

    Helm::SecretWriter::Output secrets = Helm::SecretWriter::render(plan);
    rendered.secrets = secrets.manifests;
    rendered.report.append(secrets.report);
    return rendered;
}

struct Written
{
    QStringList secretFiles;
    std::optional<Util::Error> error;
};

Written writeOutputs(const Rendered &rendered, const ExportOptions &options, Helm::ValuesReport &report)
{
    Written written;
    const QString directory = secretsDirectory(options);
    if (!rendered.secrets.isEmpty() && directory.isEmpty()) {
        report.warning(QStringLiteral("secrets-not-written"),
                       tr("%n Secret manifest(s) not written: pass --secrets-dir DIR or -o FILE", nullptr,
                          int(rendered.secrets.size())));
    } else if (!rendered.secrets.isEmpty()) {
        const Util::Result<QStringList> files = Helm::SecretWriter::writeAll(rendered.secrets, directory);
        if (!files) {
            written.error = files.error();
            return written;
        }
        written.secretFiles = *files;
    }
    if (!options.outputPath.isEmpty()) {
        const Util::Result<void> saved = Util::writeFileAtomically(options.outputPath, rendered.values);
        if (!saved)
            written.error = saved.error();
        else if (ValuesOutput::holdsSecrets(report))
            QFile::setPermissions(options.outputPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return written;
}

void printResult(Context &context, const ExportOptions &options, const Topology::ValidationReport &validation,
                 const Helm::ValuesReport &report, const Rendered &rendered, const Written &written, bool blocked)
{
    const bool valuesOnStdout = !blocked && !written.error && options.outputPath.isEmpty();
    if (options.format == ValuesOutput::Format::Json) {
        QJsonObject object{
            {QStringLiteral("ok"), !blocked && !written.error},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("kind"), Topology::toKey(validation.kind.kind)},
            {QStringLiteral("secretFiles"), QJsonArray::fromStringList(written.secretFiles)},
            {QStringLiteral("report"), report.toJson()},
        };
        if (valuesOnStdout)
            object.insert(QStringLiteral("values"), QString::fromUtf8(rendered.values));
        else if (!blocked && !written.error)
            object.insert(QStringLiteral("valuesFile"), options.outputPath);
        if (written.error)
            object.insert(QStringLiteral("error"), written.error->toString());
        ValuesOutput::printJson(context, object);
        return;
    }

    if (valuesOnStdout) {
        context.out << QString::fromUtf8(rendered.values);
        context.out.flush();
    }
    ValuesOutput::printText(context, report);
    if (blocked)
        context.err << tr("nothing written: validation found errors (use --force to export anyway)") << Qt::endl;
    if (written.error)
        context.err << tr("error: %1").arg(written.error->toString()) << Qt::endl;
    for (const QString &file : written.secretFiles)
        context.err << tr("wrote %1").arg(file) << Qt::endl;
    if (!blocked && !written.error && !options.outputPath.isEmpty())
        context.err << tr("wrote %1").arg(options.outputPath) << Qt::endl;
}

// What the keychain gave and what it could not. A missing value blocks an export that writes values inline
// (the values would be incomplete); otherwise only the Secret manifest that needs it is left out.
Helm::ValuesReport reportSecrets(const TopologyKeychain::Resolution &resolution, const ExportOptions &options)
{
    Helm::ValuesReport report;
    using Severity = Helm::ReportItem::Severity;
    const Severity severity = options.inlineSecrets ? Severity::Error : Severity::Warning;
    if (!resolution.storeError.isEmpty()) {
        report.add({severity, QStringLiteral("secret-store-unavailable"),
                    tr("%1; the secret references cannot be resolved (--no-secret-store skips the keychain)")
                        .arg(resolution.storeError),
                    options.topologyPath, 0, 0});
    }
    const QList<Credentials::TopologySecret> unresolved = TopologyKeychain::unresolved(resolution);
    for (const Credentials::TopologySecret &secret : unresolved) {
        report.add({severity, QStringLiteral("secret-ref-unresolved"), TopologyKeychain::describeUnresolved(secret),
                    options.topologyPath, 0, 0});
    }
    const int resolved = int(resolution.secrets.size() - unresolved.size());
    if (resolved > 0) {
        report.info(QStringLiteral("secret-refs-resolved"),
                    tr("%n secret reference(s) read from the keychain", nullptr, resolved));
    }
    return report;
}

int exportValues(const ExportOptions &options, Context &context)
{
    Util::Result<Topology::Topology> topology = Topology::TopologyFile::read(options.topologyPath);
    if (!topology)
        return ValuesOutput::fail(context, options.format, topology.error().toString(), UsageError);

    // Secrets are resolved before validation, so that a client key in the keychain is checked against its
    // certificate, and before rendering, so that Secret manifests and inline values carry them.
    const TopologyKeychain::Resolution secrets = TopologyKeychain::resolve(topology.value(), options.consultKeychain);
    const Topology::ValidationReport validation = Topology::validate(*topology);
    Helm::ValuesReport report = reportSecrets(secrets, options);
    report.append(
        ValuesOutput::fromValidation(validation, options.topologyPath, options.format == ValuesOutput::Format::Json));
    const Util::Result<Rendered> rendered = render(*topology, options);
    if (!rendered)
        return ValuesOutput::fail(context, options.format, rendered.error().toString(), UsageError);
    report.append(rendered->report);

    // With --force the export goes ahead and counts as done; the errors stay in the report.
    const bool blocked = report.hasErrors() && !options.force;
    Written written;
    if (!blocked)
        written = writeOutputs(*rendered, options, report);
    printResult(context, options, validation, report, *rendered, written, blocked);
    return blocked || written.error ? Failure : Success;
}

} // namespace

QString ValuesExportCommand::summary() const
{
    return tr("Write the Helm values of a topology (hue.ociRegistry and fleetConfig.spokes[].ociRegistry).");
}

int ValuesExportCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("TOPOLOGY"), tr("The topology file."));
    const QCommandLineOption output =
        ValuesOutput::outputOption(tr("Write the values to FILE (atomically) instead of standard output."));
    const QCommandLineOption mergeInto(QStringLiteral("merge-into"),
                                       tr("Merge the ociRegistry sections into the existing values file VALUES; "
                                          "every other key keeps its value."),
                                       QStringLiteral("VALUES"));
    const QCommandLineOption secretsDir(QStringLiteral("secrets-dir"),
                                        tr("Write the Secret manifests into DIR (default: 'secrets' beside -o)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption inlineSecrets(QStringLiteral("inline-secrets"),
                                           tr("Write passwords and keys into the values file instead of secret "
                                              "names (plain text)."));
    const QCommandLineOption noSecretStore(QStringLiteral("no-secret-store"),
                                           tr("Do not read the secrets the topology refers to from the keychain."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Export even when validation finds errors."));
    const QCommandLineOption format =
        ValuesOutput::formatOption(tr("Report as 'text' for people (on standard error) or 'json' (on standard "
                                      "output, with the values in it when -o is not given)."));
    parser.addOptions({output, mergeInto, secretsDir, inlineSecrets, noSecretStore, force, format});
    const QString usage = QStringLiteral("values export TOPOLOGY [-o FILE] [--merge-into VALUES] [--secrets-dir DIR] "
                                         "[--inline-secrets] [--no-secret-store] [--force] [--format text|json]");
    if (const std::optional<int> stop = parse(parser, arguments, context, usage))
        return *stop;

    const std::optional<ValuesOutput::Format> chosen = ValuesOutput::checkArguments(parser, format, usage, context);
    if (!chosen)
        return UsageError;
    const ExportOptions options{parser.positionalArguments().first(),
                                parser.value(output),
                                parser.value(mergeInto),
                                parser.value(secretsDir),
                                parser.isSet(inlineSecrets),
                                !parser.isSet(noSecretStore),
                                parser.isSet(force),
                                *chosen};
    return exportValues(options, context);
}

} // namespace Cli
