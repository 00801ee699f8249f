#include "ociconnectionoptions.h"

#include <QFile>
#include <QProcessEnvironment>

#include "credentials/connectionfactory.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/dockerconfig.h"
#include "credentials/secretstore.h"
#include "credentials/tlsmaterial.h"
#include "credentialservices.h"
#include "util/atomicfile.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciConnectionOptions", text);
}

constexpr int maxTimeoutSeconds = 24 * 60 * 60;

// The contents of a file named on the command line; the error names the file.
Util::Result<QByteArray> readPem(const QString &path)
{
    if (path.isEmpty())
        return Util::makeError(tr("a file name is needed, not an empty one"));
    // Certificate bundles are kilobytes; a device or a wrong file is cut short rather than read forever.
    return Util::readFile(path, 16 * 1024 * 1024);
}

} // namespace

Util::Result<QList<QByteArray>> OciConnectionOptions::readAuthorities(const QString &path)
{
    auto data = readPem(path);
    if (!data)
        return data.error();
    auto certificates = Credentials::TlsMaterial::readCertificates(*data, path);
    if (!certificates)
        return certificates.error();
    QList<QByteArray> pems;
    for (const Credentials::CertificateInfo &certificate : std::as_const(*certificates))
        pems << certificate.pem;
    return pems;
}

Util::Result<void> OciConnectionOptions::readClientCertificate(Oci::ConnectionSettings &settings,
                                                               const QString &certificatePath, const QString &keyPath)
{
    auto certificateData = readPem(certificatePath);
    if (!certificateData)
        return certificateData.error();
    auto keyData = readPem(keyPath);
    if (!keyData)
        return keyData.error();
    const auto chain = Credentials::TlsMaterial::readCertificates(*certificateData, certificatePath);
    if (!chain)
        return chain.error();
    const auto key = Credentials::TlsMaterial::readPrivateKey(*keyData, {}, keyPath);
    if (!key)
        return key.error();
    if (auto matched = Credentials::TlsMaterial::checkKeyMatches(chain->first(), *key); !matched)
        return Util::makeError(tr("%1 does not hold the key of the certificate in %2 (%3)")
                                   .arg(keyPath, certificatePath, chain->first().subject));
    settings.clientCertificatePem.clear();
    for (const Credentials::CertificateInfo &certificate : *chain)
        settings.clientCertificatePem += certificate.pem;
    settings.clientKeyPem = key->pem;
    return {};
}

void OciConnectionOptions::addTo(QCommandLineParser &parser)
{
    m_username.setDescription(tr("User name for the registry."));
    m_passwordStdin.setDescription(tr("Read the password (or token) from standard input."));
    m_caFile.setDescription(tr("PEM file of extra trusted CA certificates (added to the system roots)."));
    m_certFile.setDescription(tr("PEM client certificate for mutual TLS."));
    m_keyFile.setDescription(tr("PEM private key of the client certificate."));
    m_insecure.setDescription(tr("Do not verify the registry's TLS certificate."));
    m_plainHttp.setDescription(tr("Talk plain HTTP to the registry (never used unless given)."));
    m_timeout.setDescription(tr("Seconds a connection may stay idle before it fails (default 60)."));
    m_format.setDescription(tr("Output format: text or json."));
    m_verbose.setDescription(tr("Print every HTTP request and its status on standard error."));
    m_memoryStore.setDescription(tr("Read stored credentials from the session memory store, not the keychain."));
    parser.addOptions({m_username, m_passwordStdin, m_caFile, m_certFile, m_keyFile, m_insecure, m_plainHttp, m_timeout,
                       m_format, m_verbose, m_memoryStore});
}

Util::Result<Oci::ConnectionSettings> OciConnectionOptions::settings(const QCommandLineParser &parser, Context &context,
                                                                     const QString &registry) const
{
    auto settings = stored(parser, context, registry);
    if (!settings)
        return settings;
    if (auto applied = applyFlags(settings.value(), parser, context); !applied)
        return applied.error();
    return settings;
}

