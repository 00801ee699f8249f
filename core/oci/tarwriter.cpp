#include "tarwriter.h"

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
// The largest size an 11-digit octal field holds; bigger files need a PAX "size" record.
constexpr qint64 maxOctalSize = 077777777777LL;

void putOctal(char *field, int width, qint64 value)
{
    // width - 1 zero-padded digits, then NUL.
    for (int i = width - 2; i >= 0; --i) {
        field[i] = char('0' + (value & 7));
        value >>= 3;
    }
    field[width - 1] = '\0';
}

// Splits a path into ustar's prefix (155) and name (100) fields at a '/'; false when it cannot fit.
bool splitUstarPath(const QByteArray &path, QByteArray &prefix, QByteArray &name)
{
    if (path.size() <= 100) {
        name = path;
        return true;
    }
    for (int cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
        if (cut > 155)
            continue;
        if (path.size() - cut - 1 > 100 || path.size() - cut - 1 == 0)
            return false;
        prefix = path.left(cut);
        name = path.mid(cut + 1);
        return true;
    }
    return false;
}

// Fills in the checksum, computed with its own field filled with spaces.
void sealHeader(char *header)
{
    std::memset(header + 148, ' ', 8);
    int checksum = 0;
    for (int i = 0; i < blockSize; ++i)
        checksum += static_cast<unsigned char>(header[i]);
    putOctal(header + 148, 7, checksum);
    header[155] = ' ';
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
    return writeHeader(path + QLatin1Char('/'), '5', 0, 0755);
}

Util::Result<void> TarWriter::addFile(const QString &path, QIODevice &content, qint64 size, bool executable)
{
    if (auto header = writeHeader(path, '0', size, executable ? 0755 : 0644); !header)
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
    const QByteArray utf8 = path.toUtf8();
    QByteArray prefix;
    QByteArray name;
    QByteArray pax;
    if (!splitUstarPath(utf8, prefix, name)) {
        pax += paxRecord("path", utf8);
        name = utf8.left(100);
    }
    if (size > maxOctalSize)
        pax += paxRecord("size", QByteArray::number(size));
    if (!pax.isEmpty()) {
        if (auto written = writePaxHeader(pax); !written)
            return written;
    }

    char header[blockSize] = {};
    std::memcpy(header, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    putOctal(header + 100, 8, mode);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, size > maxOctalSize ? 0 : size);
    putOctal(header + 136, 12, 0);
    header[156] = type;
    std::memcpy(header + 257,
                "ustar\0"
                "00",
                8);
    putOctal(header + 329, 8, 0);
    putOctal(header + 337, 8, 0);
    std::memcpy(header + 345, prefix.constData(), size_t(qMin<qsizetype>(prefix.size(), 155)));

    sealHeader(header);
    return writeBlock(header, blockSize);
}

Util::Result<void> TarWriter::writePaxHeader(const QByteArray &records)
{
    char header[blockSize] = {};
    std::memcpy(header, "PaxHeader", 9);
    putOctal(header + 100, 8, 0644);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, records.size());
    putOctal(header + 136, 12, 0);
    header[156] = 'x';
    std::memcpy(header + 257,
                "ustar\0"
                "00",
                8);
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
