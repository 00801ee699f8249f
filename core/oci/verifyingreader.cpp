#include "verifyingreader.h"

namespace Oci {

VerifyingReader::VerifyingReader(std::unique_ptr<QIODevice> source, const Digest &digest, qint64 size,
                                 const QString &where)
    : m_source(std::move(source))
    , m_digest(digest)
    , m_size(size)
    , m_where(where)
    , m_hasher(digest.algorithm())
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

VerifyingReader::~VerifyingReader() = default;

bool VerifyingReader::atEnd() const
{
    return m_verified;
}

qint64 VerifyingReader::readData(char *data, qint64 maxSize)
{
    if (m_verified || maxSize <= 0)
        return 0;
    const qint64 left = m_size - m_hasher.bytesHashed();
    const qint64 read = m_source->read(data, qMin(maxSize, left));
    if (read < 0) {
        setErrorString(tr("%1: %2").arg(m_where, m_source->errorString()));
        return -1;
    }
    if (read == 0) {
        setErrorString(tr("%1 ends after %2 of its %3 bytes").arg(m_where).arg(m_hasher.bytesHashed()).arg(m_size));
        return -1;
    }
    m_hasher.addData(data, read);
    if (m_progress)
        m_progress(m_hasher.bytesHashed(), m_size);
    if (m_hasher.bytesHashed() < m_size)
        return read;

    // The last bytes: handed over only once the whole blob is proved.
    const Digest actual = m_hasher.result();
    if (actual != m_digest) {
        setErrorString(tr("%1 does not match its digest: its bytes hash to %2").arg(m_where, actual.toString()));
        return -1;
    }
    m_verified = true;
    return read;
}

qint64 VerifyingReader::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Oci
