#include "cpcommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "jobrunner.h"
#include "ociconnectionoptions.h"
#include "oci/registrystore.h"

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::CpCommand", text);
}
} // namespace

Oci::CopyJob::StoreFactory storeFactory(const Oci::Reference &reference, const Oci::ConnectionSettings &settings,
                                        Oci::LayoutStore::Mode mode)
{
    if (reference.isLayout()) {
        return [path = reference.layoutPath(), mode]() -> Util::Result<std::unique_ptr<Oci::ContentStore>> {
            auto store = Oci::LayoutStore::open(path, mode);
            if (!store)
                return store.error();
            return std::unique_ptr<Oci::ContentStore>(std::move(store).value());
        };
    }
    return [reference, settings]() -> Util::Result<std::unique_ptr<Oci::ContentStore>> {
        return std::unique_ptr<Oci::ContentStore>(std::make_unique<Oci::RegistryStore>(reference, settings));
    };
}

QString tagOrDigestOf(const Oci::Reference &reference)
{
    if (reference.hasDigest())
        return reference.digest().toString();
    return reference.hasTag() ? reference.tag() : QStringLiteral("latest");
}

QString registryOf(const Oci::Reference &reference)
{
    return reference.isLayout() ? QString() : reference.registry();
}

QString CpCommand::summary() const
{
    return tr("Copy an artifact between registries and OCI image layouts.");
}

int CpCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    OciConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption noReferrers(QStringLiteral("no-referrers"), tr("Do not copy referrers."));
    parser.addOption(noReferrers);
    parser.addPositionalArgument(QStringLiteral("SRC"), tr("host/repo[:tag][@digest] or oci-layout:PATH[:tag]"));
    parser.addPositionalArgument(QStringLiteral("DST"), tr("host/repo[:tag] or oci-layout:PATH[:tag]"));
    if (auto stop = parse(parser, arguments, context, QStringLiteral("cp SRC DST [options]")))
        return *stop;
    if (parser.positionalArguments().size() != 2) {
        context.err << tr("error: expected SRC and DST") << Qt::endl;
        return UsageError;
    }

    auto source = Oci::Reference::parse(parser.positionalArguments().at(0));
    auto destination = Oci::Reference::parse(parser.positionalArguments().at(1));
    const std::optional<bool> json = connection.wantsJson(parser, context);
    if (!json)
        return UsageError;
    for (const Util::Error *error :
         {source.ok() ? nullptr : &source.error(), destination.ok() ? nullptr : &destination.error()}) {
        if (error) {
            context.err << tr("error: %1").arg(error->toString()) << Qt::endl;
            return UsageError;
        }
    }
    // Each side has its own stored login; flags apply to both.
    auto sourceSettings = connection.settings(parser, context, registryOf(*source));
    auto destinationSettings = connection.settings(parser, context, registryOf(*destination));
    for (const auto *settings : {&sourceSettings, &destinationSettings}) {
        if (!*settings) {
            context.err << tr("error: %1").arg(settings->error().toString()) << Qt::endl;
            return UsageError;
        }
    }

    Oci::CopyJob::Options options;
    options.sourceReference = tagOrDigestOf(*source);
    options.destinationTag =
        destination->hasTag() ? destination->tag() : (source->hasTag() ? source->tag() : QString());
    options.includeReferrers = !parser.isSet(noReferrers);
    Oci::CopyJob job(storeFactory(*source, *sourceSettings, Oci::LayoutStore::Mode::Read),
                     storeFactory(*destination, *destinationSettings, Oci::LayoutStore::Mode::Write), options);
    if (!JobRunner(context, parser.isSet(QStringLiteral("verbose"))).run(job))
        return Failure;

    const auto summary = job.summary();
    if (*json) {
        const QJsonObject object{{QLatin1String("source"), source->toString()},
                                 {QLatin1String("destination"), destination->toString()},
                                 {QLatin1String("digest"), summary.rootDigest.toString()},
                                 {QLatin1String("manifestsCopied"), summary.manifestsCopied},
                                 {QLatin1String("blobsCopied"), summary.blobsCopied},
                                 {QLatin1String("blobsSkipped"), summary.blobsSkipped},
                                 {QLatin1String("blobsMounted"), summary.blobsMounted},
                                 {QLatin1String("bytesTransferred"), summary.bytesTransferred}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.out << summary.rootDigest.toString() << Qt::endl;
    }
    return Success;
}

} // namespace Cli
