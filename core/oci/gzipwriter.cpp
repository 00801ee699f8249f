#include "gzipwriter.h"

#include <zlib.h>

namespace Oci {

namespace {

constexpr int outputBlockSize = 64 * 1024;
// zlib takes uInt lengths: feed it in slices that always fit.
constexpr qint64 maxSlice = 16 * 1024 * 1024;

} // namespace

struct GzipWriter::Stream
{
    z_stream z{};
    bool initialised = false;
    uLong crc = crc32(0, nullptr, 0);
    quint32 inputSize = 0; // modulo 2^32, as the gzip trailer stores it
};

GzipWriter::GzipWriter(QIODevice *target, int level, QObject *parent)
    : QIODevice(parent)
    , m_stream(std::make_unique<Stream>())
    , m_target(target)
    , m_level(level)
{
}

GzipWriter::~GzipWriter()
{
    if (m_stream->initialised)
        deflateEnd(&m_stream->z);
}

bool GzipWriter::open(OpenMode mode)
{
    if ((mode & ReadOnly) || !(mode & WriteOnly)) {
        setErrorString(tr("a gzip writer can only be opened for writing"));
        return false;
    }
    // Raw deflate (negative window bits): we write the header and the trailer ourselves so that they
    // carry no time stamp and no file name.
    if (deflateInit2(&m_stream->z, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        setErrorString(tr("cannot initialise the gzip compressor"));
        return false;
    }
    m_stream->initialised = true;

    // Magic, deflate, no flags, mtime 0, no extra flags, OS 255 ("unknown").
    static const char header[10] = {'\x1f', '\x8b', '\x08', 0, 0, 0, 0, 0, 0, '\xff'};
    if (!writeTarget(header, sizeof header))
        return false;
    return QIODevice::open(mode | Unbuffered);
}

qint64 GzipWriter::readData(char *, qint64)
{
    return -1;
}

qint64 GzipWriter::writeData(const char *data, qint64 size)
{
    if (m_finished)
        return -1;
    for (qint64 offset = 0; offset < size; offset += maxSlice) {
        const qint64 slice = qMin(maxSlice, size - offset);
        m_stream->crc = crc32(m_stream->crc, reinterpret_cast<const Bytef *>(data + offset), uInt(slice));
        m_stream->inputSize += quint32(slice);
        if (!deflateInput(data + offset, slice, Z_NO_FLUSH))
            return -1;
    }
    return size;
}

bool GzipWriter::deflateInput(const char *data, qint64 size, int flush)
{
    char output[outputBlockSize];
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    int status = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(output);
        z.avail_out = sizeof output;
        status = deflate(&z, flush);
        if (status == Z_STREAM_ERROR) {
            setErrorString(tr("gzip compression failed"));
            return false;
        }
        if (!writeTarget(output, qint64(sizeof output) - z.avail_out))
            return false;
    } while (z.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    return true;
}

bool GzipWriter::writeTarget(const char *data, qint64 size)
{
    qint64 written = 0;
    while (written < size) {
        const qint64 chunk = m_target->write(data + written, size - written);
        if (chunk <= 0) {
            setErrorString(tr("cannot write compressed data: %1").arg(m_target->errorString()));
            return false;
        }
        written += chunk;
    }
    m_compressedSize += size;
    return true;
}

Util::Result<void> GzipWriter::finish()
{
    if (m_finished)
        return m_failure.isEmpty() ? Util::Result<void>() : Util::makeError(m_failure);
    m_finished = true;
    if (!deflateInput(nullptr, 0, Z_FINISH)) {
        m_failure = errorString();
        return Util::makeError(m_failure);
    }

    // Trailer: CRC-32 and input size, both little-endian.
    char trailer[8];
    const quint32 values[2] = {quint32(m_stream->crc), m_stream->inputSize};
    for (int i = 0; i < 2; ++i) {
        for (int byte = 0; byte < 4; ++byte)
            trailer[i * 4 + byte] = char((values[i] >> (8 * byte)) & 0xff);
    }
    if (!writeTarget(trailer, sizeof trailer)) {
        m_failure = errorString();
        return Util::makeError(m_failure);
    }
    return {};
}

void GzipWriter::close()
{
    if (isOpen())
        (void)finish();
    QIODevice::close();
}

} // namespace Oci
