#pragma once

#include <QString>

#include "util/result.h"

class QIODevice;

namespace Oci {

/// One entry of a tar archive as its header describes it (PAX and GNU long names already applied).
struct TarEntry
{
    enum class Type { File, Directory, Symlink, HardLink, Other };

    QString path;
    Type type = Type::Other;
    char typeFlag = 0; ///< the raw type byte, for messages about unsupported entries
    qint64 size = 0;
    int mode = 0;
    QString linkTarget;
};

/// Reads a tar archive (ustar, PAX, GNU long names) from a sequential device, streaming: next() moves to the
/// following entry, skipping whatever content of the current one was not read.
class TarReader final
{
public:
    /// \a source must be open for reading and outlive the reader.
    explicit TarReader(QIODevice *source);

    /// Moves to the next entry: true when there is one, false at the end of the archive.
    Util::Result<bool> next();
    const TarEntry &entry() const { return m_entry; }

    /// Reads up to \a maxSize bytes of the current entry's content; 0 at its end, -1 on a read error.
    qint64 read(char *data, qint64 maxSize);
    QString errorString() const;

private:
    Util::Result<void> skipRemaining();
    Util::Result<QByteArray> readSpecialContent(qint64 size);
    bool readFully(char *data, qint64 size);
    Util::Error shortRead(const QString &what) const;

    QIODevice *m_source;
    TarEntry m_entry;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    bool m_ended = false;
    QString m_error;
    QString m_sourceFailure; ///< why the source failed, when it did rather than end
};

} // namespace Oci
