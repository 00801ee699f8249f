#include "layoutstore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDirIterator>
#include <QLockFile>

#include "oci/registryblobstream.h"

namespace Oci {

namespace {

// How often a copy waiting for another process's write of the same blob looks again (and at its cancel).
constexpr int lockPollMs = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::LayoutStore", text);
}

bool isArchivePath(const QString &path)
{
    return path.endsWith(QLatin1String(".tar")) || (QFileInfo(path).isFile());
}

} // namespace

namespace {

// Whether \a directory holds anything a layout does not: a copy running side by side may have made the
// directory and its `blobs` a moment before it writes `oci-layout`.
bool holdsOtherFiles(const QString &directory)
{
    static const QStringList layoutNames{QStringLiteral("oci-layout"), QStringLiteral("index.json"),
                                         QStringLiteral("blobs")};
    const QStringList names =
        QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    return std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
        // Besides the files themselves: their lock and the temporary files they are saved through.
        return !layoutNames.contains(name) && !name.startsWith(QLatin1String("oci-layout.")) &&
               !name.startsWith(QLatin1String("index.json."));
    });
}

} // namespace

LayoutStore::LayoutStore(const QString &path, OciLayout layout, std::unique_ptr<QTemporaryDir> unpacked)
    : m_path(path)
    , m_layout(std::move(layout))
    , m_unpacked(std::move(unpacked))
{
}

Util::Result<std::unique_ptr<LayoutStore>> LayoutStore::open(const QString &path, Mode mode)
{
    if (!isArchivePath(path)) {
        const bool created = mode == Mode::Write && !QFileInfo::exists(path);
        // The outermost directory this open makes: a failed copy removes up to there, and no further.
        QString outermostCreated;
        for (QFileInfo missing(QDir(path).absolutePath()); created && !missing.exists();
             missing.setFile(missing.absolutePath()))
            outermostCreated = missing.absoluteFilePath();
        // A directory with other files in it is not made a layout behind its owner's back.
        if (mode == Mode::Write && !created && holdsOtherFiles(path))
            return Util::Error{tr("is a directory with other files in it, not an OCI image layout; copy into a new or "
                                  "empty directory"),
                               path, 0, 0};
        auto layout = mode == Mode::Read ? OciLayout::open(path) : OciLayout::create(path);
        if (!layout)
            return layout.error();
        auto store = std::unique_ptr<LayoutStore>(new LayoutStore(path, std::move(layout).value(), nullptr));
        store->m_createdFrom = outermostCreated;
        return store;
    }

    // An archive is read whole and written whole: two writers at once would each write back their own
    // version, and one's tags would be lost. The second is refused rather than made to wait for minutes.
    std::unique_ptr<QLockFile> archiveLock;
    if (mode == Mode::Write) {
        archiveLock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        archiveLock->setStaleLockTime(0);
        if (!archiveLock->tryLock(0)) {
            const QString why = archiveLock->error() == QLockFile::LockFailedError
                                    ? tr("another process is writing this archive; run the copies one after "
                                         "another, or copy into a layout directory, which takes them side by side")
                                    : OciLayout::lockFailure(*archiveLock);
            return Util::Error{why, path, 0, 0};
        }
    }
    auto unpacked = std::make_unique<QTemporaryDir>();
    if (!unpacked->isValid())
        return Util::makeError(tr("cannot create a temporary directory: %1").arg(unpacked->errorString()));
    const QString directory = unpacked->filePath(QStringLiteral("layout"));
    if (!QFileInfo::exists(path)) {
        if (mode == Mode::Read)
            return Util::Error{tr("the layout archive does not exist"), path, 0, 0};
        auto layout = OciLayout::create(directory);
        if (!layout)
            return layout.error();
        auto store =
            std::unique_ptr<LayoutStore>(new LayoutStore(path, std::move(layout).value(), std::move(unpacked)));
        store->m_archiveLock = std::move(archiveLock);
        store->m_layout.setKeepsPartialBlobs(false);
        return store;
    }
    auto layout = OciLayout::extractArchive(path, directory);
    if (!layout)
        return layout.error();
    auto store = std::unique_ptr<LayoutStore>(new LayoutStore(path, std::move(layout).value(), std::move(unpacked)));
    store->m_archiveLock = std::move(archiveLock);
    store->m_layout.setKeepsPartialBlobs(false);
    return store;
}

