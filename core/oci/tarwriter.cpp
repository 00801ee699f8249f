#include "tarwriter.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QIODevice>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::TarWriter", text);
}

constexpr int blockSize = 512;
constexpr qint64 copyBlockSize = 256 * 1024;
constexpr int nameSize = 100;
constexpr int prefixSize = 155;
// The largest size an 11-digit octal field holds; bigger files need a PAX "size" record.
constexpr qint64 maxOctalSize = 077777777777LL;

// Field offsets of the ustar header.
constexpr int nameOffset = 0;
constexpr int modeOffset = 100;
constexpr int uidOffset = 108;
constexpr int gidOffset = 116;
constexpr int sizeOffset = 124;
constexpr int mtimeOffset = 136;
constexpr int checksumOffset = 148;
constexpr int typeOffset = 156;
constexpr int magicOffset = 257;
constexpr int devMajorOffset = 329;
constexpr int devMinorOffset = 337;
constexpr int prefixOffset = 345;

void putOctal(char *field, int width, qint64 value)
{
    // width - 1 zero-padded digits, then NUL.
    for (int i = width - 2; i >= 0; --i) {
        field[i] = char('0' + (value & 7));
        value >>= 3;
    }
    field[width - 1] = '\0';
}

// Copies \a text into a field, cut at its width, NUL-terminated when shorter. A cut that leaves a '/' in the
// last byte loses its trailing slashes, so that no reader takes a file for a directory (Go does the same).
void putString(char *field, int width, const QByteArray &text)
{
    std::memcpy(field, text.constData(), size_t(qMin<qsizetype>(text.size(), width)));
    if (text.size() < width)
        field[text.size()] = '\0';
    if (text.size() > width && field[width - 1] == '/') {
        qsizetype end = width - 1;
        while (end > 0 && text.at(end - 1) == '/')
            --end;
        field[end] = '\0';
    }
}

bool isAscii(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// What an ASCII-only field can hold of a name: every other character dropped.
QByteArray toAscii(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text) {
        if (c != '\0' && static_cast<unsigned char>(c) < 0x80)
            out += c;
    }
    return out;
}

// Splits a long ASCII name into ustar's prefix and name fields at the last '/' that leaves both within their
// widths; false when there is none. A trailing '/' is not a place to split.
bool splitUstarPath(const QByteArray &path, QByteArray &prefix, QByteArray &name)
{
    qsizetype length = path.size();
    if (length <= nameSize || !isAscii(path))
        return false;
    if (length > prefixSize + 1)
        length = prefixSize + 1;
    else if (path.at(length - 1) == '/')
        --length;
    const qsizetype cut = path.left(length).lastIndexOf('/');
    const qsizetype nameLength = path.size() - cut - 1;
    if (cut <= 0 || nameLength > nameSize || nameLength == 0 || cut > prefixSize)
        return false;
    prefix = path.left(cut);
    name = path.mid(cut + 1);
    return true;
}

// Fills in the magic and the checksum, computed with its own field filled with spaces.
void sealHeader(char *header)
{
    std::memcpy(header + magicOffset,
                "ustar\0"
                "00",
                8);
    std::memset(header + checksumOffset, ' ', 8);
    int checksum = 0;
    for (int i = 0; i < blockSize; ++i)
        checksum += static_cast<unsigned char>(header[i]);
    putOctal(header + checksumOffset, 7, checksum);
    header[checksumOffset + 7] = ' ';
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    // "<length> key=value\n" where length counts itself.
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qint64 length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() > length)
        ++length;
    return QByteArray::number(length) + body;
}

} // namespace

TarWriter::TarWriter(QIODevice *target)
    : m_target(target)
{
}

Util::Result<void> TarWriter::addDirectory(const QString &path)
{
    return addDirectoryEntry(path + QLatin1Char('/'), 0755);
}

Util::Result<void> TarWriter::addFile(const QString &path, QIODevice &content, qint64 size, bool executable)
{
    return addFileEntry(path, content, size, executable ? 0755 : 0644);
}

Util::Result<void> TarWriter::addDirectoryEntry(const QString &name, int mode)
{
    return writeHeader(name, '5', 0, mode);
}

