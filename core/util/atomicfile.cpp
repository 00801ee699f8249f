#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace Util {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Util::AtomicFile", text);
}
} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot open for writing: %1").arg(file.errorString()), path, 0, 0};
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return Error{tr("cannot write: %1").arg(writeFailure(file)), path, 0, 0};
    }
    if (!file.commit())
        return Error{tr("cannot save: %1").arg(file.errorString()), path, 0, 0};
    return {};
}

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot open: %1").arg(file.errorString()), path, 0, 0};
    if (file.size() > maxBytes)
        return Error{tr("file is larger than %1 bytes").arg(maxBytes), path, 0, 0};
    // Devices and pipes report no size: what they give is capped as it is read.
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error{tr("file is larger than %1 bytes").arg(maxBytes), path, 0, 0};
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read: %1").arg(file.errorString()), path, 0, 0};
    return data;
}

Result<void> makeDirectory(const QString &path)
{
    if (QDir().mkpath(path))
        return {};
    QFileInfo existing(QDir(path).absolutePath());
    while (!existing.exists() && !existing.isRoot())
        existing.setFile(existing.absolutePath());
    QString why = tr("cannot create the directory");
    if (existing.exists() && !existing.isDir())
        why = tr("cannot create the directory: %1 is a file").arg(existing.absoluteFilePath());
    else if (existing.exists() && !existing.isWritable())
        why =
            tr("cannot create the directory: %1 is not writable (permission denied)").arg(existing.absoluteFilePath());
    return Error{why, path, 0, 0};
}

QString writeFailure(const QFileDevice &file)
{
    const QStorageInfo storage(QFileInfo(file.fileName()).absolutePath());
    // A write that fails for want of space leaves at most a block or so behind.
    constexpr qint64 nearlyFull = 64 * 1024;
    if (storage.isValid() && storage.bytesAvailable() < nearlyFull)
        return tr("no space left on the device that holds %1").arg(storage.rootPath());
    return file.errorString();
}

} // namespace Util