LayoutStore::~LayoutStore()
{
    if (!m_createdFrom.isEmpty())
        removeIfNothingWorthKeeping();
}

// A directory this store created for a copy that failed before anything arrived goes again, so that a typo
// in a tag does not leave an empty layout behind. Blobs and partial downloads stay: a rerun continues there.
void LayoutStore::removeIfNothingWorthKeeping()
{
    const auto entries = m_layout.entries();
    if (!entries || !entries->isEmpty())
        return;
    QDirIterator it(m_layout.directory(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const bool scaffolding =
            file.fileName() == QLatin1String("oci-layout") || file.fileName() == QLatin1String("index.json");
        const bool emptyPartial = file.fileName().endsWith(QLatin1String(".partial")) && file.size() == 0;
        if (!scaffolding && !emptyPartial)
            return;
    }
    if (!QDir(m_layout.directory()).removeRecursively())
        return;
    // Then the parents this store made for it, each only while empty.
    for (QString parent = QFileInfo(QDir(m_layout.directory()).absolutePath()).absolutePath();
         parent.startsWith(m_createdFrom) && QDir().rmdir(parent); parent = QFileInfo(parent).absolutePath()) {
    }
}

QString LayoutStore::displayName() const
{
    return QStringLiteral("oci-layout:") + m_path;
}

Util::Result<ContentStore::Manifest> LayoutStore::resolve(const QString &tagOrDigest)
{
    auto entry = m_layout.resolve(tagOrDigest);
    if (!entry) {
        // Name the archive the user gave, not the directory it was unpacked into.
        if (m_unpacked)
            return Util::Error{entry.error().message, m_path, 0, 0};
        return entry.error();
    }
    auto manifest = fetchManifest(Descriptor::of(entry->mediaType, entry->digest, entry->size));
    if (manifest)
        manifest->tag = entry->tag();
    return manifest;
}

Util::Result<ContentStore::Manifest> LayoutStore::fetchManifest(const Descriptor &node)
{
    auto raw = m_layout.readBlob(node.digest);
    if (!raw)
        return raw.error();
    Descriptor described = node;
    if (described.mediaType.isEmpty())
        described.mediaType = QJsonDocument::fromJson(*raw).object().value(QLatin1String("mediaType")).toString();
    described.size = raw->size();
    return Manifest{*raw, described, {}};
}

Util::Result<bool> LayoutStore::exists(const Descriptor &node)
{
    return m_layout.hasBlob(node.digest, node.size);
}

Util::Result<void> LayoutStore::pushManifest(const Descriptor &node, const QByteArray &raw, const QString &tag,
                                             bool isRoot)
{
    auto stored = m_layout.writeBlobBytes(raw);
    if (!stored)
        return stored.error();
    if (*stored != node.digest)
        return Util::makeError(tr("manifest bytes do not match %1").arg(node.digest.toString()));
    if (!isRoot && tag.isEmpty())
        return {};
    const QJsonObject descriptor{{QLatin1String("mediaType"), node.mediaType},
                                 {QLatin1String("digest"), node.digest.toString()},
                                 {QLatin1String("size"), qint64(raw.size())}};
    return m_layout.addEntry(descriptor, tag);
}

Util::Result<std::unique_ptr<QIODevice>> LayoutStore::openBlob(const Descriptor &node, const Progress &)
{
    auto file = m_layout.openBlob(node.digest);
    if (!file)
        return file.error();
    if (node.size >= 0 && (*file)->size() != node.size)
        return Util::Error{tr("blob has %1 bytes, its descriptor says %2").arg((*file)->size()).arg(node.size),
                           m_layout.blobPath(node.digest), 0, 0};
    return std::unique_ptr<QIODevice>(std::move(file).value());
}

Util::Result<void> LayoutStore::writeBlob(const Descriptor &node, QIODevice &source, const Progress &progress)
{
    // Copies running side by side into one layout often share blobs (every Flux artifact's config is `{}`):
    // one writer per blob at a time, through a lock file beside its partial file; whoever comes second finds
    // the blob in place. A lock left by a process that died is taken over.
    const QString partial = m_layout.partialPath(node.digest);
    QDir().mkpath(QFileInfo(partial).absolutePath());
    QLockFile lock(partial + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    while (!lock.tryLock(lockPollMs)) {
        if (lock.error() != QLockFile::LockFailedError)
            return Util::Error{OciLayout::lockFailure(lock), lock.fileName(), 0, 0};
        if (isCancelled())
            return Util::makeError(tr("cancelled"));
    }
    if (m_layout.hasBlob(node.digest, node.size))
        return {};
    if (auto continued = continuePartial(node, source, progress))
        return *continued;
    auto written = m_layout.writeBlob(node.digest, node.size, source, progress);
    if (!written && m_unpacked) {
        // The file named is in the staging copy: say where that is and why it matters.
        return Util::Error{tr("%1 (a copy into %2 is staged whole in %3 first; point TMPDIR at a place with room "
                              "for the artifact)")
                               .arg(written.error().message, m_path, QDir::tempPath()),
                           written.error().file, 0, 0};
    }
    return written;
}

// A download an earlier run broke off continues from the bytes it left, when the source is a registry stream
// that has not started yet. std::nullopt when there is nothing to continue: the blob is written from zero.
std::optional<Util::Result<void>> LayoutStore::continuePartial(const Descriptor &node, QIODevice &source,
                                                               const Progress &progress)
{
    auto *stream = qobject_cast<RegistryBlobStream *>(&source);
    const QString partialPath = m_layout.partialPath(node.digest);
    if (!stream || node.size <= 0 || m_layout.hasBlob(node.digest, node.size) || QFileInfo(partialPath).size() <= 0 ||
        QFileInfo(partialPath).size() > node.size)
        return std::nullopt;
    auto partial = m_layout.openPartial(node.digest);
    if (!partial)
        return std::nullopt;
    // Complete already (the earlier run stopped just before moving it into place): verify and keep it.
    if (partial->size == node.size) {
        partial->file->close();
        if (m_layout.commitPartial(node.digest, node.size))
            return Util::Result<void>();
        return std::nullopt;
    }
    if (!stream->continueFrom(partial->size, partial->hasher))
        return std::nullopt;
    notify(tr("continuing blob %1 from byte %2 of %3 left by an earlier run")
               .arg(node.digest.toString())
               .arg(partial->size)
               .arg(node.size));
    return m_layout.continueBlob(node.digest, node.size, partial.value(), source, progress);
}

Util::Result<QList<Descriptor>> LayoutStore::referrers(const Descriptor &subject)
{
    auto entries = m_layout.entries();
    if (!entries)
        return entries.error();
    QList<Descriptor> found;
    for (const OciLayout::Entry &entry : *entries) {
        if (entry.digest == subject.digest || !entry.mediaType.endsWith(QLatin1String("manifest.v1+json")))
            continue;
        auto raw = m_layout.readBlob(entry.digest);
        if (!raw)
            continue;
        const QJsonObject manifest = QJsonDocument::fromJson(*raw).object();
        const QString subjectDigest =
            manifest.value(QLatin1String("subject")).toObject().value(QLatin1String("digest")).toString();
        if (subjectDigest == subject.digest.toString())
            found.append(Descriptor::of(entry.mediaType, entry.digest, entry.size));
    }
    return found;
}

Util::Result<void> LayoutStore::checkBlob(const Descriptor &node)
{
    const QString path = m_layout.blobPath(node.digest);
    // A blob that cannot be read at all is left to the transfer's own error, which already says so.
    auto actual = Digest::ofFile(path, node.digest.algorithm());
    if (!actual)
        return {};
    if (*actual != node.digest)
        return Util::Error{tr("blob %1 in the layout is damaged: its bytes hash to %2")
                               .arg(node.digest.toString(), actual->toString()),
                           path, 0, 0};
    return {};
}

Util::Result<void> LayoutStore::commit()
{
    if (!m_unpacked)
        return {};
    return m_layout.writeArchive(m_path);
}

} // namespace Oci
