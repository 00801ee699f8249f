#include "certificateformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString severityName(Credentials::TlsFinding::Severity severity)
{
    switch (severity) {
    case Credentials::TlsFinding::Severity::Info:
        return QStringLiteral("info");
    case Credentials::TlsFinding::Severity::Warning:
        return QStringLiteral("warning");
    case Credentials::TlsFinding::Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString certificateText(const Credentials::CertificateInfo &certificate, const QDateTime &now)
{
    const Credentials::TlsFinding validity = Credentials::TlsMaterial::checkValidity(certificate, now);
    QString text;
    text += tr("  Subject:      %1\n").arg(certificate.subject);
    text += tr("  Issuer:       %1\n").arg(certificate.issuer);
    if (!certificate.subjectAltNames.isEmpty())
        text += tr("  SANs:         %1\n").arg(certificate.subjectAltNames.join(QLatin1String(", ")));
    text += tr("  Serial:       %1\n").arg(certificate.serialNumber);
    text += tr("  Valid from:   %1\n").arg(certificate.notBefore.toString(Qt::ISODate));
    text += tr("  Valid until:  %1\n").arg(certificate.notAfter.toString(Qt::ISODate));
    text += tr("  Key:          %1, %2 bits%3\n")
                .arg(certificate.keyType)
                .arg(certificate.keyBits)
                .arg(certificate.isCa ? tr(", certificate authority") : QString());
    text += tr("  SHA-256:      %1\n").arg(certificate.sha256Fingerprint);
    text += QStringLiteral("  %1: %2\n").arg(severityName(validity.severity), validity.message);
    return text;
}

QJsonObject certificateJson(const Credentials::CertificateInfo &certificate, const QDateTime &now)
{
    const Credentials::TlsFinding validity = Credentials::TlsMaterial::checkValidity(certificate, now);
    return QJsonObject{{QStringLiteral("subject"), certificate.subject},
                       {QStringLiteral("commonName"), certificate.commonName},
                       {QStringLiteral("issuer"), certificate.issuer},
                       {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(certificate.subjectAltNames)},
                       {QStringLiteral("serialNumber"), certificate.serialNumber},
                       {QStringLiteral("notBefore"), certificate.notBefore.toString(Qt::ISODate)},
                       {QStringLiteral("notAfter"), certificate.notAfter.toString(Qt::ISODate)},
                       {QStringLiteral("sha256Fingerprint"), certificate.sha256Fingerprint},
                       {QStringLiteral("keyType"), certificate.keyType},
                       {QStringLiteral("keyBits"), certificate.keyBits},
                       {QStringLiteral("isCa"), certificate.isCa},
                       {QStringLiteral("validity"), severityName(validity.severity)},
                       {QStringLiteral("validityMessage"), validity.message}};
}

} // namespace Cli
