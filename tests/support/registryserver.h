#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include "oci/connectionsettings.h"
#include "testpki.h"

namespace TestSupport {

/// A real CNCF Distribution registry (`docker-registry serve`) on 127.0.0.1 with a free port, for
/// integration tests. Storage lives in a temporary directory, deletes are enabled, and the process stops
/// when the object is destroyed.
///
///     RegistryServer registry(RegistryServer::Mode::Htpasswd);
///     QVERIFY2(registry.start(), qPrintable(registry.errorString()));
///     Oci::RegistryClient client(registry.hostPort(), registry.connectionSettings());
class RegistryServer final
{
public:
    enum class Mode {
        Plain,         ///< plain HTTP, anonymous
        Htpasswd,      ///< plain HTTP with htpasswd basic auth (bcrypt)
        Tls,           ///< HTTPS with a test CA, anonymous
        TlsHtpasswd,   ///< HTTPS with a test CA and htpasswd basic auth
        TlsClientCert, ///< HTTPS that requires a client certificate signed by the test CA
    };

    struct Options
    {
        Mode mode = Mode::Plain;
        QString username = QStringLiteral("tester");
        QString password = QStringLiteral("s3cret-pässword");
        /// storage.delete.enabled; off shows how a registry refuses deletes.
        bool deleteEnabled = true;
    };

    explicit RegistryServer(Mode mode = Mode::Plain);
    explicit RegistryServer(const Options &options);
    ~RegistryServer();
    RegistryServer(const RegistryServer &) = delete;
    RegistryServer &operator=(const RegistryServer &) = delete;

    /// Writes the config, starts the server and waits (up to 15 s) until GET /v2/ answers.
    bool start();
    QString errorString() const { return m_error; }

    bool usesTls() const;
    bool usesAuth() const;
    int port() const { return m_port; }
    /// "127.0.0.1:<port>"
    QString hostPort() const;
    /// "http://127.0.0.1:<port>" or "https://..."
    QString baseUrl() const;
    QString username() const { return m_options.username; }
    QString password() const { return m_options.password; }
    const TestPki &pki() const { return m_pki; }
    QString storageDirectory() const;
    /// What the server wrote to stdout and stderr so far (for failure messages).
    QByteArray log();

    /// Settings for Oci::RegistryClient: plain HTTP or the test CA, credentials and client certificate
    /// as the mode needs them.
    Oci::ConnectionSettings connectionSettings() const;
    /// `--tls-verify=false`, `--cert-dir`, `--creds` arguments for skopeo against this server.
    QStringList skopeoArguments(const QString &prefix) const;

private:
    QString writeConfig();
    QString writeHtpasswd();
    bool answersV2() const;

    Options m_options;
    QTemporaryDir m_dir;
    TestPki m_pki;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
    QByteArray m_log;
};

} // namespace TestSupport
