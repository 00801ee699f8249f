// The tar archive form of OciLayout: an image layout packed into one file (as `skopeo copy oci-archive:`
// writes it).

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "oci/ocilayout.h"
#include "oci/tarreader.h"
#include "oci/tarwriter.h"
#include "util/atomicfile.h"

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::OciLayout", text);
}

constexpr qint64 copyBlockSize = 256 * 1024;

QString normalisedEntryPath(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    return path;
}

Util::Result<void> extractFile(TarReader &reader, const QString &target)
{
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Util::Error{tr("cannot create: %1").arg(file.errorString()), target, 0, 0};
    QByteArray buffer(copyBlockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = reader.read(buffer.data(), copyBlockSize);
        if (read < 0)
            return Util::Error{tr("cannot read the archive: %1").arg(reader.errorString()), target, 0, 0};
        if (read == 0)
            return {};
        if (file.write(buffer.constData(), read) != read)
            return Util::Error{tr("cannot write: %1").arg(Util::writeFailure(file)), target, 0, 0};
    }
}

} // namespace

Util::Result<OciLayout> OciLayout::extractArchive(const QString &archivePath, const QString &directory)
{
    QFile archive(archivePath);
    if (!archive.open(QIODevice::ReadOnly))
        return Util::Error{tr("cannot open: %1").arg(archive.errorString()), archivePath, 0, 0};
    const QDir root(directory);
    if (root.exists() && !root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Util::Error{tr("the directory to unpack the layout into is not empty"), directory, 0, 0};
    if (auto made = Util::makeDirectory(root.absolutePath()); !made)
        return made.error();

    TarReader reader(&archive);
    for (;;) {
        auto more = reader.next();
        if (!more)
            return Util::Error{more.error().message, archivePath, 0, 0};
        if (!*more)
            break;
        const TarEntry &entry = reader.entry();
        const QString path = normalisedEntryPath(entry.path);
        if (path.isEmpty() || path == QLatin1String("."))
            continue;
        if (auto checked = checkRelativePath(path); !checked)
            return Util::Error{checked.error().message, archivePath, 0, 0};

        const QString target = root.absoluteFilePath(path);
        if (entry.type == TarEntry::Type::Directory) {
            if (auto made = Util::makeDirectory(target); !made)
                return made.error();
            continue;
        }
        if (entry.type != TarEntry::Type::File)
            return Util::Error{tr("entry '%1' is a link or special file (type '%2'), which a layout must not hold")
                                   .arg(entry.path, QString(QLatin1Char(entry.typeFlag))),
                               archivePath, 0, 0};
        if (auto made = Util::makeDirectory(QFileInfo(target).path()); !made)
            return made.error();
        if (auto extracted = extractFile(reader, target); !extracted)
            return extracted.error();
    }

    auto layout = open(directory);
    if (!layout)
        return layout.error();
    if (auto verified = layout->verify(); !verified)
        return verified.error();
    return layout;
}

Util::Result<void> OciLayout::writeArchive(const QString &archivePath) const
{
    // Collect everything first so that the archive lists it in a stable, sorted order.
    QStringList files;
    QStringList directories;
    QDirIterator it(m_directory, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = QDir(m_directory).relativeFilePath(info.filePath());
        if (info.isSymLink() || !(info.isFile() || info.isDir()))
            return Util::Error{tr("the layout holds a link or special file"), info.filePath(), 0, 0};
        // Unfinished downloads are not content of the layout.
        if (info.isFile() &&
            (relative.endsWith(QLatin1String(".partial")) || relative.endsWith(QLatin1String(".lock"))))
            continue;
        (info.isDir() ? directories : files).append(relative);
    }
    QStringList all = files + directories;
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });

    QSaveFile output(archivePath);
    if (!output.open(QIODevice::WriteOnly))
        return Util::Error{tr("cannot write: %1").arg(Util::writeFailure(output)), archivePath, 0, 0};
    TarWriter writer(&output);
    for (const QString &relative : all) {
        const QString absolute = m_directory + QLatin1Char('/') + relative;
        if (directories.contains(relative)) {
            if (auto added = writer.addDirectory(relative); !added)
                return Util::Error{added.error().message, archivePath, 0, 0};
            continue;
        }
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly))
            return Util::Error{tr("cannot open: %1").arg(file.errorString()), absolute, 0, 0};
        if (auto added = writer.addFile(relative, file, file.size(), false); !added)
            return Util::Error{added.error().message, archivePath, 0, 0};
    }
    if (auto finished = writer.finish(); !finished)
        return Util::Error{finished.error().message, archivePath, 0, 0};
    if (!output.commit())
        return Util::Error{tr("cannot save: %1").arg(output.errorString()), archivePath, 0, 0};
    return {};
}

} // namespace Oci
