#include "ociinspectcommand.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "oci/mediatypes.h"
#include "oci/layoutstore.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciInspectCommand", text);
}

QString describe(const Oci::Descriptor &descriptor)
{
    QString line = descriptor.digest.toString() + QStringLiteral("  ") + QString::number(descriptor.size) +
                   QStringLiteral("  ") + descriptor.mediaType;
    if (descriptor.platform)
        line += QStringLiteral("  ") + descriptor.platform->toString();
    if (!descriptor.artifactType.isEmpty())
        line += QStringLiteral("  ") + descriptor.artifactType;
    const QString title = descriptor.annotations.value(QString(Oci::Annotation::Title));
    if (!title.isEmpty())
        line += QStringLiteral("  ") + title;
    return quotedForTerminal(line);
}

} // namespace

QString OciInspectCommand::summary() const
{
    return tr("Show a manifest or index.");
}

QString OciInspectCommand::positionalDescription() const
{
    return tr("Reference: host[:port]/path[:tag][@digest], or oci-layout:PATH[:tag] for a layout on disk.");
}

void OciInspectCommand::addOptions(QCommandLineParser &parser)
{
    m_raw.setDescription(tr("Print the manifest bytes exactly as the registry sent them."));
    parser.addOption(m_raw);
}

void OciInspectCommand::printText(const Oci::ManifestResponse &response, const Oci::Reference &reference,
                                  Context &context) const
{
    const Oci::Manifest &manifest = response.manifest;
    context.out << tr("Reference:     %1").arg(reference.toString()) << QLatin1Char('\n')
                << tr("Digest:        %1").arg(response.digest.toString()) << QLatin1Char('\n')
                << tr("Media type:    %1").arg(quotedForTerminal(manifest.mediaType())) << QLatin1Char('\n')
                << tr("Size:          %1 bytes").arg(response.raw.size()) << QLatin1Char('\n');
    if (!manifest.effectiveArtifactType().isEmpty())
        context.out << tr("Artifact type: %1").arg(quotedForTerminal(manifest.effectiveArtifactType()))
                    << QLatin1Char('\n');
    if (manifest.config())
        context.out << tr("Config:") << QLatin1Char('\n') << QStringLiteral("  ") << describe(*manifest.config())
                    << QLatin1Char('\n');
    if (manifest.kind() == Oci::Manifest::Kind::ArtifactManifest) {
        context.out << tr("Blobs (%1):").arg(manifest.blobs().size()) << QLatin1Char('\n');
        for (const Oci::Descriptor &blob : manifest.blobs())
            context.out << QStringLiteral("  ") << describe(blob) << QLatin1Char('\n');
    } else if (!manifest.isIndex()) {
        context.out << tr("Layers (%1):").arg(manifest.layers().size()) << QLatin1Char('\n');
        for (const Oci::Descriptor &layer : manifest.layers())
            context.out << QStringLiteral("  ") << describe(layer) << QLatin1Char('\n');
    } else {
        context.out << tr("Manifests (%1):").arg(manifest.manifests().size()) << QLatin1Char('\n');
        for (const Oci::Descriptor &entry : manifest.manifests())
            context.out << QStringLiteral("  ") << describe(entry) << QLatin1Char('\n');
    }
    if (manifest.subject())
        context.out << tr("Subject:") << QLatin1Char('\n') << QStringLiteral("  ") << describe(*manifest.subject())
                    << QLatin1Char('\n');
    const auto annotations = manifest.annotations();
    if (!annotations.isEmpty()) {
        context.out << tr("Annotations:") << QLatin1Char('\n');
        for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
            context.out << QStringLiteral("  ") << quotedForTerminal(it.key()) << QStringLiteral(": ")
                        << quotedForTerminal(it.value()) << QLatin1Char('\n');
    }
}

int OciInspectCommand::execute(const Invocation &invocation, Context &context)
{
    auto response = OciConnectionOptions::wait<Oci::ManifestResponse>(
        [&](QObject *loop, auto done) { return invocation.client.getManifest(invocation.reference, loop, done); });
    if (!response)
        return fail(response.error(), context);
    return show(*response, invocation.reference, invocation.json, invocation.parser, context);
}

std::optional<int> OciInspectCommand::executeOnLayout(const LayoutInvocation &invocation, Context &context)
{
    const Oci::Reference &reference = invocation.reference;
    auto store = Oci::LayoutStore::open(reference.layoutPath(), Oci::LayoutStore::Mode::Read);
    if (!store)
        return fail(store.error(), context);
    auto found = (*store)->resolve(reference.hasDigest() ? reference.digest().toString() : reference.tag());
    if (!found)
        return fail(found.error(), context);
    auto manifest = Oci::Manifest::parse(found->raw, found->descriptor.mediaType);
    if (!manifest)
        return fail(Util::makeError(
                        tr("manifest %1 in %2: %3")
                            .arg(found->descriptor.digest.toString(), reference.toString(), manifest.error().message)),
                    context);
    const Oci::ManifestResponse response{found->raw, found->descriptor.mediaType, found->descriptor.digest, *manifest};
    return show(response, reference, invocation.json, invocation.parser, context);
}

int OciInspectCommand::show(const Oci::ManifestResponse &response, const Oci::Reference &reference, bool json,
                            const QCommandLineParser &parser, Context &context) const
{
    if (parser.isSet(m_raw)) {
        // Bytes as received, so that `inspect --raw | sha256sum` gives the digest.
        context.out << QString::fromUtf8(response.raw);
        return Success;
    }
    if (json) {
        const QJsonObject object{{QStringLiteral("reference"), reference.toString()},
                                 {QStringLiteral("digest"), response.digest.toString()},
                                 {QStringLiteral("mediaType"), response.manifest.mediaType()},
                                 {QStringLiteral("size"), qint64(response.raw.size())},
                                 {QStringLiteral("manifest"), QJsonDocument::fromJson(response.raw).object()}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    printText(response, reference, context);
    return Success;
}

} // namespace Cli
