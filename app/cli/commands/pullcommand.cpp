#include "pullcommand.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>

#include "cpcommand.h"
#include "interruptwatcher.h"
#include "jobrunner.h"
#include "ociconnectionoptions.h"
#include "oci/fluxartifact.h"
#include "oci/manifest.h"
#include "oci/verifyingreader.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::PullCommand", text);
}

// The content layer of a Flux artifact, or the only layer of a manifest whose one layer is a gzip tar. An
// image of several layers is refused: its files are the layers applied in turn, which pull does not do.
Util::Result<Oci::Descriptor> contentLayer(const Oci::Manifest &manifest)
{
    QList<Oci::Descriptor> tars;
    for (const Oci::Descriptor &layer : manifest.layers()) {
        if (layer.mediaType == Oci::FluxArtifact::contentMediaType())
            return layer;
        if (layer.mediaType.endsWith(QLatin1String("tar+gzip")) || layer.mediaType.endsWith(QLatin1String("tar.gzip")))
            tars.append(layer);
    }
    if (tars.size() == 1 && manifest.layers().size() == 1)
        return tars.first();
    if (manifest.layers().size() > 1)
        return Util::makeError(tr("%1 is not a Flux artifact: it has %2 layers and none is a Flux content layer "
                                  "(%3); pull extracts Flux artifacts, not container images")
                                   .arg(manifest.digest().toString())
                                   .arg(manifest.layers().size())
                                   .arg(Oci::FluxArtifact::contentMediaType()));
    return Util::makeError(tr("%1 has no Flux content layer (%2)")
                               .arg(manifest.digest().toString(), Oci::FluxArtifact::contentMediaType()));
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// "os/arch[/variant]" of an index entry; empty when it names no platform.
QString platformOf(const Oci::Descriptor &entry)
{
    return entry.platform ? entry.platform->toString() : QString();
}

// The platform this program runs on, in the OCI spelling (GOOS/GOARCH).
QString hostPlatform()
{
    const QString cpu = QSysInfo::currentCpuArchitecture();
    QString architecture = cpu;
    if (cpu == QLatin1String("x86_64"))
        architecture = QStringLiteral("amd64");
    else if (cpu == QLatin1String("i386"))
        architecture = QStringLiteral("386");
    return QSysInfo::kernelType() + QLatin1Char('/') + architecture;
}

// An entry matches "os/arch" whatever its variant, and "os/arch/variant" only with that variant.
bool platformMatches(const QString &entryPlatform, const QString &wanted)
{
    if (entryPlatform == wanted)
        return true;
    return wanted.count(QLatin1Char('/')) == 1 && entryPlatform.startsWith(wanted + QLatin1Char('/'));
}

QString describeEntries(const QList<Oci::Descriptor> &entries)
{
    QStringList lines;
    for (const Oci::Descriptor &entry : entries) {
        const QString platform = platformOf(entry);
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(entry.digest.toString(), platform.isEmpty() ? tr("(no platform)") : platform,
                          entry.artifactType.isEmpty() ? tr("(no artifactType)") : entry.artifactType);
    }
    return lines.join(QLatin1Char('\n'));
}

// Picks the index entry to pull: the --platform match, the only entry, or the host platform's entry.
Util::Result<Oci::Descriptor> chooseEntry(const Oci::Manifest &index, const QString &platform, const QString &reference)
{
    const QList<Oci::Descriptor> entries = index.manifests();
    if (entries.isEmpty())
        return Util::makeError(tr("%1 is an empty index: it lists no manifests").arg(reference));
    if (platform.isEmpty() && entries.size() == 1)
        return entries.first();

    const QString wanted = platform.isEmpty() ? hostPlatform() : platform;
    QList<Oci::Descriptor> matches;
    for (const Oci::Descriptor &entry : entries) {
        if (platformMatches(platformOf(entry), wanted))
            matches << entry;
    }
    if (matches.size() == 1)
        return matches.first();
    const QString why = matches.isEmpty() ? tr("none of its %1 entries is for %2").arg(entries.size()).arg(wanted)
                                          : tr("%1 of its entries are for %2").arg(matches.size()).arg(wanted);
    return Util::makeError(tr("%1 is an index and %2; pass --platform os/arch[/variant] or pull "
                              "REF@sha256:... of one entry:\n%3")
                               .arg(reference, why, describeEntries(entries)));
}

} // namespace

