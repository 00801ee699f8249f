#include "pullcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cpcommand.h"
#include "jobrunner.h"
#include "ociconnectionoptions.h"
#include "oci/fluxartifact.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::PullCommand", text);
}

// The content layer of a Flux artifact; any single gzip tar layer is accepted too.
Util::Result<Oci::Descriptor> contentLayer(const Oci::ContentStore::Manifest &manifest)
{
    const QJsonObject object = QJsonDocument::fromJson(manifest.raw).object();
    const QJsonArray layers = object.value(QLatin1String("layers")).toArray();
    QList<QJsonObject> candidates;
    for (const QJsonValue &value : layers) {
        const QString mediaType = value.toObject().value(QLatin1String("mediaType")).toString();
        if (mediaType == Oci::FluxArtifact::contentMediaType())
            candidates.prepend(value.toObject());
        else if (mediaType.endsWith(QLatin1String("tar+gzip")) || mediaType.endsWith(QLatin1String("tar.gzip")))
            candidates.append(value.toObject());
    }
    if (candidates.isEmpty())
        return Util::makeError(tr("%1 has no Flux content layer (%2)")
                                   .arg(manifest.descriptor.digest.toString(), Oci::FluxArtifact::contentMediaType()));
    auto digest = Oci::Digest::parse(candidates.first().value(QLatin1String("digest")).toString());
    if (!digest)
        return digest.error();
    return Oci::Descriptor::of(candidates.first().value(QLatin1String("mediaType")).toString(), *digest,
                               candidates.first().value(QLatin1String("size")).toInteger(-1));
}

} // namespace

QString PullCommand::summary() const
{
    return tr("Pull a Flux artifact and extract its files.");
}

int PullCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    OciConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Directory to extract into."),
                                    QStringLiteral("dir"));
    const QCommandLineOption list(QStringLiteral("list"), tr("Only list the files, extract nothing."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Overwrite files that exist already in the directory."));
    for (const auto &option : {output, list, force})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("REF"), tr("host/repo:tag, host/repo@digest or oci-layout:PATH:tag"));
    const QString usage = QStringLiteral("pull REF (-o DIR [--force] | --list) [options]");
    if (auto stop = parse(parser, arguments, context, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1 || (parser.isSet(output) == parser.isSet(list))) {
        context.err << tr("error: expected REF and either -o DIR or --list") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    auto reference = Oci::Reference::parse(parser.positionalArguments().first());
    auto settings = reference ? connection.settings(parser, context, registryOf(*reference))
                              : Util::Result<Oci::ConnectionSettings>(reference.error());
    const std::optional<bool> json = connection.wantsJson(parser, context);
    if (!json)
        return UsageError;
    if (!reference || !settings) {
        context.err << tr("error: %1").arg((reference ? settings.error() : reference.error()).toString()) << Qt::endl;
        return UsageError;
    }

    const auto existing =
        parser.isSet(force) ? Oci::FluxArtifact::Existing::Overwrite : Oci::FluxArtifact::Existing::Refuse;
    auto files = pull(*reference, *settings, parser.isSet(list) ? QString() : parser.value(output), existing);
    if (!files) {
        context.err << tr("error: %1").arg(files.error().toString()) << Qt::endl;
        return Failure;
    }
    print(*files, *json, context);
    return Success;
}

Util::Result<QList<Oci::FluxArtifact::File>> PullCommand::pull(const Oci::Reference &reference,
                                                               const Oci::ConnectionSettings &settings,
                                                               const QString &directory,
                                                               Oci::FluxArtifact::Existing existing)
{
    // The CLI has no GUI thread to keep free: the store runs its requests on this one.
    auto store = storeFactory(reference, settings, Oci::LayoutStore::Mode::Read)();
    if (!store)
        return store.error();
    auto manifest = (*store)->resolve(tagOrDigestOf(reference));
    if (!manifest)
        return manifest.error();
    auto layer = contentLayer(*manifest);
    if (!layer)
        return layer.error();
    auto blob = (*store)->openBlob(*layer, {});
    if (!blob)
        return blob.error();
    if (directory.isEmpty())
        return Oci::FluxArtifact::listFiles(**blob);
    return Oci::FluxArtifact::extract(**blob, directory, {}, existing);
}

void PullCommand::print(const QList<Oci::FluxArtifact::File> &files, bool json, Context &context)
{
    if (!json) {
        for (const auto &file : files)
            context.out << file.path << (file.directory ? QStringLiteral("/") : QString()) << Qt::endl;
        return;
    }
    QJsonArray array;
    for (const auto &file : files) {
        array.append(
            QJsonObject{{QLatin1String("path"), file.path},
                        {QLatin1String("type"), file.directory ? QLatin1String("directory") : QLatin1String("file")},
                        {QLatin1String("size"), file.size},
                        {QLatin1String("mode"), file.mode}});
    }
    context.out << QString::fromUtf8(
        QJsonDocument(QJsonObject{{QLatin1String("files"), array}}).toJson(QJsonDocument::Indented));
}

} // namespace Cli
