#include "ocilayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>

#include "util/atomicfile.h"

namespace Oci {

namespace {

// An index.json update takes milliseconds; a lock held longer than this belongs to a process that hangs.
constexpr int indexLockWaitMs = 30'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::OciLayout", text);
}

const QString layoutFileName = QStringLiteral("oci-layout");
const QString indexFileName = QStringLiteral("index.json");
const QLatin1String refNameKey("org.opencontainers.image.ref.name");
const QLatin1String indexMediaType("application/vnd.oci.image.index.v1+json");
constexpr qint64 maxIndexSize = 16 * 1024 * 1024;
constexpr qint64 copyBlockSize = 256 * 1024;
constexpr int sourceWaitMs = 120'000;

// The tag part of a ref name written as a full reference ("host/repo:tag" -> "tag").
QString tagOfReference(const QString &refName)
{
    const int slash = refName.lastIndexOf(QLatin1Char('/'));
    const int colon = refName.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? refName.mid(colon + 1) : QString();
}

// Children of a manifest or index: config, layers, index entries, subject, as raw descriptor objects.
QList<QJsonObject> childDescriptors(const QJsonObject &manifest)
{
    QList<QJsonObject> children;
    if (manifest.value(QLatin1String("config")).isObject())
        children.append(manifest.value(QLatin1String("config")).toObject());
    for (const char *key : {"layers", "manifests", "blobs"}) {
        for (const QJsonValue &value : manifest.value(QLatin1String(key)).toArray())
            children.append(value.toObject());
    }
    return children;
}

} // namespace

