#include "pemcheck.h"

#include <memory>

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace Topology {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Deleter
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QString opensslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return tr("no PEM data");
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString subjectOf(X509 *certificate)
{
    char buffer[512] = {};
    X509_NAME_oneline(X509_get_subject_name(certificate), buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

// Counts "-----BEGIN CERTIFICATE-----" blocks so that a broken block after good ones is not missed.
qsizetype certificateBlocks(const QByteArray &pem)
{
    return pem.count("-----BEGIN CERTIFICATE-----");
}

} // namespace

Util::Result<QList<CertificateSummary>> parseCertificates(const QByteArray &pem)
{
    const qsizetype expected = certificateBlocks(pem);
    if (expected == 0)
        return Util::makeError(tr("holds no PEM certificate (no '-----BEGIN CERTIFICATE-----' line)"));

    ERR_clear_error();
    const BioPtr bio = memoryBio(pem);
    QList<CertificateSummary> certificates;
    while (certificates.size() < expected) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate) {
            return Util::makeError(tr("certificate %1 of %2 does not parse: %3")
                                       .arg(certificates.size() + 1)
                                       .arg(expected)
                                       .arg(opensslReason()));
        }
        certificates.append({subjectOf(certificate.get()), toDateTime(X509_get0_notAfter(certificate.get()))});
    }
    return certificates;
}

Util::Result<void> checkKeyMatchesCertificate(const QByteArray &keyPem, const QByteArray &certificatePem)
{
    if (keyPem.contains("ENCRYPTED"))
        return Util::makeError(tr("the private key is encrypted; Flux needs it unencrypted"));

    ERR_clear_error();
    const BioPtr keyBio = memoryBio(keyPem);
    // An empty passphrase callback result keeps OpenSSL from prompting on a terminal.
    const KeyPtr key(PEM_read_bio_PrivateKey(
        keyBio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr));
    if (!key)
        return Util::makeError(tr("the private key does not parse: %1").arg(opensslReason()));

    const BioPtr certificateBio = memoryBio(certificatePem);
    const X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (!certificate)
        return Util::makeError(tr("the certificate does not parse: %1").arg(opensslReason()));
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return Util::makeError(
            tr("the private key does not belong to the certificate '%1'").arg(subjectOf(certificate.get())));
    }
    return {};
}

} // namespace Topology
