#include "gzipreader.h"

#include <zlib.h>

namespace Oci {

namespace {

constexpr int inputBlockSize = 64 * 1024;
constexpr int sourceWaitMs = 120'000;

} // namespace

struct GzipReader::Stream
{
    z_stream z{};
    bool initialised = false;
    char input[inputBlockSize];
    bool sourceDone = false;
};

GzipReader::GzipReader(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_stream(std::make_unique<Stream>())
    , m_source(source)
{
}

GzipReader::~GzipReader()
{
    if (m_stream->initialised)
        inflateEnd(&m_stream->z);
}

bool GzipReader::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly)) {
        setErrorString(tr("a gzip reader can only be opened for reading"));
        return false;
    }
    // 16 + window bits: accept the gzip wrapper only, so a plain deflate or zlib stream is an error.
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) != Z_OK) {
        setErrorString(tr("cannot initialise the gzip decompressor"));
        return false;
    }
    m_stream->initialised = true;
    return QIODevice::open(mode);
}

bool GzipReader::atEnd() const
{
    return m_ended && QIODevice::atEnd();
}

bool GzipReader::refill()
{
    qint64 read = m_source->read(m_stream->input, inputBlockSize);
    // A source that is still arriving (a download) may have nothing for the moment.
    while (read == 0 && m_source->isSequential() && !m_source->atEnd()) {
        if (!m_source->waitForReadyRead(sourceWaitMs) && m_source->bytesAvailable() == 0 && !m_source->atEnd()) {
            setErrorString(tr("the compressed data stalled: %1").arg(m_source->errorString()));
            return false;
        }
        read = m_source->read(m_stream->input, inputBlockSize);
    }
    if (read < 0) {
        setErrorString(tr("cannot read compressed data: %1").arg(m_source->errorString()));
        return false;
    }
    if (read == 0)
        m_stream->sourceDone = true;
    m_stream->z.next_in = reinterpret_cast<Bytef *>(m_stream->input);
    m_stream->z.avail_in = uInt(read);
    return true;
}

qint64 GzipReader::readData(char *data, qint64 maxSize)
{
    // QIODevice may ask for nothing; the loop below runs until some output is produced.
    if (maxSize <= 0)
        return 0;
    z_stream &z = m_stream->z;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
    const uInt wanted = z.avail_out;

    while (z.avail_out == wanted && !m_ended) {
        if (z.avail_in == 0 && !m_stream->sourceDone && !refill())
            return -1;
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            // Another member may follow; anything else after the trailer is an error.
            if (z.avail_in == 0 && !m_stream->sourceDone && !refill())
                return -1;
            if (z.avail_in == 0) {
                m_ended = true;
                break;
            }
            inflateReset(&z);
            continue;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            setErrorString(tr("the gzip data is corrupt: %1").arg(QString::fromLatin1(z.msg ? z.msg : "")));
            return -1;
        }
        // Output still held by the decompressor comes out above; with no input left and none produced, the
        // data stops short.
        if (m_stream->sourceDone && z.avail_in == 0 && z.avail_out == wanted) {
            setErrorString(tr("the gzip data ends before its trailer"));
            return -1;
        }
    }
    return qint64(wanted - z.avail_out);
}

qint64 GzipReader::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Oci