// What a pull shows while it runs: every request with --verbose (the download thread reports too, hence
// the lock), and a progress line when standard error is a terminal, redrawn at most ten times a second.
class PullCommand::Reporter
{
public:
    Reporter(Context &context, bool verbose)
        : m_context(context)
        , m_verbose(verbose)
    {
    }

    Observers observers()
    {
        Observers observers;
        if (m_verbose) {
            observers.trace = [this](const QString &line) {
                QMutexLocker locker(&m_traceLock);
                m_context.err << line << Qt::endl;
            };
        }
        if (m_context.errIsTerminal) {
            m_sinceDrawn.start();
            observers.progress = [this](qint64 done, qint64 total) {
                draw(done, total);
            };
        }
        return observers;
    }

    /// Ends the progress line, if one was drawn.
    void finish()
    {
        if (m_progressShown)
            m_context.err << Qt::endl;
    }

private:
    void draw(qint64 done, qint64 total)
    {
        if (m_sinceDrawn.elapsed() < 100 && done != total)
            return;
        m_sinceDrawn.restart();
        m_context.err
            << QLatin1Char('\r')
            << tr("%1 of %2 (%3%)").arg(sizeText(done), sizeText(total)).arg(total > 0 ? done * 100 / total : 100)
            << QStringLiteral("\x1b[K");
        m_context.err.flush();
        m_progressShown = true;
    }

    Context &m_context;
    bool m_verbose;
    QMutex m_traceLock;
    QElapsedTimer m_sinceDrawn;
    bool m_progressShown = false;
};

QString PullCommand::summary() const
{
    return tr("Pull a Flux artifact and extract its files.");
}

