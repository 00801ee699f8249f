#include "tlsmaterial.h"

#include <memory>

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::TlsMaterial", text);
}

struct Free
{
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};
using BioPtr = std::unique_ptr<BIO, Free>;
using X509Ptr = std::unique_ptr<X509, Free>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;

Util::Error errorAt(const QString &source, int line, const QString &message)
{
    return Util::Error{message, source, line, 0};
}

// The queued OpenSSL errors as one line; empties the queue so later calls start clean.
QString takeOpenSslErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts.append(QString::fromLatin1(buffer));
    }
    return parts.join(QLatin1String("; "));
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QString bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, size);
}

QString nameText(const X509_NAME *name)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return bioText(bio.get());
}

QString commonName(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QStringList subjectAltNames(X509 *certificate)
{
    QStringList result;
    const std::unique_ptr<GENERAL_NAMES, Free> names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;

    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        const BioPtr bio(BIO_new(BIO_s_mem()));
        GENERAL_NAME_print(bio.get(), name);
        result.append(bioText(bio.get()).replace(QLatin1String("IP Address:"), QLatin1String("IP:")));
    }
    return result;
}

QString keyTypeName(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_EC: {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1)
            return QStringLiteral("EC (%1)").arg(QString::fromLatin1(group, qsizetype(length)));
        return QStringLiteral("EC");
    }
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

QString sha256Fingerprint(const X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(certificate, EVP_sha256(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), length).toHex(':').toUpper());
}

CertificateInfo describe(X509 *certificate, int line)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.commonName = commonName(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.subjectAltNames = subjectAltNames(certificate);
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));
    info.sha256Fingerprint = sha256Fingerprint(certificate);
    info.isCa = X509_check_ca(certificate) != 0;
    info.line = line;

    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char *hex = BN_bn2hex(serial);
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    if (const EVP_PKEY *key = X509_get0_pubkey(certificate)) {
        info.keyType = keyTypeName(key);
        info.keyBits = EVP_PKEY_get_bits(key);
    }

    const BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    info.pem = bioText(bio.get()).toUtf8();
    return info;
}

X509Ptr parseCertificate(const QByteArray &pem)
{
    const BioPtr bio = memoryBio(pem);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QString certificateName(const CertificateInfo &certificate)
{
    return certificate.commonName.isEmpty() ? certificate.subject : QStringLiteral("CN=") + certificate.commonName;
}

bool isBeginMarker(const QString &line)
{
    return line.startsWith(QLatin1String("-----BEGIN ")) && line.endsWith(QLatin1String("-----")) && line.size() > 16;
}

// Rebuilds one block from its trimmed lines: headers kept, base64 re-wrapped at 64 columns.
QByteArray canonicalBlock(const QString &label, const QStringList &headers, const QString &base64)
{
    QByteArray out = "-----BEGIN " + label.toLatin1() + "-----\n";
    for (const QString &header : headers)
        out += header.toLatin1() + '\n';
    if (!headers.isEmpty())
        out += '\n';
    for (qsizetype at = 0; at < base64.size(); at += 64)
        out += base64.mid(at, 64).toLatin1() + '\n';
    out += "-----END " + label.toLatin1() + "-----\n";
    return out;
}

int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    const auto *passphrase = static_cast<const QByteArray *>(userData);
    const int length = int(qMin<qsizetype>(passphrase->size(), size));
    memcpy(buffer, passphrase->constData(), size_t(length));
    return length;
}

QString keyFormat(const PemBlock &block)
{
    if (block.label == QLatin1String("ENCRYPTED PRIVATE KEY"))
        return tr("encrypted PKCS#8");
    if (block.label == QLatin1String("RSA PRIVATE KEY"))
        return block.legacyEncrypted ? tr("legacy encrypted PKCS#1") : QStringLiteral("PKCS#1");
    if (block.label == QLatin1String("EC PRIVATE KEY"))
        return block.legacyEncrypted ? tr("legacy encrypted SEC1") : QStringLiteral("SEC1");
    return QStringLiteral("PKCS#8");
}

bool isPrivateKeyLabel(const QString &label)
{
    return label.endsWith(QLatin1String("PRIVATE KEY"));
}

// Collects the blocks of a PEM text, one trimmed line at a time; lines outside blocks are ignored.
struct PemScanner
{
    QString source;
    QList<PemBlock> blocks;
    PemBlock current;
    QStringList headers;
    QString base64;
    bool inBlock = false;

    Util::Result<void> feed(const QString &line, int number)
    {
        if (!inBlock) {
            if (isBeginMarker(line)) {
                current = PemBlock{line.mid(11, line.size() - 16), {}, number, false};
                headers.clear();
                base64.clear();
                inBlock = true;
            }
            return {};
        }

        if (line.startsWith(QLatin1String("-----END ")))
            return end(line.mid(9, line.size() - 14), number);
        if (isBeginMarker(line))
            return errorAt(source, number,
                           tr("Truncated PEM: the %1 block that begins at line %2 has no END line before the next "
                              "BEGIN at line %3.")
                               .arg(current.label)
                               .arg(current.line)
                               .arg(number));
        if (line.contains(QLatin1Char(':')))
            headers.append(line); // RFC 1421 headers such as Proc-Type and DEK-Info
        else
            base64 += line;
        return {};
    }

