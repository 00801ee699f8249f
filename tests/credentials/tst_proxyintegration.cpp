#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "awaitresult.h"
#include "credentials/connectionfactory.h"
#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/memorystore.h"
#include "oci/registryclient.h"
#include "registryserver.h"

using namespace Credentials;
using TestSupport::RegistryServer;

namespace {

// A small authenticating HTTP proxy (Basic): absolute-form requests for http:// targets (forwarded with
// Proxy-Authorization removed, as a real proxy does) and CONNECT tunnels for https:// targets.
class TinyProxy final : public QTcpServer
{
public:
    struct Seen
    {
        QByteArray method;
        QByteArray target;
        QByteArray proxyAuthorization;
        QByteArray authorization;
    };

    explicit TinyProxy(const QByteArray &user, const QByteArray &password)
        : m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        });
    }

    QList<Seen> seen;

private:
    static QByteArray header(const QList<QByteArray> &lines, const QByteArray &name)
    {
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

    void onClientData(QTcpSocket *client)
    {
        if (client->property("tunnel").toBool())
            return; // a relay handles it
        QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
        client->setProperty("buffer", buffer);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const qsizetype length = header(lines, "Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        client->setProperty("buffer", QByteArray());

        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Seen request{requestLine.value(0), requestLine.value(1), header(lines, "Proxy-Authorization"),
                     header(lines, "Authorization")};
        seen.append(request);
        if (request.proxyAuthorization != m_expected) {
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                          "Content-Length: 0\r\n\r\n");
            return;
        }

        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        client->setProperty("tunnel", true);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });

        if (request.method == "CONNECT") {
            const QList<QByteArray> hostPort = request.target.split(':');
            upstream->connectToHost(QString::fromLatin1(hostPort.value(0)), quint16(hostPort.value(1).toUInt()));
            connect(upstream, &QTcpSocket::connected, client,
                    [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
            return;
        }

        // Absolute form: rewrite to origin form, drop hop-by-hop headers, one request per connection.
        const QUrl url(QString::fromLatin1(request.target));
        QByteArray forwarded = request.method + ' ' + url.path(QUrl::FullyEncoded).toLatin1() +
                               (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray()) +
                               " HTTP/1.1\r\n";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const QByteArray name = line.left(line.indexOf(':')).toLower();
            if (name != "proxy-authorization" && name != "proxy-connection" && name != "connection")
                forwarded += line + "\r\n";
        }
        forwarded += "Connection: close\r\n\r\n" + buffer.mid(end + 4, length);
        upstream->connectToHost(url.host(), quint16(url.port(80)));
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, forwarded] { upstream->write(forwarded); });
    }

    QByteArray m_expected;
};

} // namespace

// proxyData from the credential store, used by the registry client against a real registry: the proxy
// gets the proxy credentials, the registry gets only its own.
class TestProxyIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainHttpThroughProxy();
    void tlsThroughConnectTunnel();
    void wrongProxyPassword();

private:
    Util::Result<Oci::ListResult> catalog(RegistryServer &registry, TinyProxy &proxy, const QByteArray &proxyPassword);

    QTemporaryDir m_dir;
};

Util::Result<Oci::ListResult> TestProxyIntegration::catalog(RegistryServer &registry, TinyProxy &proxy,
                                                            const QByteArray &proxyPassword)
{
    MemoryStore secrets;
    CredentialRecordStore records(m_dir.filePath(QStringLiteral("credentials-%1.ini").arg(registry.port())));
    CredentialManager manager(secrets, records);
    CredentialRecord record;
    record.registry = registry.hostPort();
    record.auth = AuthKind::Basic;
    record.username = registry.username();
    if (registry.usesTls())
        record.caPem = registry.pki().caCertificatePem();
    record.proxyAddress = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());
    record.proxyUsername = QStringLiteral("jdoe@corp");
    RegistrySecrets values;
    values.password = registry.password().toUtf8();
    values.proxyPassword = proxyPassword;
    if (auto saved = manager.save(record, values); !saved)
        return saved.error();

    Topology::RegistryConnection connection;
    connection.insecure = !registry.usesTls();
    ConnectionFactory factory(manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://") + registry.hostPort(), connection);
    if (!settings)
        return settings.error();
    Oci::RegistryClient client(registry.hostPort(), *settings);
    return TestSupport::await<Oci::ListResult>([&](auto done) { return client.catalog(this, done); });
}

void TestProxyIntegration::plainHttpThroughProxy()
{
    RegistryServer registry(RegistryServer::Mode::Htpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    // ASCII only: Qt 6.4 encodes Basic proxy credentials as Latin-1 whatever charset the proxy asks for.
    TinyProxy proxy("jdoe@corp", "proxy-pass-7");

    const auto listed = catalog(registry, proxy, "proxy-pass-7");
    QVERIFY2(listed, qPrintable(listed.ok() ? QString() : listed.error().message));

    const QByteArray proxyCredentials = QByteArray("jdoe@corp:proxy-pass-7");
    const QByteArray registryCredentials = (registry.username() + QLatin1Char(':') + registry.password()).toUtf8();
    bool authorizedSeen = false;
    for (const TinyProxy::Seen &request : proxy.seen) {
        QVERIFY2(request.target.startsWith(QByteArray("http://" + registry.hostPort().toLatin1())),
                 request.target.constData());
        const QByteArray authorization = QByteArray::fromBase64(request.authorization.mid(6));
        QVERIFY2(!authorization.contains(proxyCredentials), "proxy credentials sent for the registry");
        if (!request.authorization.isEmpty()) {
            QCOMPARE(authorization, registryCredentials);
            authorizedSeen = true;
        }
    }
    QVERIFY(authorizedSeen);
}

void TestProxyIntegration::tlsThroughConnectTunnel()
{
    RegistryServer registry(RegistryServer::Mode::TlsHtpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    TinyProxy proxy("jdoe@corp", "tunnel-pass");

    const auto listed = catalog(registry, proxy, "tunnel-pass");
    QVERIFY2(listed, qPrintable(listed.ok() ? QString() : listed.error().message));
    QVERIFY(!proxy.seen.isEmpty());
    for (const TinyProxy::Seen &request : proxy.seen) {
        QCOMPARE(request.method, QByteArray("CONNECT"));
        QCOMPARE(request.target, registry.hostPort().toLatin1());
        QVERIFY(request.authorization.isEmpty());
    }
}

void TestProxyIntegration::wrongProxyPassword()
{
    RegistryServer registry(RegistryServer::Mode::Htpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    TinyProxy proxy("jdoe@corp", "right");

    const auto listed = catalog(registry, proxy, "wrong");
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(QLatin1String("HTTP 407")), qPrintable(listed.error().message));
}

QTEST_GUILESS_MAIN(TestProxyIntegration)
#include "tst_proxyintegration.moc"