Util::Result<Oci::ConnectionSettings> OciConnectionOptions::stored(const QCommandLineParser &parser, Context &context,
                                                                   const QString &registry) const
{
    Oci::ConnectionSettings settings;
    if (registry.isEmpty())
        return settings;

    // The record (a settings file, no secret) tells whether the keychain holds anything for the registry;
    // without one the keychain is not asked, so anonymous registries never wait on it.
    const auto record = Credentials::CredentialRecordStore().load(Credentials::CredentialRecord::keyFor(registry));
    if (record) {
        auto services = CredentialServices::open(parser.isSet(m_memoryStore));
        const bool keychainMissing = !services;
        if (keychainMissing) {
            // Only the secrets live in the keychain: the record's CA, proxy and user name still apply. A login
            // given on the command line needs no stored secret, so there is nothing to note then.
            if (!m_notedNoKeychain && !parser.isSet(m_username))
                context.err << tr("note: stored secrets are not used: %1")
                                   .arg(services.error().message.section(QLatin1Char('\n'), 0, 0))
                            << Qt::endl;
            m_notedNoKeychain = true;
            services = CredentialServices::open(true);
        }
        if (!services)
            return services.error();
        Credentials::ConnectionFactory factory((*services)->manager());
        auto built = factory.build(registry);
        if (!built)
            return built.error();
        for (const QString &warning : factory.warnings())
            context.err << tr("note: %1").arg(warning) << Qt::endl;
        settings = std::move(built).value();
        if (!keychainMissing)
            noteMissingSecret(*record, settings, (*services)->manager().secretStore(), parser, context);
    }

    const Oci::RegistryCredential &credential = settings.credential;
    const bool hasCredential = !credential.username.isEmpty() || !credential.password.isEmpty() ||
                               !credential.identityToken.isEmpty() || settings.credentialProvider;
    if (!hasCredential && !parser.isSet(m_username))
        storedCredentialFromDockerConfig(settings, context, registry);
    return settings;
}

// A login whose record outlived its secret (stored in another process's memory, or removed from the keychain
// by hand) would otherwise meet a 401 that seems to blame the registry.
void OciConnectionOptions::noteMissingSecret(const Credentials::CredentialRecord &record,
                                             const Oci::ConnectionSettings &settings,
                                             const Credentials::SecretStore &store, const QCommandLineParser &parser,
                                             Context &context) const
{
    const bool login =
        record.auth == Credentials::AuthKind::Basic || record.auth == Credentials::AuthKind::IdentityToken;
    if (!login || parser.isSet(m_passwordStdin) || !settings.credential.password.isEmpty() ||
        !settings.credential.identityToken.isEmpty())
        return;
    if (store.isPersistent())
        context.err << tr("note: the stored login of %1 has no secret in %2; pass the password with --username %1 "
                          "--password-stdin, or store it again with 'credentials set'")
                           .arg(record.username, store.backendName())
                    << Qt::endl;
    else
        context.err << tr("note: the password of %1 was kept in memory by the process that stored it and is "
                          "gone; pass it with --username %1 --password-stdin")
                           .arg(record.username)
                    << Qt::endl;
}

bool OciConnectionOptions::storedCredentialFromDockerConfig(Oci::ConnectionSettings &settings, Context &context,
                                                            const QString &registry) const
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto found =
        Credentials::DockerConfig::findCredential(registry, environment, Credentials::CredentialHelper(environment));
    if (!found) {
        // A broken helper or file must not stop a registry that needs no login; the registry's 401 follows.
        context.err
            << tr("note: the Docker credentials for %1 are not used: %2").arg(registry, found.error().toString())
            << Qt::endl;
        return false;
    }
    if (!*found)
        return false;
    settings.credential.username = (*found)->username;
    settings.credential.password = QString::fromUtf8((*found)->password);
    settings.credential.identityToken = QString::fromUtf8((*found)->identityToken);
    return true;
}

