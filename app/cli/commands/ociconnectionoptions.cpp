#include "ociconnectionoptions.h"

#include <QFile>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciConnectionOptions", text);
}

Util::Result<QByteArray> readPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Util::Error{tr("cannot read: %1").arg(file.errorString()), path, 0, 0};
    return file.readAll();
}

} // namespace

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
    parser.addOptions({m_username, m_passwordStdin, m_caFile, m_certFile, m_keyFile, m_insecure, m_plainHttp, m_timeout,
                       m_format, m_verbose});
}

Util::Result<Oci::ConnectionSettings> OciConnectionOptions::settings(const QCommandLineParser &parser,
                                                                     Context &context) const
{
    Oci::ConnectionSettings settings;
    settings.insecureSkipVerify = parser.isSet(m_insecure);
    settings.plainHttp = parser.isSet(m_plainHttp);
    settings.credential.username = parser.value(m_username);
    if (parser.isSet(m_passwordStdin)) {
        QByteArray password = context.readStandardInput ? context.readStandardInput() : QByteArray();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        settings.credential.password = QString::fromUtf8(password);
    }
    if (!settings.credential.password.isEmpty() && settings.credential.username.isEmpty())
        return Util::makeError(tr("--password-stdin needs --username"));

    if (parser.isSet(m_caFile)) {
        auto pem = readPem(parser.value(m_caFile));
        if (!pem)
            return pem.error();
        settings.caCertificatesPem << *pem;
    }
    if (parser.isSet(m_certFile) != parser.isSet(m_keyFile))
        return Util::makeError(tr("--cert-file and --key-file go together"));
    if (parser.isSet(m_certFile)) {
        auto certificate = readPem(parser.value(m_certFile));
        auto key = readPem(parser.value(m_keyFile));
        if (!certificate)
            return certificate.error();
        if (!key)
            return key.error();
        settings.clientCertificatePem = *certificate;
        settings.clientKeyPem = *key;
    }

    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds <= 0)
        return Util::makeError(
            tr("--timeout must be a positive number of seconds, not '%1'").arg(parser.value(m_timeout)));
    settings.phaseTimeoutMs = int(seconds * 1000);
    return settings;
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
                             context.err << method << QLatin1Char(' ') << url << QStringLiteral(" -> ")
                                         << (status ? QString::number(status) : tr("no response")) << Qt::endl;
                         });
    }
    return client;
}

} // namespace Cli
