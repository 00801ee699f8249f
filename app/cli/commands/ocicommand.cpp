#include "ocicommand.h"

#include <QCoreApplication>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciCommand", text);
}

} // namespace

int OciCommand::fail(const Util::Error &error, Context &context)
{
    context.err << tr("error: %1").arg(error.toString()) << Qt::endl;
    return Failure;
}

int OciCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    OciConnectionOptions connection;
    connection.addTo(parser);
    addOptions(parser);
    parser.addPositionalArgument(positionalName(), positionalDescription());
    if (const auto stop = parse(parser, arguments, context, usage()))
        return *stop;

    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: expected one %1").arg(positionalName()) << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage()) << Qt::endl;
        return UsageError;
    }
    auto reference = Oci::Reference::parse(parser.positionalArguments().first(), acceptsRegistryOnly());
    if (!reference) {
        context.err << tr("error: %1").arg(reference.error().message) << Qt::endl;
        return UsageError;
    }
    const std::optional<bool> json = connection.wantsJson(parser, context);
    if (!json)
        return UsageError;
    if (reference->isLayout()) {
        if (const auto code = executeOnLayout(LayoutInvocation{*reference, *json, parser}, context))
            return *code;
    }
    if (reference->isLayout() || (needsRepository() && reference->repository().isEmpty())) {
        context.err << tr("error: '%1' is not a %2 in a registry").arg(reference->toString(), positionalName())
                    << Qt::endl;
        return UsageError;
    }
    auto settings = connection.settings(parser, context, reference->registry());
    if (!settings) {
        context.err << tr("error: %1").arg(settings.error().toString()) << Qt::endl;
        return UsageError;
    }

    const auto client = connection.makeClient(reference->registry(), *settings, parser, context);
    return execute(Invocation{*reference, *client, *json, parser}, context);
}

} // namespace Cli
