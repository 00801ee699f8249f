#include "certinspectcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "certificateformat.h"
#include "credentialservices.h"
#include "credentials/tlsmaterial.h"
#include "util/atomicfile.h"

namespace Cli {

namespace {

using Credentials::TlsFinding;
using Credentials::TlsMaterial;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Everything learned about one certificate file and the key and CA checked against it.
struct Inspection
{
    QString file;
    QList<Credentials::CertificateInfo> certificates;
    QList<TlsFinding> findings;
    QJsonObject key;
    QDateTime now = QDateTime::currentDateTimeUtc();

    bool failed() const
    {
        for (const TlsFinding &finding : findings) {
            if (finding.severity == TlsFinding::Severity::Error)
                return true;
        }
        return false;
    }
};

void checkKey(Inspection &inspection, const QString &keyFile, const QByteArray &passphrase)
{
    const auto data = Util::readFile(keyFile, 1024 * 1024);
    const auto key = data ? TlsMaterial::readPrivateKey(*data, passphrase, keyFile)
                          : Util::Result<Credentials::PrivateKeyInfo>(data.error());
    if (!key) {
        inspection.findings.append({TlsFinding::Severity::Error, key.error().toString()});
        return;
    }

    const auto matched = TlsMaterial::checkKeyMatches(inspection.certificates.first(), *key);
    inspection.key = QJsonObject{{QStringLiteral("file"), keyFile},
                                 {QStringLiteral("format"), key->format},
                                 {QStringLiteral("keyType"), key->keyType},
                                 {QStringLiteral("keyBits"), key->keyBits},
                                 {QStringLiteral("matchesCertificate"), matched.ok()}};
    if (!matched)
        inspection.findings.append({TlsFinding::Severity::Error, matched.error().message});
    else
        inspection.findings.append({TlsFinding::Severity::Info,
                                    tr("The %1 key (%2) matches the certificate.").arg(key->keyType, key->format)});
}

void checkAuthority(Inspection &inspection, const QString &caFile)
{
    const auto data = Util::readFile(caFile, 16 * 1024 * 1024);
    const auto authorities = data ? TlsMaterial::readCertificates(*data, caFile)
                                  : Util::Result<QList<Credentials::CertificateInfo>>(data.error());
    if (!authorities) {
        inspection.findings.append({TlsFinding::Severity::Error, authorities.error().toString()});
    } else if (const auto chained = TlsMaterial::checkChain(inspection.certificates, *authorities); !chained) {
        inspection.findings.append({TlsFinding::Severity::Error, chained.error().message});
    } else {
        inspection.findings.append(
            {TlsFinding::Severity::Info, tr("The certificate chains to the CA in %1.").arg(caFile)});
    }
}

QJsonObject toJson(const Inspection &inspection)
{
    QJsonArray certificates;
    for (const auto &certificate : inspection.certificates)
        certificates.append(certificateJson(certificate, inspection.now));
    QJsonArray findings;
    for (const TlsFinding &finding : inspection.findings)
        findings.append(QJsonObject{{QStringLiteral("severity"), severityName(finding.severity)},
                                    {QStringLiteral("message"), finding.message}});

    QJsonObject root{{QStringLiteral("file"), inspection.file},
                     {QStringLiteral("certificates"), certificates},
                     {QStringLiteral("findings"), findings},
                     {QStringLiteral("ok"), !inspection.failed()}};
    if (!inspection.key.isEmpty())
        root.insert(QStringLiteral("key"), inspection.key);
    return root;
}

void printText(const Inspection &inspection, QTextStream &out)
{
    const qsizetype count = inspection.certificates.size();
    for (qsizetype i = 0; i < count; ++i) {
        const auto &certificate = inspection.certificates.at(i);
        out << tr("Certificate %1 of %2 (%3, line %4):\n")
                   .arg(i + 1)
                   .arg(count)
                   .arg(inspection.file)
                   .arg(certificate.line);
        out << certificateText(certificate, inspection.now);
    }
    for (const TlsFinding &finding : inspection.findings)
        out << severityName(finding.severity) << QStringLiteral(": ") << finding.message << QLatin1Char('\n');
}

} // namespace

QString CertInspectCommand::summary() const
{
    return tr("Show what a certificate (bundle) is, and check a key and a CA against it.");
}

int CertInspectCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption keyOption(QStringLiteral("key"), tr("Private key that should match the certificate."),
                                       tr("file"));
    const QCommandLineOption caOption(QStringLiteral("ca"), tr("CA bundle the certificate should chain to."),
                                      tr("file"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-stdin"),
                                              tr("Read the key's passphrase from standard input."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
                                          QStringLiteral("text"));
    parser.addOptions({keyOption, caOption, passphraseOption, formatOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("Certificate or bundle (PEM or DER)."));
    const QString usage =
        QStringLiteral("cert inspect FILE [--key FILE] [--ca FILE] [--passphrase-stdin] [--format json]");
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: give exactly one certificate file") << Qt::endl;
        return UsageError;
    }

    Inspection inspection;
    inspection.file = parser.positionalArguments().first();
    const auto data = Util::readFile(inspection.file, 16 * 1024 * 1024);
    if (!data) {
        context.err << tr("error: %1").arg(data.error().toString()) << Qt::endl;
        return UsageError;
    }
    const auto certificates = TlsMaterial::readCertificates(*data, inspection.file);
    if (!certificates) {
        context.err << tr("error: %1").arg(certificates.error().toString()) << Qt::endl;
        return Failure;
    }

    inspection.certificates = *certificates;
    for (const auto &certificate : inspection.certificates) {
        const TlsFinding validity = TlsMaterial::checkValidity(certificate, inspection.now);
        if (validity.severity != TlsFinding::Severity::Info)
            inspection.findings.append(validity);
    }
    if (parser.isSet(keyOption)) {
        const QByteArray passphrase =
            parser.isSet(passphraseOption) ? splitStandardInput(context.readStandardInput(), 1)->first() : QByteArray();
        checkKey(inspection, parser.value(keyOption), passphrase);
    }
    if (parser.isSet(caOption))
        checkAuthority(inspection, parser.value(caOption));

    if (parser.value(formatOption) == QLatin1String("json"))
        context.out << QString::fromUtf8(QJsonDocument(toJson(inspection)).toJson(QJsonDocument::Indented));
    else
        printText(inspection, context.out);
    return inspection.failed() ? Failure : Success;
}

} // namespace Cli
