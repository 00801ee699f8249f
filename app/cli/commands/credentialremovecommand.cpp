#include "credentialremovecommand.h"

#include <QCoreApplication>

#include "credentialservices.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString CredentialRemoveCommand::summary() const
{
    return tr("Remove a registry's stored record and secrets.");
}

int CredentialRemoveCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption memoryStore(QStringLiteral("memory-store"), tr("Use the session memory store."));
    parser.addOption(memoryStore);
    parser.addPositionalArgument(QStringLiteral("registry"), tr("Registry host[:port] or oci:// endpoint."));
    if (const auto stop = parse(parser, arguments, context, QStringLiteral("credentials rm REGISTRY")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: give exactly one REGISTRY") << Qt::endl;
        return UsageError;
    }

    const QString registry = Credentials::CredentialRecord::keyFor(parser.positionalArguments().first());
    auto services = CredentialServices::open(parser.isSet(memoryStore));
    if (!services) {
        context.err << tr("error: %1").arg(services.error().message) << Qt::endl;
        return Failure;
    }
    if (!(*services)->manager().record(registry)) {
        context.err << tr("error: no credentials stored for %1").arg(registry) << Qt::endl;
        return Failure;
    }
    if (auto removed = (*services)->manager().remove(registry); !removed) {
        context.err << tr("error: %1").arg(removed.error().toString()) << Qt::endl;
        return Failure;
    }
    context.out << tr("Removed the credentials of %1.").arg(registry) << Qt::endl;
    return Success;
}

} // namespace Cli