OciLayout::OciLayout(const QString &directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{
}

Util::Result<OciLayout> OciLayout::open(const QString &directory)
{
    OciLayout layout(directory);
    const QString marker = layout.m_directory + QLatin1Char('/') + layoutFileName;
    auto text = Util::readFile(marker, 64 * 1024);
    if (!text)
        return Util::Error{tr("not an OCI image layout (no readable oci-layout file)"), marker, 0, 0};

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Util::Error{tr("oci-layout is not a JSON object: %1").arg(error.errorString()), marker, 0, 0};
    const QString version = document.object().value(QLatin1String("imageLayoutVersion")).toString();
    if (!version.startsWith(QLatin1String("1.")))
        return Util::Error{tr("unsupported imageLayoutVersion '%1'").arg(version), marker, 0, 0};
    return layout;
}

Util::Result<OciLayout> OciLayout::create(const QString &directory)
{
    OciLayout layout(directory);
    if (QFileInfo::exists(layout.m_directory + QLatin1Char('/') + layoutFileName))
        return open(directory);
    if (auto made = Util::makeDirectory(layout.m_directory + QLatin1String("/blobs")); !made)
        return Util::Error{made.error().message, layout.m_directory, 0, 0};
    auto written = Util::writeFileAtomically(layout.m_directory + QLatin1Char('/') + layoutFileName,
                                             QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}"));
    if (!written)
        return written.error();
    return layout;
}

QString OciLayout::blobPath(const Digest &digest) const
{
    return m_directory + QLatin1String("/blobs/") + digest.algorithmName() + QLatin1Char('/') + digest.hex();
}

bool OciLayout::hasBlob(const Digest &digest, qint64 size) const
{
    const QFileInfo info(blobPath(digest));
    return info.isFile() && !info.isSymLink() && (size < 0 || info.size() == size);
}

Util::Result<std::unique_ptr<QFile>> OciLayout::openBlob(const Digest &digest) const
{
    const QString path = blobPath(digest);
    const QFileInfo info(path);
    if (!info.exists())
        return Util::Error{tr("blob %1 is not in the layout").arg(digest.toString()), path, 0, 0};
    if (info.isSymLink() || !info.isFile())
        return Util::Error{tr("blob %1 is a link or not a regular file").arg(digest.toString()), path, 0, 0};
    // A linked `blobs` directory would lead outside the layout just as well.
    const QString root = QFileInfo(m_directory).canonicalFilePath() + QLatin1Char('/');
    if (!info.canonicalFilePath().startsWith(root))
        return Util::Error{tr("blob %1 lies outside the layout").arg(digest.toString()), path, 0, 0};

    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Util::Error{tr("cannot open blob: %1").arg(file->errorString()), path, 0, 0};
    return file;
}

Util::Result<QByteArray> OciLayout::readBlob(const Digest &digest, qint64 maxSize) const
{
    auto file = openBlob(digest);
    if (!file)
        return file.error();
    if ((*file)->size() > maxSize)
        return Util::Error{tr("blob is larger than %1 bytes").arg(maxSize), blobPath(digest), 0, 0};
    const QByteArray data = (*file)->readAll();
    if (Digest::ofBytes(data, digest.algorithm()) != digest)
        return Util::Error{tr("blob content does not match its digest %1").arg(digest.toString()), blobPath(digest), 0,
                           0};
    return data;
}

Util::Result<void> OciLayout::writeBlob(const Digest &digest, qint64 size, QIODevice &source, const Progress &progress)
{
    if (hasBlob(digest, size))
        return {};
    // The source starts at the blob's first byte: whatever an earlier run left is replaced.
    QFile::remove(partialPath(digest));
    auto partial = openPartial(digest);
    if (!partial)
        return partial.error();
    if (auto copied = appendToPartial(partial.value(), source, size, partial->hasher.get(), progress); !copied) {
        if (!m_keepsPartialBlobs)
            QFile::remove(partialPath(digest));
        if (!QFileInfo::exists(partialPath(digest)))
            return copied;
        return Util::Error{tr("%1; %2 bytes are kept for a later run").arg(copied.error().message).arg(partial->size),
                           copied.error().file, 0, 0};
    }
    const qint64 received = partial->hasher->bytesHashed();
    return placeBlob(digest, size, partial->hasher->result(), received);
}

Util::Result<void> OciLayout::continueBlob(const Digest &digest, qint64 size, PartialBlob &partial, QIODevice &rest,
                                           const Progress &progress)
{
    // The partial's hasher may belong to the source (a download verifying the whole blob): the finished file
    // is verified from disk instead. A failed continuation may mean the kept bytes are wrong (a digest check
    // failing at the end looks like any broken source): drop them, so that the next run starts from zero
    // instead of failing again.
    if (auto copied = appendToPartial(partial, rest, size, nullptr, progress); !copied) {
        QFile::remove(partialPath(digest));
        return Util::Error{
            tr("%1; the partial blob was dropped, the next run starts from zero").arg(copied.error().message),
            copied.error().file, 0, 0};
    }
    return commitPartial(digest, size);
}

Util::Result<void> OciLayout::appendToPartial(PartialBlob &partial, QIODevice &source, qint64 size,
                                              DigestHasher *hasher, const Progress &progress) const
{
    QFile &file = *partial.file;
    QByteArray buffer(copyBlockSize, Qt::Uninitialized);
    // An interrupted source leaves what arrived, unless it failed after the last byte: then it rejected the
    // content (a digest check) and there is nothing worth keeping.
    auto interrupted = [&](const QString &why) {
        if (size >= 0 && partial.size >= size)
            file.remove();
        else
            file.flush();
        return Util::Error{why, file.fileName(), 0, 0};
    };
    for (;;) {
        const qint64 read = source.read(buffer.data(), copyBlockSize);
        if (read < 0)
            return interrupted(tr("cannot read blob source: %1").arg(source.errorString()));
        // A source that is still arriving (a download) has nothing for the moment but is not at its end.
        if (read == 0 && source.isSequential() && !source.atEnd()) {
            if (!source.waitForReadyRead(sourceWaitMs) && source.bytesAvailable() == 0 && !source.atEnd())
                return interrupted(tr("the blob source stalled: %1").arg(source.errorString()));
            continue;
        }
        if (read == 0)
            break;
        if (hasher)
            hasher->addData(buffer.constData(), read);
        if (file.write(buffer.constData(), read) != read)
            return Util::Error{tr("cannot write blob: %1").arg(Util::writeFailure(file)), file.fileName(), 0, 0};
        partial.size += read;
        if (progress)
            progress(partial.size);
    }
    if (!file.flush())
        return Util::Error{tr("cannot write blob: %1").arg(Util::writeFailure(file)), file.fileName(), 0, 0};
    file.close();
    return {};
}

QString OciLayout::partialPath(const Digest &digest) const
{
    return blobPath(digest) + QLatin1String(".partial");
}

Util::Result<OciLayout::PartialBlob> OciLayout::openPartial(const Digest &digest) const
{
    const QString path = partialPath(digest);
    if (auto made = Util::makeDirectory(QFileInfo(path).path()); !made)
        return made.error();
    if (QFileInfo(path).isSymLink())
        return Util::Error{tr("the partial blob is a link; a layout must hold its own files"), path, 0, 0};
    PartialBlob partial;
    partial.file = std::make_unique<QFile>(path);
    partial.hasher = std::make_shared<DigestHasher>(digest.algorithm());
    if (!partial.file->open(QIODevice::ReadWrite))
        return Util::Error{tr("cannot open the partial blob: %1").arg(partial.file->errorString()), path, 0, 0};
    QByteArray buffer(copyBlockSize, Qt::Uninitialized);
    for (qint64 read = 0; (read = partial.file->read(buffer.data(), copyBlockSize)) > 0;)
        partial.hasher->addData(buffer.constData(), read);
    partial.size = partial.hasher->bytesHashed();
    if (partial.size != partial.file->size() || !partial.file->seek(partial.size))
        return Util::Error{tr("cannot read the partial blob: %1").arg(partial.file->errorString()), path, 0, 0};
    return partial;
}

Util::Result<void> OciLayout::commitPartial(const Digest &digest, qint64 size) const
{
    const QString path = partialPath(digest);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Util::Error{tr("cannot open the partial blob: %1").arg(file.errorString()), path, 0, 0};
    auto actual = Digest::ofDevice(file, digest.algorithm());
    if (!actual)
        return Util::Error{actual.error().message, path, 0, 0};
    const qint64 received = file.size();
    file.close();
    return placeBlob(digest, size, *actual, received);
}

// Moves a complete partial file into place, or removes it when its content is wrong.
Util::Result<void> OciLayout::placeBlob(const Digest &digest, qint64 size, const Digest &actual, qint64 received) const
{
    const QString partial = partialPath(digest);
    const QString target = blobPath(digest);
    if ((size >= 0 && received != size) || actual != digest) {
        QFile::remove(partial);
        return Util::Error{tr("blob does not match its descriptor: expected %1 (%2 bytes), got %3 (%4 bytes)")
                               .arg(digest.toString())
                               .arg(size)
                               .arg(actual.toString())
                               .arg(received),
                           target, 0, 0};
    }
    // rename() keeps the blob invisible until it is whole; a wrong-sized leftover under the name goes first.
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return Util::Error{tr("cannot move the finished blob into place"), partial, 0, 0};
    return {};
}

Util::Result<Digest> OciLayout::writeBlobBytes(const QByteArray &data)
{
    const Digest digest = Digest::ofBytes(data);
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    if (auto written = writeBlob(digest, data.size(), buffer); !written)
        return written.error();
    return digest;
}

Util::Result<QJsonObject> OciLayout::readIndex() const
{
    const QString path = m_directory + QLatin1Char('/') + indexFileName;
    if (!QFileInfo::exists(path))
        return QJsonObject{{QLatin1String("schemaVersion"), 2},
                           {QLatin1String("mediaType"), indexMediaType},
                           {QLatin1String("manifests"), QJsonArray()}};
    if (QFileInfo(path).isSymLink())
        return Util::Error{tr("index.json is a link; a layout must hold its own files"), path, 0, 0};
    auto text = Util::readFile(path, maxIndexSize);
    if (!text)
        return text.error();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*text, &error);
    if (error.error != QJsonParseError::NoError)
        return Util::Error{tr("index.json is not valid JSON: %1").arg(error.errorString()), path, 0, 0};
    if (!document.isObject() || !document.object().value(QLatin1String("manifests")).isArray())
        return Util::Error{tr("index.json has no \"manifests\" array"), path, 0, 0};
    return document.object();
}

