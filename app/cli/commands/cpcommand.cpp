#include "cpcommand.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "jobrunner.h"
#include "ociconnectionoptions.h"
#include "oci/registrystore.h"

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::CpCommand", text);
}
// The options that set one side of a copy apart from the other: "src" or "dest" before the shared names.
class SideOptions
{
public:
    SideOptions(const QString &side, const QString &which)
        : m_plainHttp(side + QStringLiteral("-plain-http"), tr("Talk plain HTTP to the %1 registry.").arg(which))
        , m_insecure(side + QStringLiteral("-insecure"),
                     tr("Do not verify the %1 registry's TLS certificate.").arg(which))
        , m_caFile(side + QStringLiteral("-ca-file"),
                   tr("PEM file of extra CA certificates trusted for the %1 registry.").arg(which),
                   QStringLiteral("file"))
    {
    }

    void addTo(QCommandLineParser &parser) const
    {
        for (const auto *option : {&m_plainHttp, &m_insecure, &m_caFile})
            parser.addOption(*option);
    }

    // Over what the shared options gave: a side flag only ever adds to them.
    Util::Result<void> apply(Oci::ConnectionSettings &settings, const QCommandLineParser &parser) const
    {
        settings.plainHttp = settings.plainHttp || parser.isSet(m_plainHttp);
        settings.insecureSkipVerify = settings.insecureSkipVerify || parser.isSet(m_insecure);
        if (parser.isSet(m_caFile)) {
            auto authorities = OciConnectionOptions::readAuthorities(parser.value(m_caFile));
            if (!authorities)
                return authorities.error();
            settings.caCertificatesPem = *authorities;
        }
        return {};
    }

private:
    QCommandLineOption m_plainHttp;
    QCommandLineOption m_insecure;
    QCommandLineOption m_caFile;
};

// A login given as flags cannot say which registry it is for: it must not reach a second one.
bool loginWouldReachBoth(const QCommandLineParser &parser, const QString &source, const QString &destination)
{
    return parser.isSet(QStringLiteral("username")) && !source.isEmpty() && !destination.isEmpty() &&
           source != destination;
}

// The registry's hints name the shared flags; when the two sides are different registries, the flag that
// helps is the side's own, so the hint names the side whose request failed. Advice to drop --plain-http
// stays as it is when the shared flag is what was given.
QString withSideFlags(const QString &message, const QString &source, const QString &destination, bool sharedPlainHttp)
{
    if (source == destination)
        return message;
    const auto names = [&message](const QString &registry) {
        return !registry.isEmpty() && message.contains(QStringLiteral("://") + registry + QLatin1Char('/'));
    };
    const QString side =
        names(destination) ? QStringLiteral("dest") : (names(source) ? QStringLiteral("src") : QString());
    if (side.isEmpty())
        return message;
    static const QRegularExpression anyFlag(QStringLiteral("(?<![\\w-])--(plain-http|insecure|ca-file)\\b"));
    static const QRegularExpression notDropped(
        QStringLiteral("(?<![\\w-])(?<!drop )--(plain-http|insecure|ca-file)\\b"));
    QString reworded = message;
    reworded.replace(sharedPlainHttp ? notDropped : anyFlag, QStringLiteral("--%1-\\1").arg(side));
    return reworded;
}

// The connection settings of one side: its stored login and the shared flags, then its own --src-/--dest-
// flags over them.
Util::Result<Oci::ConnectionSettings> sideSettings(const OciConnectionOptions &connection, const SideOptions &side,
                                                   const QString &registry, const QCommandLineParser &parser,
                                                   Context &context)
{
    auto settings = connection.settings(parser, context, registry);
    if (!settings)
        return settings.error();
    if (auto applied = side.apply(settings.value(), parser); !applied)
        return applied.error();
    return settings;
}

