#include "pushcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "cpcommand.h"
#include "interruptwatcher.h"
#include "jobrunner.h"
#include "ociconnectionoptions.h"
#include "oci/fluxartifact.h"
#include "oci/ocilayout.h"

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::PushCommand", text);
}

// A registry that cannot be reached or refuses the login says so before the layer is built.
Util::Result<void> reachRegistry(const OciConnectionOptions &connection, const Oci::Reference &reference,
                                 const Oci::ConnectionSettings &settings, const QCommandLineParser &parser,
                                 Context &context)
{
    if (reference.isLayout())
        return {};
    auto client = connection.makeClient(reference.registry(), settings, parser, context);
    return OciConnectionOptions::wait<void>([&](QObject *loop, auto done) { return client->ping(loop, done); });
}

void printPushed(const Oci::FluxArtifact::Built &built, const Oci::Reference &reference, bool json, Context &context)
{
    if (!json) {
        context.out << built.manifestDigest.toString() << Qt::endl;
        return;
    }
    const QJsonObject object{{QLatin1String("reference"), reference.toString()},
                             {QLatin1String("digest"), built.manifestDigest.toString()},
                             {QLatin1String("layerDigest"), built.layerDigest.toString()},
                             {QLatin1String("layerSize"), built.layerSize},
                             {QLatin1String("entries"), built.fileCount}};
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

QString PushCommand::summary() const
{
    return tr("Push a directory or file as a Flux artifact.");
}

Oci::FluxArtifact::BuildOptions PushCommand::buildOptions(const QCommandLineParser &parser) const
{
    Oci::FluxArtifact::BuildOptions options;
    options.source = parser.value(m_source);
    options.revision = parser.value(m_revision);
    options.reproducible = parser.isSet(m_reproducible);
    options.ignorePatterns = parser.values(m_ignore);
    return options;
}

std::optional<int> PushCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                               Context &context)
{
    m_source.setDescription(tr("Where the files come from (a Git URL)."));
    m_revision.setDescription(tr("Revision of the files (branch@sha1:...)."));
    m_reproducible.setDescription(tr("Use the Unix epoch as creation time, so equal files give equal digests."));
    m_ignore.setDescription(tr("Also leave out paths matching this pattern."));
    for (const auto *option : {&m_source, &m_revision, &m_reproducible, &m_ignore})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Directory or file to push."));
    parser.addPositionalArgument(QStringLiteral("REF"), tr("host/repo:tag or oci-layout:PATH:tag"));
    const QString usage = QStringLiteral("push PATH REF --source URL --revision REV [--reproducible] [options]");
    if (auto stop = parse(parser, arguments, context, usage))
        return stop;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(m_source) || !parser.isSet(m_revision)) {
        context.err << tr("error: expected PATH, REF, --source and --revision") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    for (const auto *provenance : {&m_source, &m_revision}) {
        if (parser.value(*provenance).trimmed().isEmpty()) {
            context.err << tr("error: --%1 must not be empty: Flux shows it as where the files came from")
                               .arg(provenance->names().constFirst())
                        << Qt::endl;
            return UsageError;
        }
    }
    if (!QFileInfo::exists(parser.positionalArguments().at(0))) {
        context.err << tr("error: %1: no such file or directory").arg(parser.positionalArguments().at(0)) << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

std::optional<int> PushCommand::resolveTarget(const QCommandLineParser &parser, const OciConnectionOptions &connection,
                                              Context &context, Target &target)
{
    ResolvedReference resolved;
    if (const auto stop = resolveReference(parser.positionalArguments().at(1), connection, parser, context, resolved))
        return stop;
    if (resolved.reference.hasDigest()) {
        context.err << tr("error: push to a tag, not to a digest") << Qt::endl;
        return UsageError;
    }
    target = Target{resolved.reference, resolved.settings, resolved.json, tagOrDigestOf(resolved.reference)};
    return std::nullopt;
}

int PushCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    OciConnectionOptions connection;
    connection.addTo(parser);
    if (const auto stop = parseArguments(parser, arguments, context))
        return *stop;
    Target target;
    if (const auto stop = resolveTarget(parser, connection, context, target))
        return *stop;
    if (auto reached = reachRegistry(connection, target.reference, target.settings, parser, context); !reached) {
        context.err << tr("error: %1").arg(reached.error().toString()) << Qt::endl;
        return Failure;
    }
    return buildAndCopy(parser, target, context);
}

int PushCommand::buildAndCopy(const QCommandLineParser &parser, const Target &target, Context &context)
{
    // Build into a scratch layout, then copy from it like any other artifact. Ctrl-C while building is
    // noted and acted on once the build returns, so that the scratch layout is removed.
    InterruptWatcher interrupts;
    QTemporaryDir scratch;
    auto layout = Oci::OciLayout::create(scratch.filePath(QStringLiteral("layout")));
    if (!layout) {
        context.err << tr("error: %1").arg(layout.error().toString()) << Qt::endl;
        return Failure;
    }
    auto built =
        Oci::FluxArtifact::build(parser.positionalArguments().at(0), buildOptions(parser), layout.value(), target.tag);
    if (!built) {
        context.err << tr("error: %1").arg(built.error().toString()) << Qt::endl;
        return Failure;
    }

    Oci::CopyJob::Options copy;
    copy.sourceReference = target.tag;
    copy.destinationTag = target.tag;
    copy.includeReferrers = false;
    const Oci::Reference scratchReference =
        Oci::Reference::parse(QStringLiteral("oci-layout:") + layout->directory()).value();
    Oci::CopyJob job(storeFactory(scratchReference, target.settings, Oci::LayoutStore::Mode::Read),
                     storeFactory(target.reference, target.settings, Oci::LayoutStore::Mode::Write), copy);
    JobRunner runner(context, parser.isSet(QStringLiteral("verbose")), &interrupts);
    if (!runner.run(job))
        return runner.wasInterrupted() ? Interrupted : Failure;

    printPushed(*built, target.reference.withTag(target.tag), target.json, context);
    return Success;
}

} // namespace Cli