Util::Result<OciLayout::Entry> OciLayout::parseEntry(const QJsonObject &descriptor, int position)
{
    Entry entry;
    entry.descriptor = descriptor;
    entry.mediaType = descriptor.value(QLatin1String("mediaType")).toString();
    entry.size = descriptor.value(QLatin1String("size")).toInteger(-1);
    entry.refName = descriptor.value(QLatin1String("annotations")).toObject().value(refNameKey).toString();
    auto digest = Digest::parse(descriptor.value(QLatin1String("digest")).toString());
    if (!digest)
        return Util::makeError(tr("index.json manifests[%1].digest: %2").arg(position).arg(digest.error().message));
    if (entry.size < 0)
        return Util::makeError(tr("index.json manifests[%1].size is missing or negative").arg(position));
    entry.digest = *digest;
    return entry;
}

Util::Result<QList<OciLayout::Entry>> OciLayout::entries() const
{
    auto index = readIndex();
    if (!index)
        return index.error();
    QList<Entry> list;
    const QJsonArray manifests = index->value(QLatin1String("manifests")).toArray();
    for (int i = 0; i < manifests.size(); ++i) {
        auto entry = parseEntry(manifests.at(i).toObject(), i);
        if (!entry)
            return Util::Error{entry.error().message, m_directory + QLatin1Char('/') + indexFileName, 0, 0};
        list.append(*entry);
    }
    return list;
}