std::optional<int> PullCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                               Context &context)
{
    m_output.setDescription(tr("Directory to extract into."));
    m_list.setDescription(tr("Only list the files, extract nothing."));
    m_force.setDescription(tr("Overwrite files that exist already in the directory."));
    m_platform.setDescription(
        tr("Entry of an index to pull (os/arch[/variant]); default: the only entry, else this host's platform."));
    for (const auto *option : {&m_output, &m_list, &m_force, &m_platform})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("REF"), tr("host/repo:tag, host/repo@digest or oci-layout:PATH:tag"));
    const QString usage = QStringLiteral("pull REF (-o DIR [--force] | --list) [--platform os/arch] [options]");
    if (auto stop = parse(parser, arguments, context, usage))
        return stop;
    if (parser.isSet(m_output) && parser.value(m_output).isEmpty()) {
        context.err << tr("error: -o needs a directory, not an empty name") << Qt::endl;
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1 || (parser.isSet(m_output) == parser.isSet(m_list))) {
        context.err << tr("error: expected REF and either -o DIR or --list") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    const QString wanted = parser.value(m_platform);
    if (parser.isSet(m_platform) &&
        !QRegularExpression(QStringLiteral("^[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?$")).match(wanted).hasMatch()) {
        context.err << tr("error: --platform expects os/arch or os/arch/variant, not '%1'").arg(wanted) << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

int PullCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    OciConnectionOptions connection;
    connection.addTo(parser);
    if (const auto stop = parseArguments(parser, arguments, context))
        return *stop;
    ResolvedReference resolved;
    if (const auto stop = resolveReference(parser.positionalArguments().first(), connection, parser, context, resolved))
        return *stop;
    return pullAndReport(parser, resolved.reference, resolved.settings, resolved.json, context);
}

int PullCommand::pullAndReport(const QCommandLineParser &parser, const Oci::Reference &reference,
                               const Oci::ConnectionSettings &settings, bool json, Context &context)
{
    const auto existing =
        parser.isSet(m_force) ? Oci::FluxArtifact::Existing::Overwrite : Oci::FluxArtifact::Existing::Refuse;
    Reporter reporter(context, parser.isSet(QStringLiteral("verbose")));
    Observers observers = reporter.observers();
    // Ctrl-C stops the download; the extraction's staging directory is removed on the way out.
    InterruptWatcher interrupts;
    observers.cancelled = [&interrupts] {
        return interrupts.wasInterrupted();
    };
    const QString directory = parser.isSet(m_list) ? QString() : parser.value(m_output);
    const bool directoryExisted = directory.isEmpty() || QFileInfo::exists(directory);
    auto pulled = pull(reference, settings, parser.value(m_platform), directory, existing, observers);
    reporter.finish();
    if (!pulled) {
        // A directory made for this pull does not outlive its failure (rmdir leaves it if anything is in it).
        if (!directoryExisted)
            QDir().rmdir(directory);
        if (interrupts.wasInterrupted()) {
            context.err << tr("cancelled") << Qt::endl;
            return Interrupted;
        }
        context.err << tr("error: %1").arg(pulled.error().toString()) << Qt::endl;
        return Failure;
    }
    print(*pulled, json, context);
    return Success;
}

Util::Result<PullCommand::Pulled> PullCommand::pull(const Oci::Reference &reference,
                                                    const Oci::ConnectionSettings &settings, const QString &platform,
                                                    const QString &directory, Oci::FluxArtifact::Existing existing,
                                                    const Observers &observers)
{
    // The CLI has no GUI thread to keep free: the store runs its requests on this one.
    auto store = storeFactory(reference, settings, Oci::LayoutStore::Mode::Read)();
    if (!store)
        return store.error();
    if (observers.trace)
        (*store)->setNotifier(observers.trace);
    if (observers.cancelled)
        (*store)->setCancelCheck(observers.cancelled);
    auto resolved = (*store)->resolve(sourceTagOrDigestOf(reference));
    if (!resolved)
        return resolved.error();
    auto manifest = Oci::Manifest::parse(resolved->raw, resolved->descriptor.mediaType);
    if (!manifest)
        return manifest.error();

    Pulled pulled;
    if (manifest->isIndex()) {
        auto entry = chooseEntry(*manifest, platform, reference.toString());
        if (!entry)
            return entry.error();
        pulled.chosenDigest = entry->digest.toString();
        pulled.chosenPlatform = platformOf(*entry);
        auto fetched = (*store)->fetchManifest(*entry);
        if (!fetched)
            return fetched.error();
        manifest = Oci::Manifest::parse(fetched->raw, fetched->descriptor.mediaType);
        if (!manifest)
            return manifest.error();
    }

    auto layer = contentLayer(*manifest);
    if (!layer)
        return layer.error();
    auto blob = (*store)->openBlob(*layer, {});
    if (!blob)
        return blob.error();
    // Checked here whatever the store: a blob file in a layout is not hashed on the way by anyone else.
    Oci::VerifyingReader verified(std::move(blob).value(), layer->digest, layer->size,
                                  tr("layer %1 of %2").arg(layer->digest.toString(), reference.toString()));
    if (observers.progress)
        verified.setProgress(observers.progress);
    auto files = directory.isEmpty() ? Oci::FluxArtifact::listFiles(verified)
                                     : Oci::FluxArtifact::extract(verified, directory, {}, existing);
    if (!files)
        return files.error();
    pulled.files = *files;
    return pulled;
}

void PullCommand::print(const Pulled &pulled, bool json, Context &context)
{
    const QList<Oci::FluxArtifact::File> &files = pulled.files;
    if (!json) {
        // On stderr: stdout stays the plain file list scripts read.
        if (!pulled.chosenDigest.isEmpty()) {
            context.err << tr("index entry %1 (%2)")
                               .arg(pulled.chosenDigest,
                                    pulled.chosenPlatform.isEmpty() ? tr("no platform") : pulled.chosenPlatform)
                        << Qt::endl;
        }
        for (const auto &file : files)
            context.out << quotedForTerminal(file.path) << (file.directory ? QStringLiteral("/") : QString())
                        << Qt::endl;
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
    QJsonObject document{{QLatin1String("files"), array}};
    if (!pulled.chosenDigest.isEmpty()) {
        document.insert(QLatin1String("manifest"), pulled.chosenDigest);
        document.insert(QLatin1String("platform"), pulled.chosenPlatform);
    }
    context.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

} // namespace Cli
