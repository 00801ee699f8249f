#pragma once

#include <QByteArray>
#include <QString>

#include "result.h"

class QFileDevice;

namespace Util {

/// Replaces \a path with \a data in one step: readers see the old file or the new one, never a mix,
/// and a failure leaves the old file untouched.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

/// Creates \a path and any missing parents. The error names the part of the path that stands in the way
/// (a file, a directory that is not writable), as mkpath() alone cannot say why it failed.
Result<void> makeDirectory(const QString &path);

/// Why writing to \a file failed, in words: Qt reports a full disk as "Unknown error" when the failure surfaces
/// on a buffered flush, so a device without free space is named as such.
QString writeFailure(const QFileDevice &file);

/// Reads a whole file, refusing anything larger than \a maxBytes.
Result<QByteArray> readFile(const QString &path, qint64 maxBytes = 64 * 1024 * 1024);

} // namespace Util
