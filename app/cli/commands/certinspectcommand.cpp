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

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

struct Finding
{
    Credentials::TlsFinding::Severity severity;
    QString message;
};

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
    const QString usage = QStringLiteral("cert inspect FILE [--key FILE] [--ca FILE] [--passphrase-stdin] "
                                         "[--format json]");
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: give exactly one certificate file") << Qt::endl;
        return UsageError;
    }

    const QString file = parser.positionalArguments().first();
    const auto data = Util::readFile(file, 16 * 1024 * 1024);
    if (!data) {
        context.err << tr("error: %1").arg(data.error().toString()) << Qt::endl;
        return UsageError;
    }
    const auto certificates = Credentials::TlsMaterial::readCertificates(*data, file);
    if (!certificates) {
        context.err << tr("error: %1").arg(certificates.error().toString()) << Qt::endl;
        return Failure;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Finding> findings;
    for (const auto &certificate : *certificates) {
        const auto validity = Credentials::TlsMaterial::checkValidity(certificate, now);
        if (validity.severity != Credentials::TlsFinding::Severity::Info)
            findings.append({validity.severity, validity.message});
    }

    QJsonObject keyJson;
    if (parser.isSet(keyOption)) {
        const QString keyFile = parser.value(keyOption);
        const auto keyData = Util::readFile(keyFile, 1024 * 1024);
        QByteArray passphrase;
        if (parser.isSet(passphraseOption))
            passphrase = splitStandardInput(context.readStandardInput(), 1)->first();
        const auto key = keyData ? Credentials::TlsMaterial::readPrivateKey(*keyData, passphrase, keyFile)
                                 : Util::Result<Credentials::PrivateKeyInfo>(keyData.error());
        if (!key) {
            findings.append({Credentials::TlsFinding::Severity::Error, key.error().toString()});
        } else {
            keyJson = QJsonObject{{QStringLiteral("file"), keyFile},
                                  {QStringLiteral("format"), key->format},
                                  {QStringLiteral("keyType"), key->keyType},
                                  {QStringLiteral("keyBits"), key->keyBits}};
            const auto matched = Credentials::TlsMaterial::checkKeyMatches(certificates->first(), *key);
            keyJson.insert(QStringLiteral("matchesCertificate"), matched.ok());
            if (!matched)
                findings.append({Credentials::TlsFinding::Severity::Error, matched.error().message});
            else
                findings.append({Credentials::TlsFinding::Severity::Info,
                                 tr("The %1 key (%2) matches the certificate.").arg(key->keyType, key->format)});
        }
    }

    if (parser.isSet(caOption)) {
        const QString caFile = parser.value(caOption);
        const auto caData = Util::readFile(caFile, 16 * 1024 * 1024);
        const auto authorities = caData ? Credentials::TlsMaterial::readCertificates(*caData, caFile)
                                        : Util::Result<QList<Credentials::CertificateInfo>>(caData.error());
        if (!authorities) {
            findings.append({Credentials::TlsFinding::Severity::Error, authorities.error().toString()});
        } else if (const auto chained = Credentials::TlsMaterial::checkChain(*certificates, *authorities); !chained) {
            findings.append({Credentials::TlsFinding::Severity::Error, chained.error().message});
        } else {
            findings.append(
                {Credentials::TlsFinding::Severity::Info, tr("The certificate chains to the CA in %1.").arg(caFile)});
        }
    }

    bool failed = false;
    for (const Finding &finding : findings)
        failed = failed || finding.severity == Credentials::TlsFinding::Severity::Error;

    if (parser.value(formatOption) == QLatin1String("json")) {
        QJsonArray certificateArray;
        for (const auto &certificate : *certificates)
            certificateArray.append(certificateJson(certificate, now));
        QJsonArray findingArray;
        for (const Finding &finding : findings)
            findingArray.append(QJsonObject{{QStringLiteral("severity"), severityName(finding.severity)},
                                            {QStringLiteral("message"), finding.message}});
        QJsonObject root{{QStringLiteral("file"), file},
                         {QStringLiteral("certificates"), certificateArray},
                         {QStringLiteral("findings"), findingArray},
                         {QStringLiteral("ok"), !failed}};
        if (!keyJson.isEmpty())
            root.insert(QStringLiteral("key"), keyJson);
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return failed ? Failure : Success;
    }

    for (qsizetype i = 0; i < certificates->size(); ++i) {
        context.out << tr("Certificate %1 of %2 (%3, line %4):\n")
                           .arg(i + 1)
                           .arg(certificates->size())
                           .arg(file)
                           .arg(certificates->at(i).line);
        context.out << certificateText(certificates->at(i), now);
    }
    for (const Finding &finding : findings)
        context.out << severityName(finding.severity) << QStringLiteral(": ") << finding.message << QLatin1Char('\n');
    return failed ? Failure : Success;
}

} // namespace Cli