Util::Result<void> OciConnectionOptions::applyFlags(Oci::ConnectionSettings &settings, const QCommandLineParser &parser,
                                                    Context &context) const
{
    settings.insecureSkipVerify = parser.isSet(m_insecure);
    settings.plainHttp = parser.isSet(m_plainHttp);
    if (parser.isSet(m_passwordStdin) && !parser.isSet(m_username))
        return Util::makeError(tr("--password-stdin needs --username"));
    // A password is never taken as an argument (it would show in the process list and shell history).
    if (parser.isSet(m_username) && !parser.isSet(m_passwordStdin))
        return Util::makeError(tr("--username needs --password-stdin (pipe the password in); to use a stored "
                                  "login, leave both out"));
    // Basic authentication joins the name and the password with ':': a name must not hold one.
    if (parser.isSet(m_username) &&
        (parser.value(m_username).isEmpty() || parser.value(m_username).contains(QLatin1Char(':'))))
        return Util::makeError(tr("--username must be a name without ':', not '%1'").arg(parser.value(m_username)));
    if (parser.isSet(m_username)) {
        // A login on the command line replaces every stored one, cloud providers included.
        settings.credential = Oci::RegistryCredential{};
        settings.credentialProvider = {};
        settings.credential.username = parser.value(m_username);
    }
    if (parser.isSet(m_passwordStdin)) {
        // cp builds settings for two registries; standard input is read only once.
        if (!m_passwordFromStdin) {
            QByteArray password = context.readStandardInput ? context.readStandardInput() : QByteArray();
            while (password.endsWith('\n') || password.endsWith('\r'))
                password.chop(1);
            m_passwordFromStdin = QString::fromUtf8(password);
        }
        if (m_passwordFromStdin->isEmpty())
            return Util::makeError(tr("--password-stdin: standard input gave no password"));
        settings.credential.password = *m_passwordFromStdin;
    }

    if (parser.isSet(m_caFile)) {
        auto authorities = readAuthorities(parser.value(m_caFile));
        if (!authorities)
            return authorities.error();
        settings.caCertificatesPem = *authorities;
    }
    if (parser.isSet(m_certFile) != parser.isSet(m_keyFile))
        return Util::makeError(tr("--cert-file and --key-file go together"));
    if (parser.isSet(m_certFile)) {
        if (auto read = readClientCertificate(settings, parser.value(m_certFile), parser.value(m_keyFile)); !read)
            return read.error();
    }

    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    // NaN fails both comparisons; a day is far beyond any idle time worth waiting for.
    if (!ok || !(seconds > 0 && seconds <= maxTimeoutSeconds))
        return Util::makeError(tr("--timeout must be a number of seconds above 0 and at most %1, not '%2'")
                                   .arg(maxTimeoutSeconds)
                                   .arg(parser.value(m_timeout)));
    settings.phaseTimeoutMs = int(seconds * 1000);
    return {};
}

std::optional<bool> OciConnectionOptions::wantsJson(const QCommandLineParser &parser, Context &context) const
{
    const QString format = parser.value(m_format);
    if (format == QLatin1String("json"))
        return true;
    if (format == QLatin1String("text"))
        return false;
    context.err << tr("error: unknown format '%1' (use text or json)").arg(format) << Qt::endl;
    return std::nullopt;
}

std::unique_ptr<Oci::RegistryClient> OciConnectionOptions::makeClient(const QString &registry,
                                                                      const Oci::ConnectionSettings &settings,
                                                                      const QCommandLineParser &parser,
                                                                      Context &context) const
{
    auto client = std::make_unique<Oci::RegistryClient>(registry, settings);
    QObject::connect(client.get(), &Oci::RegistryClient::waiting, client.get(),
                     [&context](const QString &message, int) { context.err << message << Qt::endl; });
    if (parser.isSet(m_verbose)) {
        QObject::connect(client.get(), &Oci::RegistryClient::requestFinished, client.get(),
                         [&context](const QString &method, const QString &url, int status) {
                             context.err << Oci::RegistryClient::describeRequest(method, url, status) << Qt::endl;
                         });
    }
    return client;
}

} // namespace Cli
