#include "credentialsetcommand.h"

#include <QCoreApplication>

#include "credentialservices.h"
#include "oci/proxysettings.h"
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

// The options of `credentials set`, declared once so that the steps below can share them.
struct SetOptions
{
    QCommandLineOption username{QStringLiteral("username"), tr("Registry user name."), tr("name")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"), tr("Read the password from stdin.")};
    QCommandLineOption tokenStdin{QStringLiteral("identity-token-stdin"),
                                  tr("Read an OAuth2 identity (refresh) token from stdin.")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), tr("CA bundle to trust (PEM)."), tr("file")};
    QCommandLineOption certFile{QStringLiteral("cert-file"), tr("Client certificate (PEM)."), tr("file")};
    QCommandLineOption keyFile{QStringLiteral("key-file"), tr("Client private key (PEM)."), tr("file")};
    QCommandLineOption passphraseStdin{QStringLiteral("key-passphrase-stdin"),
                                       tr("Read the passphrase of an encrypted key from stdin.")};
    QCommandLineOption proxy{QStringLiteral("proxy"), tr("Proxy URL for this registry."), tr("url")};
    QCommandLineOption proxyUser{QStringLiteral("proxy-username"), tr("Proxy user name."), tr("name")};
    QCommandLineOption proxyPasswordStdin{QStringLiteral("proxy-password-stdin"),
                                          tr("Read the proxy password from stdin.")};
    QCommandLineOption provider{QStringLiteral("provider"), tr("Cloud identity: aws, azure or gcp."), tr("provider")};
    QCommandLineOption awsProfile{QStringLiteral("aws-profile"), tr("AWS profile for --provider aws."), tr("name")};
    QCommandLineOption azureTokenFile{QStringLiteral("azure-token-file"),
                                      tr("File with an Azure AD access token for --provider azure."), tr("file")};
    QCommandLineOption gcpKeyFile{QStringLiteral("gcp-key-file"), tr("Service-account key for --provider gcp."),
                                  tr("file")};
    QCommandLineOption memoryStore{QStringLiteral("memory-store"),
                                   tr("Keep secrets in memory for this run only (no keychain).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({username, passwordStdin, tokenStdin, caFile, certFile, keyFile, passphraseStdin, proxy,
                           proxyUser, proxyPasswordStdin, provider, awsProfile, azureTokenFile, gcpKeyFile,
                           memoryStore});
        parser.addPositionalArgument(QStringLiteral("registry"), tr("Registry host[:port] or oci:// endpoint."));
    }
};

// The secrets asked for with --*-stdin flags, one per flag, in the order the usage names them.
struct StdinSecrets
{
    QByteArray password;
    QByteArray identityToken;
    QByteArray passphrase;
    QByteArray proxyPassword;
};

Util::Result<StdinSecrets> readStdinSecrets(const QCommandLineParser &parser, const SetOptions &options,
                                            Context &context)
{
    StdinSecrets secrets;
    const QList<QPair<const QCommandLineOption *, QByteArray *>> flags{
        {&options.passwordStdin, &secrets.password},
        {&options.tokenStdin, &secrets.identityToken},
        {&options.passphraseStdin, &secrets.passphrase},
        {&options.proxyPasswordStdin, &secrets.proxyPassword}};
    int asked = 0;
    for (const auto &flag : flags)
        asked += parser.isSet(*flag.first) ? 1 : 0;

    const auto values = splitStandardInput(asked > 0 ? context.readStandardInput() : QByteArray(), asked);
    if (!values)
        return values.error();
    qsizetype next = 0;
    for (const auto &[option, target] : flags) {
        if (!parser.isSet(*option))
            continue;
        *target = values->at(next++);
        // Storing nothing would replace the secret stored before with nothing.
        if (target->isEmpty())
            return Util::makeError(
                tr("--%1: standard input gave an empty line; nothing was stored").arg(option->names().constFirst()));
    }
    return secrets;
}

Credentials::AuthKind authKind(const std::optional<Credentials::AuthKind> &provider,
                               const Credentials::CredentialRecord &record, const StdinSecrets &secrets)
{
    if (provider)
        return *provider;
    if (!secrets.identityToken.isEmpty())
        return Credentials::AuthKind::IdentityToken;
    if (!record.username.isEmpty() || !secrets.password.isEmpty())
        return Credentials::AuthKind::Basic;
    return Credentials::AuthKind::Anonymous;
}

Util::Result<void> readProxy(const QCommandLineParser &parser, const SetOptions &options,
                             Credentials::CredentialRecord &record, const QByteArray &password)
{
    if (!parser.isSet(options.proxy))
        return {};
    const auto checked = Oci::ProxySettings::fromProxyData(parser.value(options.proxy), parser.value(options.proxyUser),
                                                           QString::fromUtf8(password));
    if (!checked)
        return checked.error();
    record.proxyAddress = parser.value(options.proxy);
    record.proxyUsername = parser.value(options.proxyUser);
    return {};
}

int fail(Context &context, const Util::Error &error, int code)
{
    context.err << tr("error: %1").arg(error.toString()) << Qt::endl;
    return code;
}

} // namespace

QString CredentialSetCommand::summary() const
{
    return tr("Store a registry's login, TLS material and proxy (secrets go to the keychain).");
}

int CredentialSetCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const SetOptions options;
    options.addTo(parser);
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;

    const auto provider = parser.isSet(options.provider) ? Credentials::authKindFromKey(parser.value(options.provider))
                                                         : std::optional<Credentials::AuthKind>();
    const bool badProvider = parser.isSet(options.provider) && (!provider || *provider < Credentials::AuthKind::Aws);
    if (parser.positionalArguments().size() != 1 || parser.isSet(options.certFile) != parser.isSet(options.keyFile) ||
        badProvider) {
        context.err << tr("error: give one REGISTRY, --cert-file together with --key-file, and --provider as aws, "
                          "azure or gcp")
                    << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    const auto input = readStdinSecrets(parser, options, context);
    if (!input)
        return fail(context, input.error(), UsageError);

    Credentials::CredentialRecord record;
    record.registry = Credentials::CredentialRecord::keyFor(parser.positionalArguments().first());
    record.username = parser.value(options.username);
    record.auth = authKind(provider, record, *input);
    record.awsProfile = parser.value(options.awsProfile);
    record.azureTokenFile = parser.value(options.azureTokenFile);
    record.gcpKeyFile = parser.value(options.gcpKeyFile);
    Credentials::RegistrySecrets secrets;
    secrets.password = input->password;
    secrets.identityToken = input->identityToken;
    secrets.proxyPassword = input->proxyPassword;

    if (auto tls = readTlsFiles(parser.value(options.caFile), parser.value(options.certFile),
                                parser.value(options.keyFile), input->passphrase, record, secrets, context.err);
        !tls)
        return fail(context, tls.error(), Failure);
    if (auto proxy = readProxy(parser, options, record, secrets.proxyPassword); !proxy)
        return fail(context, proxy.error(), UsageError);

    auto services = CredentialServices::open(parser.isSet(options.memoryStore));
    if (!services)
        return fail(context, services.error(), Failure);
    if (auto saved = (*services)->manager().save(record, secrets); !saved)
        return fail(context, saved.error(), Failure);

    context.out << tr("Stored credentials for %1 (%2); secrets in %3.")
                       .arg(record.registry, Credentials::toKey(record.auth), (*services)->secrets().backendName())
                << Qt::endl;
    if (!(*services)->secrets().isPersistent())
        context.err << tr("warning: the secrets are kept in memory and are gone when this process ends.") << Qt::endl;
    return Success;
}

} // namespace Cli
