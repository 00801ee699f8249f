#include "credentialimportcommand.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "credentialservices.h"
#include "credentials/dockerconfig.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString CredentialImportCommand::summary() const
{
    return tr("Import registry logins from a Docker config.json or Podman auth.json.");
}

int CredentialImportCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption memoryStore(QStringLiteral("memory-store"), tr("Keep secrets in memory for this run."));
    parser.addOption(memoryStore);
    parser.addPositionalArgument(QStringLiteral("file"), tr("Config file; default: the first of the usual places."));
    if (const auto stop = parse(parser, arguments, context, QStringLiteral("credentials import-docker-config [FILE]")))
        return *stop;

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        const QStringList candidates = Credentials::DockerConfig::defaultPaths(environment);
        for (const QString &candidate : candidates) {
            if (QFileInfo::exists(candidate)) {
                file = candidate;
                break;
            }
        }
        if (file.isEmpty()) {
            context.err << tr("error: no Docker or Podman config found in %1").arg(candidates.join(QLatin1String(", ")))
                        << Qt::endl;
            return Failure;
        }
    }

    const auto config = Credentials::DockerConfig::load(file);
    if (!config) {
        context.err << tr("error: %1").arg(config.error().toString()) << Qt::endl;
        return UsageError;
    }
    auto services = CredentialServices::open(parser.isSet(memoryStore));
    if (!services) {
        context.err << tr("error: %1").arg(services.error().message) << Qt::endl;
        return Failure;
    }
    const auto imported = config->importInto((*services)->manager(), Credentials::CredentialHelper(environment));
    if (!imported) {
        context.err << tr("error: %1").arg(imported.error().toString()) << Qt::endl;
        return Failure;
    }
    for (const QString &registry : *imported)
        context.out << tr("Imported %1").arg(registry) << QLatin1Char('\n');
    context.out << QCoreApplication::translate("Cli", "%n registry login(s) imported from %1 into %2.", nullptr,
                                               int(imported->size()))
                       .arg(file, (*services)->secrets().backendName())
                << Qt::endl;
    return Success;
}

} // namespace Cli