Util::Result<OciLayout::Entry> OciLayout::resolve(const QString &ref) const
{
    auto list = entries();
    if (!list)
        return list.error();

    const bool byDigest = ref.startsWith(QLatin1String("sha256:")) || ref.startsWith(QLatin1String("sha512:"));
    // An exact ref name wins over a full reference that merely ends with the same tag.
    for (const Entry &entry : *list) {
        if (byDigest ? entry.digest.toString() == ref : entry.refName == ref)
            return entry;
    }
    if (!byDigest && !ref.isEmpty()) {
        for (const Entry &entry : *list) {
            if (tagOfReference(entry.refName) == ref)
                return entry;
        }
    }
    if (ref.isEmpty() && list->size() == 1)
        return list->first();

    QStringList known;
    QSet<QString> digests;
    for (const Entry &entry : *list) {
        known.append(entry.refName.isEmpty() ? entry.digest.toString() : entry.refName);
        digests.insert(entry.digest.toString());
    }
    QString message;
    if (known.isEmpty())
        message = tr("the layout holds no manifests");
    else if (ref.isEmpty() && digests.size() == 1)
        message = tr("the layout holds one manifest under several names; name one with :TAG. It has: %1")
                      .arg(known.join(QLatin1String(", ")));
    else if (ref.isEmpty())
        message = tr("the layout holds more than one manifest; name one with :TAG or @DIGEST. It has: %1")
                      .arg(known.join(QLatin1String(", ")));
    else
        message = tr("'%1' is not in the layout; it has: %2").arg(ref, known.join(QLatin1String(", ")));
    return Util::Error{message, m_directory + QLatin1Char('/') + indexFileName, 0, 0};
}

QString OciLayout::Entry::tag() const
{
    if (!refName.contains(QLatin1Char('/')) && !refName.contains(QLatin1Char(':')))
        return refName;
    return tagOfReference(refName);
}

QString OciLayout::lockFailure(const QLockFile &lock)
{
    switch (lock.error()) {
    case QLockFile::LockFailedError:
        return tr("another process keeps this locked");
    case QLockFile::PermissionError:
        return tr("cannot create this lock file: the layout directory is not writable (permission denied)");
    default:
        return tr("cannot create this lock file (is the disk full or read-only?)");
    }
}

