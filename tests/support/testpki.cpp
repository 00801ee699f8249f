#include "testpki.h"

#include <QFile>
#include <QProcess>

namespace TestSupport {

namespace {

QString runOpenssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()));
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};

} // namespace

QString TestPki::create(const QString &directory)
{
    m_dir = directory;
    const QString ca =
        runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                   QStringList{QStringLiteral("-keyout"), m_dir + QStringLiteral("/ca.key"), QStringLiteral("-out"),
                               caCertificateFile(), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=PaletteAI Test CA"),
                               QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                               QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (!ca.isEmpty())
        return ca;
    const QString server = issue(QStringLiteral("server"), QStringLiteral("localhost"),
                                 QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                                "extendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n"));
    if (!server.isEmpty())
        return server;
    return issue(QStringLiteral("client"), QStringLiteral("test-client"),
                 QStringLiteral("extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n"));
}

QString TestPki::issue(const QString &name, const QString &commonName, const QString &extensions)
{
    const QString base = m_dir + QLatin1Char('/') + name;
    QFile extensionFile(base + QStringLiteral(".ext"));
    if (!extensionFile.open(QIODevice::WriteOnly) || extensionFile.write(extensions.toUtf8()) < 0)
        return QStringLiteral("cannot write %1").arg(extensionFile.fileName());
    extensionFile.close();

    const QString request = runOpenssl(QStringList{QStringLiteral("req")} + ecKey +
                                       QStringList{QStringLiteral("-keyout"), base + QStringLiteral(".key"),
                                                   QStringLiteral("-out"), base + QStringLiteral(".csr"),
                                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName});
    if (!request.isEmpty())
        return request;
    return runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       base + QStringLiteral(".csr"), QStringLiteral("-CA"), caCertificateFile(),
                       QStringLiteral("-CAkey"), m_dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), base + QStringLiteral(".crt"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-extfile"), extensionFile.fileName()});
}

QByteArray TestPki::caCertificatePem() const
{
    return readAll(caCertificateFile());
}

QByteArray TestPki::clientCertificatePem() const
{
    return readAll(clientCertificateFile());
}

QByteArray TestPki::clientKeyPem() const
{
    return readAll(clientKeyFile());
}

} // namespace TestSupport