Util::Result<void> TarWriter::addFileEntry(const QString &path, QIODevice &content, qint64 size, int mode)
{
    if (auto header = writeHeader(path, '0', size, mode); !header)
        return header;

    QByteArray buffer(copyBlockSize, Qt::Uninitialized);
    qint64 copied = 0;
    while (copied < size) {
        const qint64 read = content.read(buffer.data(), qMin(copyBlockSize, size - copied));
        if (read <= 0)
            return Util::Error{tr("the file ended or failed after %1 of %2 bytes: %3")
                                   .arg(copied)
                                   .arg(size)
                                   .arg(content.errorString()),
                               path, 0, 0};
        if (auto written = writeBlock(buffer.constData(), read); !written)
            return written;
        copied += read;
    }
    return pad(size);
}

Util::Result<void> TarWriter::finish()
{
    const char zeros[2 * blockSize] = {};
    return writeBlock(zeros, sizeof zeros);
}

Util::Result<void> TarWriter::writeHeader(const QString &path, char type, qint64 size, int mode)
{
    // ustar when the name fits it, as Go prefers; otherwise PAX records carry what ustar cannot, and the
    // PAX record of a name that is not plain short ASCII is written even where ustar could have split it.
    const QByteArray utf8 = path.toUtf8();
    const bool plainName = utf8.size() <= nameSize && isAscii(utf8);
    QByteArray prefix;
    QByteArray name = utf8;
    const bool ustar = (plainName || splitUstarPath(utf8, prefix, name)) && size <= maxOctalSize;
    if (!ustar) {
        QByteArray records;
        if (!plainName)
            records += paxRecord("path", utf8);
        if (size > maxOctalSize)
            records += paxRecord("size", QByteArray::number(size));
        if (auto written = writePaxHeader(utf8, records); !written)
            return written;
        prefix.clear();
        name = toAscii(utf8);
    }

    char header[blockSize] = {};
    putString(header + nameOffset, nameSize, name);
    putOctal(header + modeOffset, 8, mode);
    putOctal(header + uidOffset, 8, 0);
    putOctal(header + gidOffset, 8, 0);
    putOctal(header + sizeOffset, 12, size > maxOctalSize ? 0 : size);
    putOctal(header + mtimeOffset, 12, 0);
    header[typeOffset] = type;
    putOctal(header + devMajorOffset, 8, 0);
    putOctal(header + devMinorOffset, 8, 0);
    putString(header + prefixOffset, prefixSize, prefix);

    sealHeader(header);
    return writeBlock(header, blockSize);
}

Util::Result<void> TarWriter::writePaxHeader(const QByteArray &path, const QByteArray &records)
{
    // Named after the entry it describes, inside a "PaxHeaders.0" directory beside it.
    const qsizetype slash = path.lastIndexOf('/');
    QByteArray name = toAscii(path.left(slash + 1) + "PaxHeaders.0/" + path.mid(slash + 1)).left(nameSize);
    while (name.endsWith('/'))
        name.chop(1);

    // Device numbers stay NUL-filled in this header, unlike in the entry's own.
    char header[blockSize] = {};
    putString(header + nameOffset, nameSize, name);
    putOctal(header + modeOffset, 8, 0);
    putOctal(header + uidOffset, 8, 0);
    putOctal(header + gidOffset, 8, 0);
    putOctal(header + sizeOffset, 12, records.size());
    putOctal(header + mtimeOffset, 12, 0);
    header[typeOffset] = 'x';
    sealHeader(header);

    if (auto written = writeBlock(header, blockSize); !written)
        return written;
    if (auto written = writeBlock(records.constData(), records.size()); !written)
        return written;
    return pad(records.size());
}

Util::Result<void> TarWriter::writeBlock(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 written = m_target->write(data + done, size - done);
        if (written <= 0)
            return Util::makeError(tr("cannot write the archive: %1").arg(m_target->errorString()));
        done += written;
    }
    m_written += size;
    return {};
}

Util::Result<void> TarWriter::pad(qint64 size)
{
    const char zeros[blockSize] = {};
    const qint64 remainder = size % blockSize;
    return remainder == 0 ? Util::Result<void>() : writeBlock(zeros, blockSize - remainder);
}

} // namespace Oci
