#pragma once

#include <functional>
#include <memory>

#include <QIODevice>

#include "oci/digest.h"

namespace Oci {

/// Reads a blob through to its consumer while hashing it, and holds back its last bytes until they prove
/// the digest: content that does not match ends in a read error, so a consumer never finishes on it.
///
/// For sources that are not checked on the way anyway (a blob file in a layout directory), so that
/// extracting or copying from them is as safe as from a registry.
class VerifyingReader final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyingReader)

public:
    /// \a where names the source in messages (a file path).
    VerifyingReader(std::unique_ptr<QIODevice> source, const Digest &digest, qint64 size, const QString &where);
    ~VerifyingReader() override;

    /// Called with the bytes passed on so far and the blob's size, after each read.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }

    bool isSequential() const override { return true; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::unique_ptr<QIODevice> m_source;
    Digest m_digest;
    qint64 m_size;
    QString m_where;
    DigestHasher m_hasher;
    bool m_verified = false;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace Oci
