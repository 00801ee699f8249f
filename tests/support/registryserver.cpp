#include "registryserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

namespace TestSupport {

namespace {

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

RegistryServer::RegistryServer(Mode mode)
    : RegistryServer(Options{mode, QStringLiteral("tester"), QStringLiteral("s3cret-pässword"), true})
{
}

RegistryServer::RegistryServer(const Options &options)
    : m_options(options)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RegistryServer::~RegistryServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool RegistryServer::usesTls() const
{
    return m_options.mode == Mode::Tls || m_options.mode == Mode::TlsHtpasswd || m_options.mode == Mode::TlsClientCert;
}

bool RegistryServer::usesAuth() const
{
    return m_options.mode == Mode::Htpasswd || m_options.mode == Mode::TlsHtpasswd;
}

QString RegistryServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString RegistryServer::baseUrl() const
{
    return (usesTls() ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort();
}

QString RegistryServer::storageDirectory() const
{
    return m_dir.path() + QStringLiteral("/storage");
}

QByteArray RegistryServer::log()
{
    m_log += m_process.readAll();
    return m_log;
}

QString RegistryServer::writeHtpasswd()
{
    QProcess htpasswd;
    htpasswd.start(QStringLiteral("htpasswd"), {QStringLiteral("-Bbn"), m_options.username, m_options.password});
    if (!htpasswd.waitForFinished(30'000) || htpasswd.exitCode() != 0)
        return QStringLiteral("htpasswd failed: %1").arg(QString::fromUtf8(htpasswd.readAllStandardError()));
    const QString path = m_dir.path() + QStringLiteral("/htpasswd");
    return writeFile(path, htpasswd.readAllStandardOutput()) ? QString() : QStringLiteral("cannot write %1").arg(path);
}

QString RegistryServer::writeConfig()
{
    QByteArray config = "version: 0.1\n"
                        "log:\n  level: warn\n  accesslog:\n    disabled: true\n"
                        "storage:\n  filesystem:\n    rootdirectory: " +
                        storageDirectory().toUtf8() +
                        "\n"
                        "  delete:\n    enabled: " +
                        QByteArray(m_options.deleteEnabled ? "true" : "false") +
                        "\n"
                        "http:\n  addr: 127.0.0.1:" +
                        QByteArray::number(m_port) +
                        "\n"
                        "  secret: integration-test-secret\n";
    if (usesTls()) {
        config += "  tls:\n    certificate: " + m_pki.serverCertificateFile().toUtf8() +
                  "\n"
                  "    key: " +
                  m_pki.serverKeyFile().toUtf8() + "\n";
        if (m_options.mode == Mode::TlsClientCert)
            config += "    clientcas:\n      - " + m_pki.caCertificateFile().toUtf8() + "\n";
    }
    if (usesAuth()) {
        if (const QString error = writeHtpasswd(); !error.isEmpty())
            return error;
        config += "auth:\n  htpasswd:\n    realm: test-registry\n    path: " + m_dir.path().toUtf8() + "/htpasswd\n";
    }
    const QString path = m_dir.path() + QStringLiteral("/config.yml");
    return writeFile(path, config) ? QString() : QStringLiteral("cannot write %1").arg(path);
}

bool RegistryServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QDir().mkpath(storageDirectory());
    m_port = freePort();
    if (usesTls()) {
        m_error = m_pki.create(m_dir.path());
        if (!m_error.isEmpty())
            return false;
        // skopeo's --cert-dir layout: ca.crt plus client.cert/client.key.
        const QString skopeoDir = m_dir.path() + QStringLiteral("/skopeo-certs");
        QDir().mkpath(skopeoDir);
        QFile::copy(m_pki.caCertificateFile(), skopeoDir + QStringLiteral("/ca.crt"));
        if (m_options.mode == Mode::TlsClientCert) {
            QFile::copy(m_pki.clientCertificateFile(), skopeoDir + QStringLiteral("/client.cert"));
            QFile::copy(m_pki.clientKeyFile(), skopeoDir + QStringLiteral("/client.key"));
        }
    }
    m_error = writeConfig();
    if (!m_error.isEmpty())
        return false;

    m_process.start(QStringLiteral("docker-registry"),
                    {QStringLiteral("serve"), m_dir.path() + QStringLiteral("/config.yml")});
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("docker-registry did not start: %1").arg(m_process.errorString());
        return false;
    }
    // Ready means /v2/ answers with an HTTP status (200, or 401 with auth), over TLS when the mode has it.
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("docker-registry exited: %1").arg(QString::fromUtf8(log()));
            return false;
        }
        if (answersV2())
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("docker-registry did not listen on %1: %2").arg(hostPort(), QString::fromUtf8(log()));
    return false;
}

bool RegistryServer::answersV2() const
{
    QSslSocket socket;
    if (usesTls()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromData(m_pki.caCertificatePem()));
        if (m_options.mode == Mode::TlsClientCert) {
            configuration.setLocalCertificateChain(QSslCertificate::fromData(m_pki.clientCertificatePem()));
            configuration.setPrivateKey(QSslKey(m_pki.clientKeyPem(), QSsl::Ec));
        }
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!socket.waitForEncrypted(1000))
            return false;
    } else {
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (!socket.waitForConnected(500))
            return false;
    }
    socket.write("GET /v2/ HTTP/1.1\r\nHost: " + hostPort().toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    const QDeadlineTimer deadline(2000);
    while (!answer.contains("\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(200))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 401");
}

Oci::ConnectionSettings RegistryServer::connectionSettings() const
{
    Oci::ConnectionSettings settings;
    settings.plainHttp = !usesTls();
    if (usesTls())
        settings.caCertificatesPem << m_pki.caCertificatePem();
    if (m_options.mode == Mode::TlsClientCert) {
        settings.clientCertificatePem = m_pki.clientCertificatePem();
        settings.clientKeyPem = m_pki.clientKeyPem();
    }
    if (usesAuth()) {
        settings.credential.username = m_options.username;
        settings.credential.password = m_options.password;
    }
    settings.phaseTimeoutMs = 30'000;
    return settings;
}

QStringList RegistryServer::skopeoArguments(const QString &prefix) const
{
    QStringList arguments;
    if (!usesTls())
        arguments << QStringLiteral("--%1tls-verify=false").arg(prefix);
    else
        arguments << QStringLiteral("--%1cert-dir=%2").arg(prefix, m_dir.path() + QStringLiteral("/skopeo-certs"));
    if (usesAuth())
        arguments << QStringLiteral("--%1creds=%2:%3").arg(prefix, m_options.username, m_options.password);
    return arguments;
}

} // namespace TestSupport
