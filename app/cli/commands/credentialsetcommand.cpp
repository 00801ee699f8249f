#include "credentialsetcommand.h"

#include <QCoreApplication>

#include "credentialservices.h"
#include "credentials/proxysettings.h"
#include "credentials/tlsmaterial.h"
#include "util/atomicfile.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

const QString usage =
    QStringLiteral("credentials set REGISTRY [--username U --password-stdin] [--identity-token-stdin] [--ca-file F] "
                   "[--cert-file F --key-file F [--key-passphrase-stdin]] [--proxy URL [--proxy-username U] "
                   "[--proxy-password-stdin]] [--provider aws|azure|gcp] [--memory-store]");

// Reads the certificate files named on the command line into the record and the key secret.
Util::Result<void> readTlsFiles(const QString &caFile, const QString &certFile, const QString &keyFile,
                                const QByteArray &passphrase, Credentials::CredentialRecord &record,
                                Credentials::RegistrySecrets &secrets, QTextStream &err)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!caFile.isEmpty()) {
        const auto data = Util::readFile(caFile, 16 * 1024 * 1024);
        const auto authorities = data ? Credentials::TlsMaterial::readCertificates(*data, caFile)
                                      : Util::Result<QList<Credentials::CertificateInfo>>(data.error());
        if (!authorities)
            return authorities.error();
        record.caFile = caFile;
        record.caPem = *data;
    }
    if (certFile.isEmpty())
        return {};

    const auto certData = Util::readFile(certFile, 16 * 1024 * 1024);
    const auto keyData = Util::readFile(keyFile, 1024 * 1024);
    if (!certData)
        return certData.error();
    if (!keyData)
        return keyData.error();
    const auto chain = Credentials::TlsMaterial::readCertificates(*certData, certFile);
    if (!chain)
        return chain.error();
    const auto key = Credentials::TlsMaterial::readPrivateKey(*keyData, passphrase, keyFile);
    if (!key)
        return key.error();
    if (auto matched = Credentials::TlsMaterial::checkKeyMatches(chain->first(), *key); !matched)
        return matched;

    const auto validity = Credentials::TlsMaterial::checkValidity(chain->first(), now);
    if (validity.severity != Credentials::TlsFinding::Severity::Info)
        err << tr("warning: %1").arg(validity.message) << Qt::endl;
    record.certFile = certFile;
    record.certPem = *certData;
    record.keyFile = keyFile;
    secrets.tlsKey = key->pem; // decrypted: the passphrase is not kept
    return {};
}

} // namespace

QString CredentialSetCommand::summary() const
{
    return tr("Store a registry's login, TLS material and proxy (secrets go to the keychain).");
}

int CredentialSetCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption username(QStringLiteral("username"), tr("Registry user name."), tr("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read the password from stdin."));
    const QCommandLineOption tokenStdin(QStringLiteral("identity-token-stdin"),
                                        tr("Read an OAuth2 identity (refresh) token from stdin."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("CA bundle to trust (PEM)."), tr("file"));
    const QCommandLineOption certFile(QStringLiteral("cert-file"), tr("Client certificate (PEM)."), tr("file"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), tr("Client private key (PEM)."), tr("file"));
    const QCommandLineOption passphraseStdin(QStringLiteral("key-passphrase-stdin"),
                                             tr("Read the passphrase of an encrypted key from stdin."));
    const QCommandLineOption proxy(QStringLiteral("proxy"), tr("Proxy URL for this registry."), tr("url"));
    const QCommandLineOption proxyUser(QStringLiteral("proxy-username"), tr("Proxy user name."), tr("name"));
    const QCommandLineOption proxyPasswordStdin(QStringLiteral("proxy-password-stdin"),
                                                tr("Read the proxy password from stdin."));
    const QCommandLineOption provider(QStringLiteral("provider"), tr("Cloud identity: aws, azure or gcp."),
                                      tr("provider"));
    const QCommandLineOption awsProfile(QStringLiteral("aws-profile"), tr("AWS profile for --provider aws."),
                                        tr("name"));
    const QCommandLineOption azureTokenFile(QStringLiteral("azure-token-file"),
                                            tr("File with an Azure AD access token for --provider azure."), tr("file"));
    const QCommandLineOption gcpKeyFile(QStringLiteral("gcp-key-file"), tr("Service-account key for --provider gcp."),
                                        tr("file"));
    const QCommandLineOption memoryStore(QStringLiteral("memory-store"),
                                         tr("Keep secrets in memory for this run only (no keychain)."));
    parser.addOptions({username, passwordStdin, tokenStdin, caFile, certFile, keyFile, passphraseStdin, proxy,
                       proxyUser, proxyPasswordStdin, provider, awsProfile, azureTokenFile, gcpKeyFile, memoryStore});
    parser.addPositionalArgument(QStringLiteral("registry"), tr("Registry host[:port] or oci:// endpoint."));
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;

    if (parser.positionalArguments().size() != 1 || parser.isSet(certFile) != parser.isSet(keyFile)) {
        context.err << tr("error: give one REGISTRY, and --cert-file together with --key-file") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    const auto authKind = parser.isSet(provider) ? Credentials::authKindFromKey(parser.value(provider))
                                                 : std::optional<Credentials::AuthKind>();
    if (parser.isSet(provider) && (!authKind || *authKind < Credentials::AuthKind::Aws)) {
        context.err << tr("error: --provider must be aws, azure or gcp") << Qt::endl;
        return UsageError;
    }

    // One secret per --*-stdin flag, in this order, one per line when there are several.
    const QList<const QCommandLineOption *> stdinFlags{&passwordStdin, &tokenStdin, &passphraseStdin,
                                                       &proxyPasswordStdin};
    int asked = 0;
    for (const QCommandLineOption *flag : stdinFlags)
        asked += parser.isSet(*flag) ? 1 : 0;
    const auto input = splitStandardInput(asked > 0 ? context.readStandardInput() : QByteArray(), asked);
    if (!input) {
        context.err << tr("error: %1").arg(input.error().message) << Qt::endl;
        return UsageError;
    }
    QList<QByteArray> values = *input;
    const auto take = [&](const QCommandLineOption &flag) {
        return parser.isSet(flag) && !values.isEmpty() ? values.takeFirst() : QByteArray();
    };

    Credentials::CredentialRecord record;
    Credentials::RegistrySecrets secrets;
    record.registry = Credentials::CredentialRecord::keyFor(parser.positionalArguments().first());
    record.username = parser.value(username);
    secrets.password = take(passwordStdin);
    secrets.identityToken = take(tokenStdin);
    const QByteArray passphrase = take(passphraseStdin);
    secrets.proxyPassword = take(proxyPasswordStdin);
    record.auth = authKind                                                    ? *authKind
                  : !secrets.identityToken.isEmpty()                          ? Credentials::AuthKind::IdentityToken
                  : !record.username.isEmpty() || !secrets.password.isEmpty() ? Credentials::AuthKind::Basic
                                                                              : Credentials::AuthKind::Anonymous;
    record.awsProfile = parser.value(awsProfile);
    record.azureTokenFile = parser.value(azureTokenFile);
    record.gcpKeyFile = parser.value(gcpKeyFile);

    if (auto tls = readTlsFiles(parser.value(caFile), parser.value(certFile), parser.value(keyFile), passphrase, record,
                                secrets, context.err);
        !tls) {
        context.err << tr("error: %1").arg(tls.error().toString()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(proxy)) {
        const auto checked = Credentials::ProxySettings::fromProxyData(parser.value(proxy), parser.value(proxyUser),
                                                                       QString::fromUtf8(secrets.proxyPassword));
        if (!checked) {
            context.err << tr("error: %1").arg(checked.error().message) << Qt::endl;
            return UsageError;
        }
        record.proxyAddress = parser.value(proxy);
        record.proxyUsername = parser.value(proxyUser);
    }

    auto services = CredentialServices::open(parser.isSet(memoryStore));
    if (!services) {
        context.err << tr("error: %1").arg(services.error().message) << Qt::endl;
        return Failure;
    }
    if (auto saved = (*services)->manager().save(record, secrets); !saved) {
        context.err << tr("error: %1").arg(saved.error().toString()) << Qt::endl;
        return Failure;
    }
    context.out << tr("Stored credentials for %1 (%2); secrets in %3.")
                       .arg(record.registry, Credentials::toKey(record.auth), (*services)->secrets().backendName())
                << Qt::endl;
    if (!(*services)->secrets().isPersistent())
        context.err << tr("warning: the secrets are kept in memory and are gone when this process ends.") << Qt::endl;
    return Success;
}

} // namespace Cli
