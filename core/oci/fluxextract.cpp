// FluxArtifact::extract: unpacking a content layer without trusting it.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include "oci/fluxartifact.h"
#include "oci/gzipreader.h"
#include "oci/ocilayout.h"
#include "oci/tarreader.h"
#include "util/atomicfile.h"

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::FluxArtifact", text);
}

constexpr qint64 copyBlockSize = 256 * 1024;

// Refuses a path if any existing part of it below the root is a link: writing through one could land
// anywhere on the disk.
Util::Result<void> checkNoLinks(const QString &root, const QString &relativePath)
{
    QString current = root;
    for (const QString &part : relativePath.split(QLatin1Char('/'))) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (info.isSymLink())
            return Util::Error{tr("refusing to write through the link '%1'").arg(current), relativePath, 0, 0};
        if (!info.exists())
            return {};
    }
    return {};
}

Util::Result<qint64> writeEntry(TarReader &tar, const QString &target, qint64 limit, int mode)
{
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Util::Error{tr("cannot create: %1").arg(file.errorString()), target, 0, 0};
    QByteArray buffer(copyBlockSize, Qt::Uninitialized);
    qint64 written = 0;
    for (;;) {
        const qint64 read = tar.read(buffer.data(), copyBlockSize);
        if (read < 0)
            return Util::Error{tr("cannot read the layer: %1").arg(tar.errorString()), target, 0, 0};
        if (read == 0)
            break;
        written += read;
        if (written > limit)
            return Util::Error{tr("file is larger than the limit of %1 bytes").arg(limit), target, 0, 0};
        if (file.write(buffer.constData(), read) != read)
            return Util::Error{tr("cannot write: %1").arg(Util::writeFailure(file)), target, 0, 0};
    }
    const bool executable = mode & 0111;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther |
                        (executable ? QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther : QFile::Permissions()));
    return written;
}

Util::Result<void> checkEntry(const TarEntry &entry, const QString &path, qint64 total,
                              const FluxArtifact::ExtractLimits &limits)
{
    if (auto checked = OciLayout::checkRelativePath(path); !checked)
        return Util::Error{checked.error().message, entry.path, 0, 0};
    if (entry.type != TarEntry::Type::File && entry.type != TarEntry::Type::Directory)
        return Util::Error{tr("entry is a link, device or other special file (type '%1'); only regular files "
                              "and directories are accepted")
                               .arg(QString(QLatin1Char(entry.typeFlag))),
                           entry.path, 0, 0};
    if (entry.size > limits.maxFileSize)
        return Util::Error{
            tr("entry of %1 bytes is larger than the limit of %2 bytes").arg(entry.size).arg(limits.maxFileSize),
            entry.path, 0, 0};
    if (total + entry.size > limits.maxTotalSize)
        return Util::Error{tr("the layer is larger than the limit of %1 bytes").arg(limits.maxTotalSize), entry.path, 0,
                           0};
    return {};
}

// Unpacks every entry below \a root, which is new and empty.
Util::Result<QList<FluxArtifact::File>> unpack(QIODevice &layer, const QString &root,
                                               const FluxArtifact::ExtractLimits &limits)
{
    GzipReader gzip(&layer);
    if (!gzip.open(QIODevice::ReadOnly))
        return Util::makeError(gzip.errorString());

    TarReader tar(&gzip);
    QList<FluxArtifact::File> files;
    QSet<QString> seen;
    qint64 total = 0;
    for (;;) {
        auto more = tar.next();
        if (!more)
            return more.error();
        if (!*more)
            return files;
        const TarEntry &entry = tar.entry();
        QString path = entry.path;
        while (path.startsWith(QLatin1String("./")))
            path.remove(0, 2);
        if (path.isEmpty() || path == QLatin1String("."))
            continue;
        if (files.size() >= limits.maxEntries)
            return Util::makeError(tr("the layer has more than %1 entries").arg(limits.maxEntries));
        // A second entry of one file would silently replace the first: what a reviewer listed is not what lands.
        if (entry.type == TarEntry::Type::File) {
            const QString normalized = QDir::cleanPath(path);
            if (seen.contains(normalized))
                return Util::Error{tr("the layer holds this file twice"), entry.path, 0, 0};
            seen.insert(normalized);
        }
        if (auto checked = checkEntry(entry, path, total, limits); !checked)
            return checked.error();
        if (auto checked = checkNoLinks(root, path); !checked)
            return checked.error();

        const QString target = root + QLatin1Char('/') + path;
        const QString parent = entry.type == TarEntry::Type::Directory ? target : QFileInfo(target).path();
        if (auto made = Util::makeDirectory(parent); !made)
            return made.error();
        if (entry.type == TarEntry::Type::File) {
            auto written = writeEntry(tar, target, qMin(limits.maxFileSize, limits.maxTotalSize - total), entry.mode);
            if (!written)
                return written.error();
            total += *written;
        }
        files.append({path, entry.size, entry.type == TarEntry::Type::Directory, entry.mode});
    }
}

