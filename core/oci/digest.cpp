#include "digest.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <openssl/evp.h>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::Digest", text);
}

const EVP_MD *messageDigest(Digest::Algorithm algorithm)
{
    return algorithm == Digest::Algorithm::Sha512 ? EVP_sha512() : EVP_sha256();
}

constexpr qint64 blockSize = 1024 * 1024;

} // namespace

struct DigestHasher::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

DigestHasher::DigestHasher(Digest::Algorithm algorithm)
    : m_context(std::make_unique<Context>())
    , m_algorithm(algorithm)
{
    EVP_DigestInit_ex(m_context->ctx, messageDigest(algorithm), nullptr);
}

DigestHasher::~DigestHasher() = default;

void DigestHasher::addData(const char *data, qint64 size)
{
    EVP_DigestUpdate(m_context->ctx, data, static_cast<size_t>(size));
    m_bytes += size;
}

Digest DigestHasher::result()
{
    unsigned char raw[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, raw, &length);
    EVP_DigestInit_ex(m_context->ctx, messageDigest(m_algorithm), nullptr);
    m_bytes = 0;

    Digest digest;
    digest.m_algorithm = m_algorithm;
    digest.m_hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), int(length)).toHex());
    return digest;
}

Util::Result<Digest> Digest::parse(const QString &text)
{
    static const QRegularExpression sha256(QStringLiteral("^sha256:[a-f0-9]{64}$"));
    static const QRegularExpression sha512(QStringLiteral("^sha512:[a-f0-9]{128}$"));

    Digest digest;
    if (sha256.match(text).hasMatch()) {
        digest.m_algorithm = Algorithm::Sha256;
    } else if (sha512.match(text).hasMatch()) {
        digest.m_algorithm = Algorithm::Sha512;
    } else {
        return Util::makeError(
            tr("'%1' is not a digest: expected sha256:<64 lower-case hex> or sha512:<128 lower-case hex>")
                .arg(text));
    }
    digest.m_hex = text.mid(text.indexOf(QLatin1Char(':')) + 1);
    return digest;
}

Digest Digest::ofBytes(const QByteArray &data, Algorithm algorithm)
{
    DigestHasher hasher(algorithm);
    hasher.addData(data);
    return hasher.result();
}

Util::Result<Digest> Digest::ofDevice(QIODevice &device, Algorithm algorithm)
{
    DigestHasher hasher(algorithm);
    QByteArray block(blockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(block.data(), blockSize);
        if (read < 0)
            return Util::makeError(tr("read error while hashing: %1").arg(device.errorString()));
        if (read == 0)
            break;
        hasher.addData(block.constData(), read);
    }
    return hasher.result();
}

Util::Result<Digest> Digest::ofFile(const QString &path, Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Util::Error{tr("cannot open: %1").arg(file.errorString()), path, 0, 0};
    return ofDevice(file, algorithm);
}

QString Digest::algorithmName() const
{
    return m_algorithm == Algorithm::Sha512 ? QStringLiteral("sha512") : QStringLiteral("sha256");
}

QString Digest::toString() const
{
    return isValid() ? algorithmName() + QLatin1Char(':') + m_hex : QString();
}

} // namespace Oci
