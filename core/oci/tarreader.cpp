#include "tarreader.h"

#include <cstring>

#include <QCoreApplication>
#include <QIODevice>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::TarReader", text);
}

constexpr int blockSize = 512;
// Extended headers and GNU long names are read into memory: cap them.
constexpr qint64 maxSpecialSize = 1024 * 1024;

qint64 paddingFor(qint64 size)
{
    return (blockSize - size % blockSize) % blockSize;
}

QByteArray field(const char *header, int offset, int width)
{
    const char *start = header + offset;
    const void *nul = std::memchr(start, 0, size_t(width));
    return QByteArray(start, nul ? int(static_cast<const char *>(nul) - start) : width);
}

// Octal with optional spaces/NULs around it, or GNU base-256 for large values.
bool parseNumber(const char *header, int offset, int width, qint64 &value)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(header + offset);
    if (bytes[0] & 0x80) {
        value = 0;
        for (int i = 1; i < width; ++i)
            value = (value << 8) | bytes[i];
        return value >= 0;
    }
    const QByteArray text = field(header, offset, width).trimmed();
    if (text.isEmpty()) {
        value = 0;
        return true;
    }
    bool ok = false;
    value = text.toLongLong(&ok, 8);
    return ok && value >= 0;
}

bool checksumMatches(const char *header)
{
    qint64 stored = 0;
    if (!parseNumber(header, 148, 8, stored))
        return false;
    qint64 sum = 0;
    for (int i = 0; i < blockSize; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(header[i]);
    return sum == stored;
}

TarEntry::Type typeFor(char flag)
{
    switch (flag) {
    case '0':
    case '\0':
    case '7':
        return TarEntry::Type::File;
    case '5':
        return TarEntry::Type::Directory;
    case '2':
        return TarEntry::Type::Symlink;
    case '1':
        return TarEntry::Type::HardLink;
    default:
        return TarEntry::Type::Other;
    }
}

// Applies the "path", "linkpath" and "size" records of a PAX extended header.
void applyPax(const QByteArray &records, QString &path, QString &link, qint64 &size)
{
    qsizetype position = 0;
    while (position < records.size()) {
        const qsizetype space = records.indexOf(' ', position);
        if (space < 0)
            return;
        const qint64 length = records.mid(position, space - position).toLongLong();
        if (length <= 0 || position + length > records.size())
            return;
        const QByteArray record = records.mid(space + 1, position + length - space - 2);
        const qsizetype equals = record.indexOf('=');
        const QByteArray key = record.left(equals);
        const QByteArray value = record.mid(equals + 1);
        if (key == "path")
            path = QString::fromUtf8(value);
        else if (key == "linkpath")
            link = QString::fromUtf8(value);
        else if (key == "size")
            size = value.toLongLong();
        position += length;
    }
}

} // namespace

TarReader::TarReader(QIODevice *source)
    : m_source(source)
{
}

bool TarReader::readFully(char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 read = m_source->read(data + done, size - done);
        if (read < 0)
            m_sourceFailure = m_source->errorString();
        if (read <= 0)
            return false;
        done += read;
    }
    return true;
}

Util::Error TarReader::shortRead(const QString &what) const
{
    // A source that failed (a download refused, a digest that does not match) says why; only a source that
    // simply ended makes the archive itself the problem.
    return Util::makeError(m_sourceFailure.isEmpty() ? what : m_sourceFailure);
}

Util::Result<void> TarReader::skipRemaining()
{
    char buffer[64 * 1024];
    qint64 left = m_remaining + m_padding;
    while (left > 0) {
        const qint64 chunk = qMin<qint64>(left, sizeof buffer);
        if (!readFully(buffer, chunk))
            return shortRead(tr("the archive ends inside entry '%1'").arg(m_entry.path));
        left -= chunk;
    }
    m_remaining = 0;
    m_padding = 0;
    return {};
}

Util::Result<QByteArray> TarReader::readSpecialContent(qint64 size)
{
    if (size > maxSpecialSize)
        return Util::makeError(tr("an extended tar header of %1 bytes is larger than allowed").arg(size));
    QByteArray content(size + paddingFor(size), Qt::Uninitialized);
    if (!readFully(content.data(), content.size()))
        return shortRead(tr("the archive ends inside an extended header"));
    content.truncate(size);
    return content;
}

Util::Result<bool> TarReader::next()
{
    if (m_ended)
        return false;
    if (auto skipped = skipRemaining(); !skipped)
        return skipped.error();

    QString longPath;
    QString longLink;
    qint64 paxSize = -1;
    for (;;) {
        char header[blockSize];
        if (!readFully(header, blockSize))
            return shortRead(tr("the archive ends without its end-of-archive marker"));
        if (std::all_of(header, header + blockSize, [](char c) { return c == 0; })) {
            m_ended = true;
            return false;
        }
        if (!checksumMatches(header))
            return Util::makeError(tr("a tar header has a wrong checksum (not a tar archive, or corrupt)"));

        qint64 size = 0;
        if (!parseNumber(header, 124, 12, size))
            return Util::makeError(tr("a tar header has an unreadable size field"));
        const char flag = header[156];

        // Headers that describe the next entry: PAX extended (x), PAX global (g), GNU long name/link (L/K).
        if (flag == 'x' || flag == 'g' || flag == 'L' || flag == 'K') {
            auto content = readSpecialContent(size);
            if (!content)
                return content.error();
            if (flag == 'x')
                applyPax(*content, longPath, longLink, paxSize);
            else if (flag == 'L')
                longPath = QString::fromUtf8(field(content->constData(), 0, int(content->size())));
            else if (flag == 'K')
                longLink = QString::fromUtf8(field(content->constData(), 0, int(content->size())));
            continue;
        }

        QString path = QString::fromUtf8(field(header, 0, 100));
        const QByteArray prefix = field(header, 345, 155);
        if (std::memcmp(header + 257, "ustar", 5) == 0 && !prefix.isEmpty())
            path = QString::fromUtf8(prefix) + QLatin1Char('/') + path;
        qint64 mode = 0;
        parseNumber(header, 100, 8, mode);

        m_entry = TarEntry{};
        m_entry.path = longPath.isEmpty() ? path : longPath;
        m_entry.typeFlag = flag;
        m_entry.type = typeFor(flag);
        m_entry.size = paxSize >= 0 ? paxSize : size;
        m_entry.mode = int(mode & 07777);
        m_entry.linkTarget = longLink.isEmpty() ? QString::fromUtf8(field(header, 157, 100)) : longLink;
        if (m_entry.type == TarEntry::Type::Directory && m_entry.path.endsWith(QLatin1Char('/')))
            m_entry.path.chop(1);

        // Only regular files carry content in practice; honour the size of anything else too.
        m_remaining = m_entry.size;
        m_padding = paddingFor(m_entry.size);
        return true;
    }
}

qint64 TarReader::read(char *data, qint64 maxSize)
{
    if (m_remaining == 0)
        return 0;
    const qint64 read = m_source->read(data, qMin(maxSize, m_remaining));
    if (read <= 0) {
        m_error = read == 0 ? tr("the archive ends inside entry '%1'").arg(m_entry.path) : m_source->errorString();
        return -1;
    }
    m_remaining -= read;
    return read;
}

QString TarReader::errorString() const
{
    return m_error;
}

} // namespace Oci