// Every entry is checked against the target directory before the first one is moved there.
Util::Result<void> checkPlacement(const QString &root, const QList<FluxArtifact::File> &files,
                                  FluxArtifact::Existing existing)
{
    for (const FluxArtifact::File &file : files) {
        if (auto checked = checkNoLinks(root, file.path); !checked)
            return checked.error();
        const QString target = root + QLatin1Char('/') + file.path;
        const QFileInfo info(target);
        if (!info.exists())
            continue;
        if (file.directory && !info.isDir())
            return Util::Error{tr("exists and is not a directory"), target, 0, 0};
        if (!file.directory && info.isDir())
            return Util::Error{tr("is a directory; the layer has a file there"), target, 0, 0};
        if (!file.directory && existing == FluxArtifact::Existing::Refuse)
            return Util::Error{tr("the file exists already; refusing to overwrite it"), target, 0, 0};
    }
    return {};
}

Util::Result<void> moveIntoPlace(const QString &staging, const QString &root, const QList<FluxArtifact::File> &files)
{
    QSet<QString> moved; // a path the layer lists twice was unpacked once, with its last content
    for (const FluxArtifact::File &file : files) {
        if (moved.contains(file.path))
            continue;
        moved.insert(file.path);
        const QString target = root + QLatin1Char('/') + file.path;
        const QString parent = file.directory ? target : QFileInfo(target).path();
        if (auto made = Util::makeDirectory(parent); !made)
            return made.error();
        if (file.directory)
            continue;
        if (QFileInfo::exists(target) && !QFile::remove(target))
            return Util::Error{tr("cannot replace the existing file"), target, 0, 0};
        if (!QFile::rename(staging + QLatin1Char('/') + file.path, target))
            return Util::Error{tr("cannot move the extracted file into place"), target, 0, 0};
    }
    return {};
}

} // namespace

Util::Result<QList<FluxArtifact::File>> FluxArtifact::extract(QIODevice &layer, const QString &directory,
                                                              const ExtractLimits &limits, Existing existing)
{
    const QString root = QDir::cleanPath(QDir(directory).absolutePath());
    if (auto made = Util::makeDirectory(root); !made)
        return made.error();

    // Beside the target, so that moving the files into place is a rename on the same file system; removed
    // with whatever is left in it when this returns.
    const QFileInfo rootInfo(root);
    QTemporaryDir staging(rootInfo.path() + QStringLiteral("/.") + rootInfo.fileName() + QStringLiteral("-XXXXXX"));
    if (!staging.isValid())
        return Util::Error{tr("cannot create a temporary directory: %1").arg(staging.errorString()), root, 0, 0};

    auto files = unpack(layer, staging.path(), limits);
    if (!files) {
        // The staging directory is an implementation detail: errors name the place the user asked for.
        Util::Error error = files.error();
        error.file.replace(staging.path(), root);
        error.message.replace(staging.path(), root);
        return error;
    }
    if (auto placed = checkPlacement(root, *files, existing); !placed)
        return placed.error();
    if (auto moved = moveIntoPlace(staging.path(), root, *files); !moved)
        return moved.error();
    return files;
}

Util::Result<QList<FluxArtifact::File>> FluxArtifact::extract(QIODevice &layer, const QString &directory)
{
    return extract(layer, directory, ExtractLimits());
}

} // namespace Oci
