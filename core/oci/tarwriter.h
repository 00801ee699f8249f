#pragma once

#include <QString>

#include "util/result.h"

class QIODevice;

namespace Oci {

/// Writes a POSIX ustar archive to a device, one entry at a time, without holding file contents in memory.
/// Every entry is normalised for reproducible archives: owner and group 0 with empty names, modification
/// time 0, mode 0755 for directories and executables and 0644 for other files. Paths longer than ustar can
/// hold get a PAX extended header. The caller decides the order of the entries.
class TarWriter final
{
public:
    /// \a target must be open for writing and outlive the writer.
    explicit TarWriter(QIODevice *target);

    /// Adds a directory entry; \a path is relative with '/' separators, without a trailing '/'.
    Util::Result<void> addDirectory(const QString &path);
    /// Adds a regular file of \a size bytes read from \a content (which must yield exactly that many).
    Util::Result<void> addFile(const QString &path, QIODevice &content, qint64 size, bool executable);
    /// Writes the end-of-archive marker (two zero blocks).
    Util::Result<void> finish();

    qint64 bytesWritten() const { return m_written; }

private:
    Util::Result<void> writeHeader(const QString &path, char type, qint64 size, int mode);
    Util::Result<void> writePaxHeader(const QByteArray &records);
    Util::Result<void> writeBlock(const char *data, qint64 size);
    Util::Result<void> pad(qint64 size);

    QIODevice *m_target;
    qint64 m_written = 0;
};

} // namespace Oci
