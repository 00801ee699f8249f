#include "fluxartifact.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QStringDecoder>
#include <QTemporaryFile>

#if defined(Q_OS_UNIX)
#include <dirent.h>
#endif

#include "oci/fluxignore.h"
#include "oci/gzipreader.h"
#include "oci/gzipwriter.h"
#include "oci/manifest.h"
#include "oci/ocilayout.h"
#include "oci/tarreader.h"
#include "oci/tarwriter.h"
#include "util/atomicfile.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::FluxArtifact", text);
}

constexpr qint64 copyBlockSize = 256 * 1024;

// Flux names the root of the tree "." and writes it as the first entry.
const QString rootName = QStringLiteral(".");

struct SourceEntry
{
    QString relativePath;
    QString absolutePath;
    bool directory = false;
    qint64 size = 0;
    int mode = 0;
    /// Why the entry cannot go into the artifact: a directory that cannot be listed, a name that cannot be
    /// stored. The push fails on it unless an ignore pattern given on the command line drops it.
    QString problem;
};

// The permission, set-id and sticky bits of a file, which Go's tar.FileInfoHeader puts into the header. Links
// never get here except as the pushed path itself, which counts as what it points to.
int modeOf(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &status) == 0)
        return int(status.st_mode & 07777);
#endif
    const QFile::Permissions permissions = info.permissions();
    const QList<QPair<QFile::Permission, int>> bits{
        {QFile::ReadOwner, 0400}, {QFile::WriteOwner, 0200}, {QFile::ExeOwner, 0100},
        {QFile::ReadGroup, 040},  {QFile::WriteGroup, 020},  {QFile::ExeGroup, 010},
        {QFile::ReadOther, 04},   {QFile::WriteOther, 02},   {QFile::ExeOther, 01}};
    int mode = 0;
    for (const auto &[permission, bit] : bits)
        mode |= permissions.testFlag(permission) ? bit : 0;
    return mode;
}

// The process's umask: Flux copies a single file into a staging directory, so the file's mode in the
// archive is the one a new file gets here.
int processUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                return line.mid(6).trimmed().toInt(nullptr, 8) & 0777;
        }
    }
    return 022;
}

