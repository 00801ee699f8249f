#pragma once

#include <QString>

#include "util/result.h"

class QIODevice;

namespace Oci {

/// Writes a tar archive to a device, one entry at a time, without holding file contents in memory.
///
/// The headers are byte for byte those Go's archive/tar writes for a header without owners, names or times
/// (what Flux's artifact builder hands it): owner and group 0 with empty names, modification time 0, the
/// mode as given, device numbers 0, the ustar format while the name fits it (ASCII, at most 100 bytes or
/// splittable at a '/' into prefix and name), otherwise a PAX extended header named
/// `<dir>/PaxHeaders.0/<file>` carrying `path` (and `size` beyond 8 GiB). The caller decides the order of
/// the entries.
class TarWriter final
{
public:
    /// \a target must be open for writing and outlive the writer.
    explicit TarWriter(QIODevice *target);

    /// Adds a directory entry named exactly \a name (Flux writes "." for the root and no trailing '/').
    /// \a mode holds the permission bits and the set-id and sticky bits (07777).
    Util::Result<void> addDirectoryEntry(const QString &name, int mode);
    /// Adds a regular file of \a size bytes read from \a content (which must yield exactly that many).
    Util::Result<void> addFileEntry(const QString &path, QIODevice &content, qint64 size, int mode);

    /// Adds a directory entry "path/" with mode 0755, as OCI layout archives hold them.
    Util::Result<void> addDirectory(const QString &path);
    /// Adds a regular file with mode 0755 when \a executable, else 0644.
    Util::Result<void> addFile(const QString &path, QIODevice &content, qint64 size, bool executable);
    /// Writes the end-of-archive marker (two zero blocks).
    Util::Result<void> finish();

    qint64 bytesWritten() const { return m_written; }

private:
    Util::Result<void> writeHeader(const QString &path, char type, qint64 size, int mode);
    Util::Result<void> writePaxHeader(const QByteArray &path, const QByteArray &records);
    Util::Result<void> writeBlock(const char *data, qint64 size);
    Util::Result<void> pad(qint64 size);

    QIODevice *m_target;
    qint64 m_written = 0;
};

} // namespace Oci
