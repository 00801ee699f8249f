#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace Credentials {

/// One "-----BEGIN label-----" ... "-----END label-----" block of a PEM file, re-emitted in canonical form.
struct PemBlock
{
    QString label;                ///< e.g. "CERTIFICATE", "PRIVATE KEY"
    QByteArray pem;               ///< LF line endings, headers kept, base64 wrapped at 64 columns
    int line = 0;                 ///< 1-based line of the BEGIN marker in the input
    bool legacyEncrypted = false; ///< carries "Proc-Type: 4,ENCRYPTED"
};

/// What the console shows about a certificate.
struct CertificateInfo
{
    QString subject; ///< RFC 2253, e.g. "CN=flux-east-client"
    QString commonName;
    QString issuer;
    QStringList subjectAltNames; ///< "DNS:zot.example.com", "IP:10.0.0.5", ...
    QString serialNumber;        ///< hexadecimal
    QDateTime notBefore;         ///< UTC
    QDateTime notAfter;          ///< UTC
    QString sha256Fingerprint;   ///< "AB:CD:..."
    QString keyType;             ///< "RSA", "EC (prime256v1)", "Ed25519", ...
    int keyBits = 0;
    bool isCa = false;
    int line = 0; ///< where the certificate starts in its file
    QByteArray pem;
};

/// A private key read and, when it was encrypted, decrypted.
struct PrivateKeyInfo
{
    QString keyType;
    int keyBits = 0;
    QString format; ///< "PKCS#8", "PKCS#1", "SEC1", "encrypted PKCS#8", "legacy encrypted PKCS#1", ...
    bool wasEncrypted = false;
    QByteArray pem; ///< unencrypted PKCS#8 PEM, ready for a TLS client
};

/// A statement about TLS material, e.g. an expiry warning.
struct TlsFinding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Info;
    QString message;
};

/// Reads and checks certificates and keys with OpenSSL. Every error names the source (a file name or a
/// description such as "certData.tls.crt") and, where it helps, the line.
class TlsMaterial final
{
public:
    /// Days before notAfter from which a certificate is reported as expiring soon.
    static constexpr int expiryWarningDays = 30;

    /// Splits PEM text with LF, CRLF or CR line endings, indentation and text around the blocks.
    static Util::Result<QList<PemBlock>> splitPem(const QByteArray &data, const QString &source);

    /// Every certificate in \a data (PEM bundle, or a single DER certificate).
    static Util::Result<QList<CertificateInfo>> readCertificates(const QByteArray &data, const QString &source);

    /// The first private key in \a data; \a passphrase is used when the key is encrypted.
    static Util::Result<PrivateKeyInfo> readPrivateKey(const QByteArray &data, const QByteArray &passphrase,
                                                       const QString &source);
    /// True when \a data holds an encrypted private key (so a passphrase must be asked for).
    static bool isEncryptedKey(const QByteArray &data);

    /// Fails, naming the certificate, when \a key is not the private half of \a certificate.
    static Util::Result<void> checkKeyMatches(const CertificateInfo &certificate, const PrivateKeyInfo &key);

    /// Fails when chain.first() does not verify against \a authorities; the rest of \a chain may supply
    /// intermediates. \a at is the verification time (invalid means now).
    static Util::Result<void> checkChain(const QList<CertificateInfo> &chain, const QList<CertificateInfo> &authorities,
                                         const QDateTime &at = {});

    /// Not yet valid or expired (Error), expiring within expiryWarningDays (Warning), else the end date (Info).
    static TlsFinding checkValidity(const CertificateInfo &certificate, const QDateTime &now);
};

} // namespace Credentials