Util::Result<void> OciLayout::addEntry(const QJsonObject &descriptor, const QString &refName)
{
    // Copies running side by side into one layout each read, merge and replace index.json: one at a time, or
    // an entry written in between is lost. A lock left by a process that died is taken over.
    QLockFile lock(m_directory + QLatin1Char('/') + indexFileName + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(indexLockWaitMs))
        return Util::Error{lockFailure(lock), lock.fileName(), 0, 0};

    auto index = readIndex();
    if (!index)
        return index.error();

    QJsonObject entry = descriptor;
    if (!refName.isEmpty()) {
        QJsonObject annotations = entry.value(QLatin1String("annotations")).toObject();
        annotations.insert(refNameKey, refName);
        entry.insert(QLatin1String("annotations"), annotations);
    }

    // Replace what carries the same ref name (or, untagged, the same digest); keep everything else.
    QJsonArray merged;
    const QString digest = descriptor.value(QLatin1String("digest")).toString();
    for (const QJsonValue &value : index->value(QLatin1String("manifests")).toArray()) {
        const QJsonObject existing = value.toObject();
        const QString existingRef =
            existing.value(QLatin1String("annotations")).toObject().value(refNameKey).toString();
        const bool same = refName.isEmpty()
                              ? existingRef.isEmpty() && existing.value(QLatin1String("digest")).toString() == digest
                              : existingRef == refName;
        if (!same)
            merged.append(existing);
    }
    merged.append(entry);
    index->insert(QLatin1String("manifests"), merged);
    return Util::writeFileAtomically(m_directory + QLatin1Char('/') + indexFileName,
                                     QJsonDocument(*index).toJson(QJsonDocument::Compact));
}

Util::Result<void> OciLayout::checkRelativePath(const QString &relativePath)
{
    if (relativePath.isEmpty() || relativePath.startsWith(QLatin1Char('/')) ||
        relativePath.contains(QLatin1Char('\\')) || relativePath.contains(QChar(0)))
        return Util::makeError(tr("'%1' is not a relative path").arg(relativePath));
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return Util::makeError(tr("'%1' escapes the target directory").arg(relativePath));
    }
    return {};
}

Util::Result<void> OciLayout::verify() const
{
    auto list = entries();
    if (!list)
        return list.error();

    QList<QJsonObject> pending;
    for (const Entry &entry : *list)
        pending.append(entry.descriptor);
    QSet<QString> visited;
    while (!pending.isEmpty()) {
        const QJsonObject descriptor = pending.takeLast();
        auto digest = Digest::parse(descriptor.value(QLatin1String("digest")).toString());
        if (!digest)
            return Util::Error{digest.error().message, m_directory, 0, 0};
        if (visited.contains(digest->toString()))
            continue;
        visited.insert(digest->toString());

        const QString mediaType = descriptor.value(QLatin1String("mediaType")).toString();
        const qint64 size = descriptor.value(QLatin1String("size")).toInteger(-1);
        if (!hasBlob(*digest, size))
            return Util::Error{tr("blob %1 is missing or has the wrong size").arg(digest->toString()),
                               blobPath(*digest), 0, 0};
        if (mediaType.endsWith(QLatin1String("manifest.v1+json")) ||
            mediaType.endsWith(QLatin1String("index.v1+json")) ||
            mediaType.contains(QLatin1String("manifest.v2+json")) ||
            mediaType.contains(QLatin1String("manifest.list.v2+json"))) {
            auto raw = readBlob(*digest);
            if (!raw)
                return raw.error();
            pending.append(childDescriptors(QJsonDocument::fromJson(*raw).object()));
            continue;
        }
        auto file = openBlob(*digest);
        if (!file)
            return file.error();
        auto actual = Digest::ofDevice(**file, digest->algorithm());
        if (!actual || *actual != *digest)
            return Util::Error{tr("blob content does not match its digest %1").arg(digest->toString()),
                               blobPath(*digest), 0, 0};
    }
    return {};
}

} // namespace Oci
