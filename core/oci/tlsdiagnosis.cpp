#include "tlsdiagnosis.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslError>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::TlsDiagnosis", text);
}

bool isUntrustedIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

// "DNS:registry.example, IP:10.0.0.5"-style list, without the prefixes: the names a client may use.
QStringList namesOf(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

QString issuerOf(const QSslCertificate &certificate)
{
    const QString issuer = certificate.issuerDisplayName();
    return issuer.isEmpty() ? tr("an unnamed issuer") : QLatin1Char('"') + issuer + QLatin1Char('"');
}

QString untrustedWords(const QSslError &error, bool extraAuthorities)
{
    const QSslCertificate certificate = error.certificate();
    if (certificate.isNull())
        return error.errorString();
    const bool selfSigned = certificate.isSelfSigned();
    if (extraAuthorities) {
        return selfSigned ? tr("its certificate is self-signed (%1) and is not among the CA certificates given")
                                .arg(issuerOf(certificate))
                          : tr("its certificate was issued by %1, which is not among the CA certificates given "
                               "nor trusted by this machine")
                                .arg(issuerOf(certificate));
    }
    return selfSigned
               ? tr("its certificate is self-signed (%1), which this machine does not trust").arg(issuerOf(certificate))
               : tr("its certificate was issued by %1, which this machine does not trust").arg(issuerOf(certificate));
}

QString validityWords(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    if (error.error() == QSslError::CertificateExpired && !certificate.isNull())
        return tr("its certificate expired on %1").arg(certificate.expiryDate().toUTC().toString(format));
    if (error.error() == QSslError::CertificateNotYetValid && !certificate.isNull())
        return tr("its certificate is not valid before %1 (check this machine's clock)")
            .arg(certificate.effectiveDate().toUTC().toString(format));
    return error.errorString();
}

} // namespace

TlsDiagnosis TlsDiagnosis::fromCertificateErrors(const QList<QSslError> &errors, const QString &host,
                                                 bool extraAuthorities)
{
    // One cause is named, the one the administrator must fix first: trust, then the name, then the dates.
    for (const QSslError &error : errors) {
        if (isUntrustedIssuer(error.error()))
            return {Cause::UntrustedIssuer, untrustedWords(error, extraAuthorities)};
    }
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch) {
            const QStringList names = namesOf(error.certificate());
            if (names.isEmpty())
                return {Cause::HostNameMismatch, tr("its certificate names no host, so it cannot be for %1").arg(host)};
            return {Cause::HostNameMismatch,
                    tr("its certificate is for %1, not for %2").arg(names.join(QLatin1String(", ")), host)};
        }
    }
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::CertificateExpired || error.error() == QSslError::CertificateNotYetValid)
            return {Cause::OutsideValidity, validityWords(error)};
    }
    QStringList words;
    for (const QSslError &error : errors)
        words << error.errorString();
    return {errors.isEmpty() ? Cause::None : Cause::Other, words.join(QLatin1String("; "))};
}

TlsDiagnosis TlsDiagnosis::fromHandshakeFailure(const QString &errorString, bool certificateSent)
{
    // OpenSSL's words for the alerts a server sends over the client certificate: TLS 1.2 servers say "bad
    // certificate" (or "handshake failure"), TLS 1.3 servers "certificate required" when none came.
    const bool refused = errorString.contains(QLatin1String("alert bad certificate")) ||
                         errorString.contains(QLatin1String("alert certificate required")) ||
                         errorString.contains(QLatin1String("alert unknown ca")) ||
                         errorString.contains(QLatin1String("alert certificate unknown"));
    if (!refused)
        return {};
    return {Cause::ClientCertificateRefused,
            certificateSent ? tr("the registry refused the client certificate (it was not issued by a CA the "
                                 "registry trusts, or it has expired)")
                            : tr("the registry requires a client certificate and none was given")};
}

} // namespace Oci
