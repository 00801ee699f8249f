#include "valuesimportcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include "credentials/secretstore.h"
#include "credentials/topologysecrets.h"
#include "helm/valuesimporter.h"
#include "topology/topologyfile.h"
#include "topologykeychain.h"
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

enum class SecretChoice { Store, Keep, Drop };

QString storedMessage(const Credentials::TopologySecret &secret, const QString &backend)
{
    switch (secret.outcome) {
    case Credentials::TopologySecret::Outcome::Unchanged:
        return tr("%1: %2 is already in %3 as '%4'").arg(secret.owner(), secret.valueField(), backend, secret.key);
    case Credentials::TopologySecret::Outcome::Replaced:
        return tr("%1: %2 stored in %3 as '%4', replacing the different value stored there before")
            .arg(secret.owner(), secret.valueField(), backend, secret.key);
    default:
        break;
    }
    return tr("%1: %2 stored in %3 as '%4'").arg(secret.owner(), secret.valueField(), backend, secret.key);
}

// Moves the inline secrets into the keychain; the topology then refers to them. Returns the exit code when the
// import must stop: 2 when there is no keychain (the user must choose another way), 1 when storing failed.
std::optional<int> storeSecrets(Topology::Topology &topology, Helm::ValuesReport &report, int secrets, Context &context,
                                ValuesOutput::Format format)
{
    const std::unique_ptr<Credentials::SecretStore> store = TopologyKeychain::open();
    if (auto available = store->checkAvailable(); !available) {
        const QString message =
            available.error().message + QLatin1Char('\n') +
            tr("Nothing was written. The values file holds %n secret value(s); choose where they go: "
               "--keep-inline-secrets writes them into the topology file in plain text, --no-store-secrets "
               "leaves them out of it.",
               nullptr, secrets);
        return ValuesOutput::fail(context, format, message, UsageError);
    }

    const Util::Result<QList<Credentials::TopologySecret>> stored =
        Credentials::TopologySecrets::storeInlineSecrets(topology, *store);
    if (!stored)
        return ValuesOutput::fail(context, format,
                                  stored.error().message + QLatin1Char('\n') + tr("Nothing was written."), Failure);
    for (const Credentials::TopologySecret &secret : *stored) {
        const QString message = storedMessage(secret, store->backendName());
        if (secret.outcome == Credentials::TopologySecret::Outcome::Replaced)
            report.warning(QStringLiteral("secret-stored"), message);
        else
            report.info(QStringLiteral("secret-stored"), message);
    }
    return std::nullopt;
}

// The topology file holds secret values only when asked; otherwise they go to the keychain or are left out.
std::optional<int> decideInlineSecrets(Topology::Topology &topology, SecretChoice choice, Helm::ValuesReport &report,
                                       Context &context, ValuesOutput::Format format)
{
    const int secrets = countInlineSecrets(report);
    topology.inlineSecrets = choice == SecretChoice::Keep && secrets > 0;
    if (secrets == 0)
        return std::nullopt;

    switch (choice) {
    case SecretChoice::Store:
        return storeSecrets(topology, report, secrets, context, format);
    case SecretChoice::Keep:
        report.warning(QStringLiteral("inline-secrets-kept"),
                       tr("%n secret value(s) are written in plain text into the topology file", nullptr, secrets));
        break;
    case SecretChoice::Drop:
        report.warning(QStringLiteral("inline-secrets-not-kept"),
                       tr("%n secret value(s) are not written into the topology file (--no-store-secrets); import "
                          "again without it to keep them in the keychain",
                          nullptr, secrets));
        break;
    }
    return std::nullopt;
}

// A topology that holds plain-text secrets is made readable by its owner only.
std::optional<Util::Error> saveTopology(const QString &path, const QByteArray &text, bool holdsSecrets)
{
    const Util::Result<void> saved = Util::writeFileAtomically(path, text);
    if (!saved)
        return saved.error();
    if (holdsSecrets)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return std::nullopt;
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

struct ImportOptions
{
    std::optional<QString> outputPath; ///< unset for standard output
    SecretChoice secrets = SecretChoice::Store;
    ValuesOutput::Format format = ValuesOutput::Format::Text;
};

// Secrets are stored only from a values file without errors, and before the topology that refers to them.
int writeTopology(Helm::ValuesImporter::Result &imported, const ImportOptions &options, Context &context)
{
    Helm::ValuesReport &report = imported.report;
    QByteArray topologyText;
    std::optional<Util::Error> writeError;
    if (!report.hasErrors()) {
        if (const std::optional<int> stop =
                decideInlineSecrets(imported.topology, options.secrets, report, context, options.format))
            return *stop;
        topologyText = Topology::TopologyFile::serialize(imported.topology);
        if (options.outputPath)
            writeError = saveTopology(*options.outputPath, topologyText, imported.topology.inlineSecrets);
    }
    printResult(context, options.format == ValuesOutput::Format::Json, options.outputPath.value_or(QString()),
                topologyText, report, writeError);
    return report.hasErrors() || writeError ? Failure : Success;
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
    const QCommandLineOption output =
        ValuesOutput::outputOption(tr("Write the topology to FILE (atomically) instead of standard output."));
    const QCommandLineOption keep(QStringLiteral("keep-inline-secrets"),
                                  tr("Write inline passwords and keys found in the values into the topology file "
                                     "(plain text) instead of the keychain."));
    const QCommandLineOption drop(QStringLiteral("no-store-secrets"),
                                  tr("Leave inline passwords and keys out of the topology file and the keychain."));
    const QCommandLineOption format = ValuesOutput::formatOption(tr("Report as 'text' (default) or 'json'."));
    parser.addOptions({output, keep, drop, format});
    const QString usage = QStringLiteral("values import VALUES [-o FILE] [--keep-inline-secrets | --no-store-secrets] "
                                         "[--format text|json]");
    if (const std::optional<int> stop = parse(parser, arguments, context, usage))
        return *stop;

    if (parser.isSet(keep) && parser.isSet(drop)) {
        context.err << tr("error: choose one of --keep-inline-secrets and --no-store-secrets") << Qt::endl;
        return UsageError;
    }
    const std::optional<ValuesOutput::Format> chosen = ValuesOutput::checkArguments(parser, format, usage, context);
    if (!chosen)
        return UsageError;
    const QString path = parser.positionalArguments().first();
    const Util::Result<QByteArray> text = Util::readFile(path);
    if (!text)
        return ValuesOutput::fail(context, *chosen, text.error().toString(), UsageError);
    Util::Result<Helm::ValuesImporter::Result> imported = Helm::ValuesImporter::import(*text, path);
    if (!imported)
        return ValuesOutput::fail(context, *chosen, imported.error().toString(), UsageError);

    const SecretChoice choice = parser.isSet(keep)   ? SecretChoice::Keep
                                : parser.isSet(drop) ? SecretChoice::Drop
                                                     : SecretChoice::Store;
    const std::optional<QString> outputPath =
        parser.isSet(output) ? std::optional<QString>(parser.value(output)) : std::nullopt;
    return writeTopology(imported.value(), {outputPath, choice, *chosen}, context);
}

} // namespace Cli
