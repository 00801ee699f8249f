#include "topologyvalidatecommand.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "topologykeychain.h"
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

// Secret references the keychain could not fill in: their keys cannot be checked against the certificates.
void printSecretsText(const TopologyKeychain::Resolution &resolution, Context &context)
{
    if (!resolution.storeError.isEmpty())
        context.err
            << tr("warning: %1; validating without the secrets the topology refers to").arg(resolution.storeError)
            << Qt::endl;
    for (const Credentials::TopologySecret &secret : TopologyKeychain::unresolved(resolution))
        context.err << tr("warning: %1").arg(TopologyKeychain::describeUnresolved(secret)) << Qt::endl;
}

QJsonArray secretsToJson(const TopologyKeychain::Resolution &resolution)
{
    QJsonArray array;
    for (const Credentials::TopologySecret &secret : resolution.secrets) {
        const bool resolved = secret.outcome == Credentials::TopologySecret::Outcome::Resolved;
        QJsonObject object{{QStringLiteral("element"), secret.owner()},
                           {QStringLiteral("field"), secret.referenceField()},
                           {QStringLiteral("key"), secret.key},
                           {QStringLiteral("resolved"), resolved}};
        if (!resolved)
            object.insert(QStringLiteral("problem"), secret.problem);
        array.append(object);
    }
    return array;
}

void printJson(const QString &path, const Topology::ValidationReport &report,
               const TopologyKeychain::Resolution &secrets, Context &context)
{
    QJsonObject object = TopologyOutput::reportToJson(path, report);
    object.insert(QStringLiteral("secretReferences"), secretsToJson(secrets));
    if (!secrets.storeError.isEmpty())
        object.insert(QStringLiteral("secretStoreError"), secrets.storeError);
    TopologyOutput::printJson(object, context);
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
    const QCommandLineOption formatOption = TopologyOutput::addFileArguments(parser);
    const QCommandLineOption noSecretStore(QStringLiteral("no-secret-store"),
                                           tr("Validate offline: do not read the secrets the topology refers to "
                                              "from the keychain."));
    parser.addOption(noSecretStore);
    const QString usage = QStringLiteral("topology validate FILE [--no-secret-store] [--format text|json]");
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;
    std::optional<TopologyOutput::FileRequest> request =
        TopologyOutput::readFileRequest(parser, formatOption, usage, context);
    if (!request)
        return UsageError;

    // A client key from the keychain is compared with its certificate; without it the check is skipped.
    const TopologyKeychain::Resolution secrets =
        TopologyKeychain::resolve(request->topology, !parser.isSet(noSecretStore));
    const Topology::ValidationReport report = Topology::validate(request->topology);
    if (request->format == TopologyOutput::Format::Json) {
        printJson(request->path, report, secrets, context);
    } else {
        printSecretsText(secrets, context);
        printText(request->path, report, context);
    }
    return report.hasErrors() ? Failure : Success;
}

} // namespace Cli