void printSummary(const Oci::CopyJob::Summary &summary, const Oci::Reference &source, const Oci::Reference &destination,
                  bool json, Context &context)
{
    if (!json) {
        context.out << summary.rootDigest.toString() << Qt::endl;
        return;
    }
    const QJsonObject object{{QLatin1String("source"), source.toString()},
                             {QLatin1String("destination"), destination.toString()},
                             {QLatin1String("digest"), summary.rootDigest.toString()},
                             {QLatin1String("manifestsCopied"), summary.manifestsCopied},
                             {QLatin1String("blobsCopied"), summary.blobsCopied},
                             {QLatin1String("blobsSkipped"), summary.blobsSkipped},
                             {QLatin1String("blobsMounted"), summary.blobsMounted},
                             {QLatin1String("bytesTransferred"), summary.bytesTransferred}};
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
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

QString sourceTagOrDigestOf(const Oci::Reference &reference)
{
    if (reference.isLayout() && !reference.hasTag() && !reference.hasDigest())
        return QString();
    return tagOrDigestOf(reference);
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

std::optional<int> resolveReference(const QString &text, const OciConnectionOptions &connection,
                                    const QCommandLineParser &parser, Context &context, ResolvedReference &resolved)
{
    auto reference = Oci::Reference::parse(text);
    auto settings = reference ? connection.settings(parser, context, registryOf(*reference))
                              : Util::Result<Oci::ConnectionSettings>(reference.error());
    const std::optional<bool> json = connection.wantsJson(parser, context);
    if (!json)
        return UsageError;
    if (!reference || !settings) {
        context.err << tr("error: %1").arg((reference ? settings.error() : reference.error()).toString()) << Qt::endl;
        return UsageError;
    }
    resolved = ResolvedReference{*reference, *settings, *json};
    return std::nullopt;
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
    const SideOptions sourceSide(QStringLiteral("src"), tr("source"));
    const SideOptions destinationSide(QStringLiteral("dest"), tr("destination"));
    sourceSide.addTo(parser);
    destinationSide.addTo(parser);
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
    if (destination->hasDigest()) {
        context.err << tr("error: %1: a copy keeps the source's digest; name the destination with a tag, or with "
                          "none to keep the source's tag")
                           .arg(destination->toString())
                    << Qt::endl;
        return UsageError;
    }
    if (loginWouldReachBoth(parser, registryOf(*source), registryOf(*destination))) {
        context.err << tr("error: --username would log in to both %1 and %2. Store each registry's login with "
                          "'credentials set' (a copy uses each registry's own), then copy without it.")
                           .arg(registryOf(*source), registryOf(*destination))
                    << Qt::endl;
        return UsageError;
    }
    // Each side has its own stored login; shared flags apply to both, --src-*/--dest-* to one.
    auto sourceSettings = sideSettings(connection, sourceSide, registryOf(*source), parser, context);
    auto destinationSettings = sideSettings(connection, destinationSide, registryOf(*destination), parser, context);
    for (const auto *settings : {&sourceSettings, &destinationSettings}) {
        if (!*settings) {
            context.err << tr("error: %1").arg(settings->error().toString()) << Qt::endl;
            return UsageError;
        }
    }

    Oci::CopyJob::Options options;
    options.sourceReference = sourceTagOrDigestOf(*source);
    options.destinationTag =
        destination->hasTag() ? destination->tag() : (source->hasTag() ? source->tag() : QString());
    options.includeReferrers = !parser.isSet(noReferrers);
    Oci::CopyJob job(storeFactory(*source, *sourceSettings, Oci::LayoutStore::Mode::Read),
                     storeFactory(*destination, *destinationSettings, Oci::LayoutStore::Mode::Write), options);
    JobRunner runner(context, parser.isSet(QStringLiteral("verbose")));
    runner.setErrorWording([from = registryOf(*source), to = registryOf(*destination),
                            shared = parser.isSet(QStringLiteral("plain-http"))](const QString &message) {
        return withSideFlags(message, from, to, shared);
    });
    if (!runner.run(job))
        return runner.wasInterrupted() ? Interrupted : Failure;
    printSummary(job.summary(), *source, *destination, *json, context);
    return Success;
}

} // namespace Cli