bool byteOrder(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

// The names in \a directory that are not UTF-8 (from a Latin-1 system, say), shown with replacement characters.
QStringList namesNotInUtf8(const QString &directory)
{
    QStringList found;
#if defined(Q_OS_UNIX)
    DIR *listing = ::opendir(QFile::encodeName(directory).constData());
    if (!listing)
        return found;
    while (const dirent *entry = ::readdir(listing)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString name = utf8.decode(QByteArrayView(entry->d_name));
        if (utf8.hasError())
            found << name;
    }
    ::closedir(listing);
#else
    Q_UNUSED(directory)
#endif
    return found;
}

// Walks a directory depth-first in byte order of names (as Go's filepath.Walk does), skipping links,
// special files and what the ignore rules exclude; `.sourceignore` files add rules for their subtree.
void collect(const QString &root, const QString &relative, FluxIgnore &ignore, QList<SourceEntry> &entries)
{
    const QString directory = relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
    const QString ignoreFile = directory + QLatin1Char('/') + FluxIgnore::ignoreFileName();
    QFile patterns(ignoreFile);
    if (QFileInfo(ignoreFile).isFile() && patterns.open(QIODevice::ReadOnly))
        ignore.addPatterns(QString::fromUtf8(patterns.readAll()).split(QLatin1Char('\n')), relative);

    // Qt's listing leaves out what it cannot decode: such names are reported, not silently dropped.
    for (const QString &name : namesNotInUtf8(directory)) {
        entries.append({relative.isEmpty() ? name : relative + QLatin1Char('/') + name,
                        directory + QLatin1Char('/') + name, false, 0, 0,
                        tr("this name is not valid UTF-8, which the paths of an artifact must be; rename it")});
    }
    QStringList names =
        QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    std::sort(names.begin(), names.end(), byteOrder);
    for (const QString &name : names) {
        const QString childRelative = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        const QFileInfo info(directory + QLatin1Char('/') + name);
        if (info.isSymLink() || !(info.isFile() || info.isDir()))
            continue;
        if (ignore.isIgnored(childRelative, info.isDir()))
            continue;
        // What cannot go into the artifact is kept with the reason, rather than left out without a word.
        const bool unreadable = info.isDir() && !(info.isReadable() && info.isExecutable());
        QString problem;
        if (name.contains(QLatin1Char('\\')))
            problem = tr("this name holds a backslash, which pull refuses (it separates paths on Windows); rename "
                         "it, or leave it out with --ignore");
        else if (unreadable)
            problem = tr("cannot read this directory (permission denied); fix its permissions or leave it out "
                         "with --ignore");
        entries.append(
            {childRelative, info.filePath(), info.isDir(), info.isDir() ? 0 : info.size(), modeOf(info), problem});
        if (info.isDir() && problem.isEmpty())
            collect(root, childRelative, ignore, entries);
    }
}

// An artifact that pull would refuse to extract is refused before it is built: the same limits hold both ways.
Util::Result<void> checkFitsExtractLimits(const QList<SourceEntry> &entries, const QString &sourcePath,
                                          const FluxArtifact::ExtractLimits &limits)
{
    if (entries.size() - 1 > limits.maxEntries)
        return Util::Error{tr("holds %1 files and directories, more than the %2 an artifact may hold; leave some out "
                              "with --ignore")
                               .arg(entries.size() - 1)
                               .arg(limits.maxEntries),
                           sourcePath, 0, 0};
    qint64 total = 0;
    for (const SourceEntry &entry : entries) {
        if (entry.size > limits.maxFileSize)
            return Util::Error{tr("is %1 bytes, more than the %2 bytes a file in an artifact may have")
                                   .arg(entry.size)
                                   .arg(limits.maxFileSize),
                               entry.absolutePath, 0, 0};
        total += entry.size;
    }
    if (total > limits.maxTotalSize)
        return Util::Error{tr("holds %1 bytes of files, more than the %2 bytes an artifact may hold")
                               .arg(total)
                               .arg(limits.maxTotalSize),
                           sourcePath, 0, 0};
    return {};
}

Util::Result<QList<SourceEntry>> sourceEntries(const QString &sourcePath, const QStringList &ignorePatterns,
                                               const FluxArtifact::ExtractLimits &limits)
{
    const QFileInfo info(sourcePath);
    if (!info.exists())
        return Util::Error{tr("does not exist"), sourcePath, 0, 0};
    QList<SourceEntry> entries;
    if (info.isFile()) {
        // Flux stages a single file in a new temporary directory (0700) through a copy made with its
        // permission bits, which the umask trims.
        const int umask = processUmask();
        entries.append({rootName, QString(), true, 0, 0700 & ~umask, {}});
        entries.append(
            {info.fileName(), info.absoluteFilePath(), false, info.size(), modeOf(info) & 0777 & ~umask, {}});
        if (info.fileName().contains(QLatin1Char('\\')))
            return Util::Error{tr("this name holds a backslash, which pull refuses (it separates paths on Windows); "
                                  "rename it"),
                               sourcePath, 0, 0};
        if (auto fits = checkFitsExtractLimits(entries, sourcePath, limits); !fits)
            return fits.error();
        return entries;
    }
    if (!info.isDir())
        return Util::Error{tr("is neither a file nor a directory"), sourcePath, 0, 0};

    FluxIgnore ignore;
    if (!info.isReadable() || !info.isExecutable())
        return Util::Error{tr("cannot read this directory (permission denied)"), sourcePath, 0, 0};
    entries.append({rootName, info.absoluteFilePath(), true, 0, modeOf(info), {}});
    collect(info.absoluteFilePath(), QString(), ignore, entries);
    // User patterns come last so they win; apply them as a filter over what the walk found.
    if (!ignorePatterns.isEmpty()) {
        FluxIgnore user;
        user.addPatterns(ignorePatterns);
        QList<SourceEntry> kept;
        QStringList droppedDirectories;
        for (const SourceEntry &entry : std::as_const(entries)) {
            if (entry.relativePath == rootName) {
                kept.append(entry);
                continue;
            }
            const bool underDropped =
                std::any_of(droppedDirectories.cbegin(), droppedDirectories.cend(),
                            [&](const QString &dir) { return entry.relativePath.startsWith(dir + QLatin1Char('/')); });
            if (underDropped || user.isIgnored(entry.relativePath, entry.directory)) {
                if (entry.directory)
                    droppedDirectories.append(entry.relativePath);
                continue;
            }
            kept.append(entry);
        }
        entries = kept;
    }
    for (const SourceEntry &entry : std::as_const(entries)) {
        if (!entry.problem.isEmpty())
            return Util::Error{entry.problem, entry.absolutePath, 0, 0};
    }
    if (auto fits = checkFitsExtractLimits(entries, sourcePath, limits); !fits)
        return fits.error();
    return entries;
}

Descriptor describe(QLatin1String mediaType, const Digest &digest, qint64 size)
{
    Descriptor descriptor;
    descriptor.mediaType = mediaType;
    descriptor.digest = digest;
    descriptor.size = size;
    return descriptor;
}

} // namespace

QLatin1String FluxArtifact::configMediaType()
{
    return QLatin1String("application/vnd.cncf.flux.config.v1+json");
}

QLatin1String FluxArtifact::contentMediaType()
{
    return QLatin1String("application/vnd.cncf.flux.content.v1.tar+gzip");
}

QLatin1String FluxArtifact::manifestMediaType()
{
    return QLatin1String("application/vnd.oci.image.manifest.v1+json");
}

QString FluxArtifact::reproducibleTimestamp()
{
    return QStringLiteral("1970-01-01T00:00:00Z");
}