    Util::Result<void> end(const QString &label, int number)
    {
        if (label != current.label)
            return errorAt(source, number,
                           tr("The %1 block that begins at line %2 ends with END %3.")
                               .arg(current.label)
                               .arg(current.line)
                               .arg(label));
        current.pem = canonicalBlock(current.label, headers, base64);
        current.legacyEncrypted = headers.contains(QLatin1String("Proc-Type: 4,ENCRYPTED"));
        blocks.append(current);
        inBlock = false;
        return {};
    }
};

// The first private key block, or a message saying what the file holds instead.
Util::Result<const PemBlock *> findKeyBlock(const QList<PemBlock> &blocks, const QString &source)
{
    for (const PemBlock &block : blocks) {
        if (block.label == QLatin1String("OPENSSH PRIVATE KEY"))
            return errorAt(source, block.line,
                           tr("This is an OpenSSH key; TLS needs a PEM key (PKCS#1, PKCS#8 or SEC1)."));
        if (isPrivateKeyLabel(block.label))
            return &block;
    }
    for (const PemBlock &block : blocks) {
        if (block.label == QLatin1String("CERTIFICATE"))
            return errorAt(source, block.line,
                           tr("This holds a certificate, not a private key: are the "
                              "certificate and key files swapped?"));
    }
    return errorAt(source, 0, tr("No private key found (no BEGIN ... PRIVATE KEY line)."));
}

} // namespace

Util::Result<QList<PemBlock>> TlsMaterial::splitPem(const QByteArray &data, const QString &source)
{
    QByteArray text = data;
    text.replace("\r\n", "\n").replace('\r', '\n');
    const QList<QByteArray> lines = text.split('\n');

    PemScanner scanner;
    scanner.source = source;
    for (int index = 0; index < lines.size(); ++index) {
        if (auto fed = scanner.feed(QString::fromUtf8(lines.at(index)).trimmed(), index + 1); !fed)
            return fed.error();
    }
    if (scanner.inBlock)
        return errorAt(source, scanner.current.line,
                       tr("Truncated PEM: the %1 block that begins at line %2 has no END line "
                          "(missing END line after line %3).")
                           .arg(scanner.current.label)
                           .arg(scanner.current.line)
                           .arg(lines.size()));
    return scanner.blocks;
}

Util::Result<QList<CertificateInfo>> TlsMaterial::readCertificates(const QByteArray &data, const QString &source)
{
    ERR_clear_error();
    QList<CertificateInfo> certificates;

    // A single DER certificate starts with an ASN.1 SEQUENCE.
    if (!data.isEmpty() && data.at(0) == 0x30) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
        X509Ptr certificate(d2i_X509(nullptr, &bytes, long(data.size())));
        if (!certificate)
            return errorAt(source, 0,
                           tr("Not a PEM file, and not a DER certificate either: %1").arg(takeOpenSslErrors()));
        certificates.append(describe(certificate.get(), 0));
        return certificates;
    }

    const auto blocks = splitPem(data, source);
    if (!blocks)
        return blocks.error();
    for (const PemBlock &block : *blocks) {
        if (block.label != QLatin1String("CERTIFICATE") && block.label != QLatin1String("X509 CERTIFICATE"))
            continue;
        const X509Ptr certificate = parseCertificate(block.pem);
        if (!certificate)
            return errorAt(source, block.line,
                           tr("The certificate that begins at line %1 cannot be decoded: %2")
                               .arg(block.line)
                               .arg(takeOpenSslErrors()));
        certificates.append(describe(certificate.get(), block.line));
    }

    if (certificates.isEmpty()) {
        for (const PemBlock &block : *blocks) {
            if (isPrivateKeyLabel(block.label))
                return errorAt(source, block.line,
                               tr("This holds a private key (%1), not a certificate: are the "
                                  "certificate and key files swapped?")
                                   .arg(block.label));
        }
        return errorAt(source, 0, tr("No certificate found (no BEGIN CERTIFICATE line)."));
    }
    return certificates;
}

bool TlsMaterial::isEncryptedKey(const QByteArray &data)
{
    const auto blocks = splitPem(data, {});
    if (!blocks)
        return false;
    for (const PemBlock &block : *blocks) {
        if (isPrivateKeyLabel(block.label))
            return block.label == QLatin1String("ENCRYPTED PRIVATE KEY") || block.legacyEncrypted;
    }
    return false;
}

