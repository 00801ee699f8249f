#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "oci/digest.h"
#include "util/result.h"

class QLockFile;

class QFile;
class QIODevice;

namespace Oci {

/// An OCI image layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`), as offline bundles and
/// `skopeo copy oci:` use it. Blobs are written through a temporary file, verified against their digest and
/// renamed into place; `index.json` is merged (entries added or replaced by ref name, never dropped) and
/// saved atomically. Nothing is read through a symbolic link or outside the layout directory.
class OciLayout final
{
public:
    using Progress = std::function<void(qint64 done)>;

    /// An entry of `index.json`: the descriptor object exactly as stored, and its parsed essentials.
    struct Entry
    {
        QJsonObject descriptor;
        QString mediaType;
        Digest digest;
        qint64 size = 0;
        QString refName; ///< the `org.opencontainers.image.ref.name` annotation, may be empty

        /// The tag the ref name stands for: the name itself ("v1"), or the tag of a full reference
        /// ("example.com/app:v1"); empty when it gives none.
        QString tag() const;
    };

    /// Opens an existing layout directory.
    static Util::Result<OciLayout> open(const QString &directory);
    /// Opens the layout in \a directory, creating the directory and its `oci-layout` file when missing.
    static Util::Result<OciLayout> create(const QString &directory);

    QString directory() const { return m_directory; }

    /// Where a blob is (or would be) stored.
    QString blobPath(const Digest &digest) const;
    /// Whether a blob is present (and has \a size bytes when \a size is not negative).
    bool hasBlob(const Digest &digest, qint64 size = -1) const;
    /// Opens a blob for reading; refuses links and anything that is not a regular file.
    Util::Result<std::unique_ptr<QFile>> openBlob(const Digest &digest) const;
    /// Reads a small blob (manifests, configs) whole and verifies its digest.
    Util::Result<QByteArray> readBlob(const Digest &digest, qint64 maxSize = 4 * 1024 * 1024) const;

    /// Streams \a size bytes from \a source into the blob store, verifying size and digest before the blob
    /// appears under its name. A blob that is present already is left alone. The bytes go to
    /// `<hex>.partial` first; when the source fails mid-way that file stays for openPartial() to continue.
    Util::Result<void> writeBlob(const Digest &digest, qint64 size, QIODevice &source, const Progress &progress = {});

    /// An unfinished blob left by an interrupted write: the file open for appending, how many bytes it holds
    /// and their hash so far (re-hashed from disk, so a download can continue where it stopped).
    struct PartialBlob
    {
        std::unique_ptr<QFile> file;
        qint64 size = 0;
        std::shared_ptr<DigestHasher> hasher;
    };
    /// Where the unfinished bytes of a blob wait (`blobs/<alg>/<hex>.partial`); never read as the blob.
    QString partialPath(const Digest &digest) const;
    /// Opens (or creates, empty) the partial file of \a digest for appending, after hashing what it holds.
    Util::Result<PartialBlob> openPartial(const Digest &digest) const;
    /// Appends \a rest (the blob from byte partial.size on) to the partial file, then verifies the whole file
    /// and moves it into place. When \a rest fails the partial file is removed: its first bytes may be what
    /// made the digest check fail.
    Util::Result<void> continueBlob(const Digest &digest, qint64 size, PartialBlob &partial, QIODevice &rest,
                                    const Progress &progress = {});
    /// Verifies the partial file of \a digest (size and digest, read back from disk) and moves it into
    /// place as the blob; a partial file with wrong content is removed.
    Util::Result<void> commitPartial(const Digest &digest, qint64 size) const;
    /// Stores bytes held in memory; returns their sha256 digest.
    Util::Result<Digest> writeBlobBytes(const QByteArray &data);

    /// Why \a lock (of a file in a layout) could not be taken, for an error message.
    static QString lockFailure(const QLockFile &lock);

    /// The entries of `index.json` (an empty list when the file does not exist yet).
    Util::Result<QList<Entry>> entries() const;
    /// Finds the entry for \a ref: a bare tag (`v1`), a full reference whose tag matches, or a digest.
    /// The error lists the refs the layout has.
    Util::Result<Entry> resolve(const QString &ref) const;
    /// Adds \a descriptor to `index.json` under \a refName (replacing an entry with the same ref name, or the
    /// same digest when \a refName is empty). Other entries and fields are kept as they were.
    Util::Result<void> addEntry(const QJsonObject &descriptor, const QString &refName);

    /// Checks that \a relativePath names something inside a layout: relative, no `..`, no empty parts.
    static Util::Result<void> checkRelativePath(const QString &relativePath);

    /// Unpacks a layout stored as a tar archive into \a directory (which must be empty or missing),
    /// refusing entries that would escape it, links and devices; then verifies every blob's digest.
    static Util::Result<OciLayout> extractArchive(const QString &archivePath, const QString &directory);
    /// Writes this layout as a tar archive (deterministic order), saved atomically.
    Util::Result<void> writeArchive(const QString &archivePath) const;
    /// Verifies the digest and size of every blob the index reaches through manifests and indexes.
    Util::Result<void> verify() const;

    /// Whether a blob write that breaks off keeps its bytes for a later run (the default). A layout that is
    /// only a staging copy, removed when the run ends, keeps nothing and does not claim to.
    void setKeepsPartialBlobs(bool keeps) { m_keepsPartialBlobs = keeps; }

private:
    explicit OciLayout(const QString &directory);

    Util::Result<QJsonObject> readIndex() const;
    Util::Result<void> appendToPartial(PartialBlob &partial, QIODevice &source, qint64 size, DigestHasher *hasher,
                                       const Progress &progress) const;
    Util::Result<void> placeBlob(const Digest &digest, qint64 size, const Digest &actual, qint64 received) const;
    static Util::Result<Entry> parseEntry(const QJsonObject &descriptor, int position);

    QString m_directory;
    bool m_keepsPartialBlobs = true;
};

} // namespace Oci
