#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "util/result.h"

class QIODevice;

namespace Oci {

/// A content digest "algorithm:hex" as the OCI image spec defines it (sha256 and sha512 are supported).
class Digest
{
public:
    enum class Algorithm { Sha256, Sha512 };

    Digest() = default;

    /// Parses and validates "sha256:<64 hex>" or "sha512:<128 hex>" (lower-case hex only).
    static Util::Result<Digest> parse(const QString &text);
    static Digest ofBytes(const QByteArray &data, Algorithm algorithm = Algorithm::Sha256);
    /// Hashes a device from its current position to the end, in blocks; never loads it whole.
    static Util::Result<Digest> ofDevice(QIODevice &device, Algorithm algorithm = Algorithm::Sha256);
    static Util::Result<Digest> ofFile(const QString &path, Algorithm algorithm = Algorithm::Sha256);

    bool isValid() const { return !m_hex.isEmpty(); }
    Algorithm algorithm() const { return m_algorithm; }
    QString algorithmName() const;
    QString hex() const { return m_hex; }
    QString toString() const;

    friend bool operator==(const Digest &a, const Digest &b)
    {
        return a.m_algorithm == b.m_algorithm && a.m_hex == b.m_hex;
    }
    friend bool operator!=(const Digest &a, const Digest &b) { return !(a == b); }

private:
    Algorithm m_algorithm = Algorithm::Sha256;
    QString m_hex;

    friend class DigestHasher;
};

/// Incremental hashing for streams: feed blocks as they arrive, then take the digest.
class DigestHasher
{
public:
    explicit DigestHasher(Digest::Algorithm algorithm = Digest::Algorithm::Sha256);
    ~DigestHasher();
    DigestHasher(const DigestHasher &) = delete;
    DigestHasher &operator=(const DigestHasher &) = delete;

    void addData(const char *data, qint64 size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    qint64 bytesHashed() const { return m_bytes; }
    /// Finishes the hash; the hasher starts over afterwards.
    Digest result();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    Digest::Algorithm m_algorithm;
    qint64 m_bytes = 0;
};

} // namespace Oci