Util::Result<PrivateKeyInfo> TlsMaterial::readPrivateKey(const QByteArray &data, const QByteArray &passphrase,
                                                         const QString &source)
{
    ERR_clear_error();
    const auto blocks = splitPem(data, source);
    if (!blocks)
        return blocks.error();
    const auto found = findKeyBlock(*blocks, source);
    if (!found)
        return found.error();
    const PemBlock &block = **found;

    PrivateKeyInfo info;
    info.format = keyFormat(block);
    info.wasEncrypted = block.label == QLatin1String("ENCRYPTED PRIVATE KEY") || block.legacyEncrypted;
    if (info.wasEncrypted && passphrase.isEmpty())
        return errorAt(source, block.line,
                       tr("The private key is encrypted (%1) and needs a passphrase.").arg(info.format));

    const BioPtr bio = memoryBio(block.pem);
    QByteArray secret = passphrase;
    const KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &secret));
    secret.fill('\0');
    if (!key) {
        const QString details = takeOpenSslErrors();
        if (info.wasEncrypted)
            return errorAt(source, block.line,
                           tr("Wrong passphrase for the encrypted private key (%1).").arg(info.format));
        return errorAt(source, block.line,
                       tr("The %1 block that begins at line %2 cannot be decoded: %3")
                           .arg(block.label)
                           .arg(block.line)
                           .arg(details));
    }

    info.keyType = keyTypeName(key.get());
    info.keyBits = EVP_PKEY_get_bits(key.get());
    const BioPtr out(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    info.pem = bioText(out.get()).toUtf8();
    return info;
}

Util::Result<void> TlsMaterial::checkKeyMatches(const CertificateInfo &certificate, const PrivateKeyInfo &key)
{
    ERR_clear_error();
    const X509Ptr x509 = parseCertificate(certificate.pem);
    const BioPtr bio = memoryBio(key.pem);
    const KeyPtr privateKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!x509 || !privateKey)
        return Util::makeError(tr("The certificate or key cannot be decoded: %1").arg(takeOpenSslErrors()));

    if (EVP_PKEY_eq(X509_get0_pubkey(x509.get()), privateKey.get()) != 1) {
        ERR_clear_error();
        return Util::makeError(tr("Swapped key: the %1 key does not match the certificate %2 (%3 key); it belongs "
                                  "to another certificate.")
                                   .arg(key.keyType, certificateName(certificate), certificate.keyType));
    }
    return {};
}

Util::Result<void> TlsMaterial::checkChain(const QList<CertificateInfo> &chain,
                                           const QList<CertificateInfo> &authorities, const QDateTime &at)
{
    ERR_clear_error();
    if (chain.isEmpty())
        return Util::makeError(tr("There is no certificate to verify."));

    const std::unique_ptr<X509_STORE, Free> store(X509_STORE_new());
    for (const CertificateInfo &authority : authorities) {
        const X509Ptr ca = parseCertificate(authority.pem);
        if (ca)
            X509_STORE_add_cert(store.get(), ca.get());
    }
    const std::unique_ptr<STACK_OF(X509), Free> intermediates(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509 *intermediate = parseCertificate(chain.at(i).pem).release())
            sk_X509_push(intermediates.get(), intermediate);
    }

    const X509Ptr leaf = parseCertificate(chain.first().pem);
    const std::unique_ptr<X509_STORE_CTX, Free> context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get());
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), time_t(at.toSecsSinceEpoch()));

    if (X509_verify_cert(context.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(context.get());
        ERR_clear_error();
        return Util::makeError(
            tr("The certificate %1 does not chain to the given CA: %2 (at depth %3).")
                .arg(certificateName(chain.first()), QString::fromLatin1(X509_verify_cert_error_string(code)))
                .arg(X509_STORE_CTX_get_error_depth(context.get())));
    }
    return {};
}

TlsFinding TlsMaterial::checkValidity(const CertificateInfo &certificate, const QDateTime &now)
{
    const QString name = certificateName(certificate);
    const QString until = certificate.notAfter.toString(Qt::ISODate);
    if (now < certificate.notBefore)
        return {TlsFinding::Severity::Error, tr("The certificate %1 is not yet valid: it is valid from %2.")
                                                 .arg(name, certificate.notBefore.toString(Qt::ISODate))};
    if (now > certificate.notAfter)
        return {TlsFinding::Severity::Error, tr("The certificate %1 expired on %2.").arg(name, until)};

    const qint64 daysLeft = now.secsTo(certificate.notAfter) / 86400; // whole days left, rounded down
    if (daysLeft < expiryWarningDays)
        return {TlsFinding::Severity::Warning,
                tr("The certificate %1 expires in %2 day(s), on %3.").arg(name).arg(daysLeft).arg(until)};
    return {TlsFinding::Severity::Info,
            tr("The certificate %1 is valid until %2 (%3 days left).").arg(name, until).arg(daysLeft)};
}

} // namespace Credentials
