#pragma once

#include <QByteArray>
#include <QString>

namespace TestSupport {

/// A throw-away certificate authority with a server certificate (SAN 127.0.0.1 and localhost) and a
/// client certificate, made with the `openssl` command line tool in a directory the caller owns.
class TestPki final
{
public:
    /// Creates every file under \a directory; returns an empty string or the error.
    QString create(const QString &directory);

    QString caCertificateFile() const { return m_dir + QStringLiteral("/ca.crt"); }
    QString serverCertificateFile() const { return m_dir + QStringLiteral("/server.crt"); }
    QString serverKeyFile() const { return m_dir + QStringLiteral("/server.key"); }
    QString clientCertificateFile() const { return m_dir + QStringLiteral("/client.crt"); }
    QString clientKeyFile() const { return m_dir + QStringLiteral("/client.key"); }

    QByteArray caCertificatePem() const;
    QByteArray clientCertificatePem() const;
    QByteArray clientKeyPem() const;

private:
    QString issue(const QString &name, const QString &commonName, const QString &extensions);

    QString m_dir;
};

} // namespace TestSupport