Util::Result<int> FluxArtifact::writeLayer(const QString &sourcePath, QIODevice &output,
                                           const QStringList &ignorePatterns, const ExtractLimits &limits)
{
    auto entries = sourceEntries(sourcePath, ignorePatterns, limits);
    if (!entries)
        return entries.error();

    GzipWriter gzip(&output);
    if (!gzip.open(QIODevice::WriteOnly))
        return Util::makeError(gzip.errorString());
    TarWriter tar(&gzip);
    for (const SourceEntry &entry : std::as_const(*entries)) {
        if (entry.directory) {
            if (auto added = tar.addDirectoryEntry(entry.relativePath, entry.mode); !added)
                return added.error();
            continue;
        }
        QFile file(entry.absolutePath);
        if (!file.open(QIODevice::ReadOnly))
            return Util::Error{tr("cannot open: %1").arg(file.errorString()), entry.absolutePath, 0, 0};
        if (auto added = tar.addFileEntry(entry.relativePath, file, entry.size, entry.mode); !added)
            return Util::Error{added.error().message, entry.absolutePath, 0, 0};
    }
    if (auto finished = tar.finish(); !finished)
        return finished.error();
    if (auto finished = gzip.finish(); !finished)
        return finished.error();
    return int(entries->size()) - 1; // the root entry is not content
}

Util::Result<FluxArtifact::Built> FluxArtifact::build(const QString &sourcePath, const BuildOptions &options,
                                                      OciLayout &layout, const QString &refName)
{
    // The layer goes to a temporary file first: its digest is known only once it is written.
    QTemporaryFile staging(layout.directory() + QLatin1String("/.flux-layer-XXXXXX"));
    if (!staging.open())
        return Util::Error{tr("cannot create a temporary file: %1").arg(staging.errorString()), layout.directory(), 0,
                           0};
    auto count = writeLayer(sourcePath, staging, options.ignorePatterns);
    // A write that failed is the staging file's fault (a full disk), not the source file's being read.
    if (!count && staging.error() != QFileDevice::NoError)
        return Util::Error{tr("cannot write the layer: %1").arg(Util::writeFailure(staging)), staging.fileName(), 0, 0};
    if (!count)
        return count.error();

    Built built;
    built.fileCount = *count;
    built.layerSize = staging.size();
    staging.seek(0);
    auto layerDigest = Digest::ofDevice(staging);
    if (!layerDigest)
        return layerDigest.error();
    built.layerDigest = *layerDigest;
    staging.seek(0);
    if (auto stored = layout.writeBlob(built.layerDigest, built.layerSize, staging); !stored)
        return stored.error();

    const QByteArray config = QByteArrayLiteral("{}");
    auto configDigest = layout.writeBlobBytes(config);
    if (!configDigest)
        return configDigest.error();

    const QDateTime created = options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    const QMap<QString, QString> annotations{
        {QStringLiteral("org.opencontainers.image.created"),
         options.reproducible ? reproducibleTimestamp() : created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("org.opencontainers.image.source"), options.source},
        {QStringLiteral("org.opencontainers.image.revision"), options.revision},
    };
    // Manifest::serialize() writes the fields in Flux's order (schemaVersion, mediaType, config, layers,
    // annotations) with Go's string escaping, so equal inputs give equal bytes and the digest Flux would give.
    Manifest manifest;
    manifest.setConfig(describe(configMediaType(), *configDigest, config.size()));
    manifest.setLayers({describe(contentMediaType(), built.layerDigest, built.layerSize)});
    manifest.setAnnotations(annotations);
    built.manifest = manifest.serialize();
    auto manifestDigest = layout.writeBlobBytes(built.manifest);
    if (!manifestDigest)
        return manifestDigest.error();
    built.manifestDigest = *manifestDigest;
    // The index entry names media type, digest and size only, as Flux's layouts do.
    const Descriptor entry = describe(manifestMediaType(), built.manifestDigest, built.manifest.size());
    built.descriptor = QJsonDocument::fromJson(entry.toCanonicalJson()).object();
    if (!refName.isEmpty()) {
        if (auto added = layout.addEntry(built.descriptor, refName); !added)
            return added.error();
    }
    return built;
}

Util::Result<QList<FluxArtifact::File>> FluxArtifact::listFiles(QIODevice &layer)
{
    GzipReader gzip(&layer);
    if (!gzip.open(QIODevice::ReadOnly))
        return Util::makeError(gzip.errorString());
    TarReader tar(&gzip);
    QList<File> files;
    for (;;) {
        auto more = tar.next();
        if (!more)
            return more.error();
        if (!*more)
            return files;
        const TarEntry &entry = tar.entry();
        // The root entry Flux writes is the directory itself, not content; extract() skips it too.
        if (entry.path == rootName || entry.path == QLatin1String("./"))
            continue;
        files.append({entry.path, entry.size, entry.type == TarEntry::Type::Directory, entry.mode});
    }
}

} // namespace Oci
