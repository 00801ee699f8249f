#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "awaitresult.h"
#include "credentials/connectionfactory.h"
#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/dockerconfig.h"
#include "credentials/keychainstore.h"
#include "keyringsession.h"
#include "oci/registryclient.h"
#include "registryserver.h"

using namespace Credentials;
using TestSupport::RegistryServer;

// End to end: credentials entered or imported into the real Secret Service, turned into ConnectionSettings
// by the ConnectionFactory, and accepted by real docker-registry instances (htpasswd, client certificate).
class TestRegistryAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htpasswdWithStoredPassword_data();
    void htpasswdWithStoredPassword();
    void htpasswdFromDockerConfig();
    void clientCertificateFromStore();
    void clientCertificateMissing();

private:
    Util::Result<void> ping(const QString &registry, const Oci::ConnectionSettings &settings);
    static Topology::RegistryConnection plainConnection();

    QTemporaryDir m_dir;
    std::unique_ptr<KeychainStore> m_secrets;
    std::unique_ptr<CredentialRecordStore> m_records;
    std::unique_ptr<CredentialManager> m_manager;
};

void TestRegistryAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secrets = std::make_unique<KeychainStore>(QStringLiteral("paletteai-registry-console-auth-test"));
    const auto available = m_secrets->checkAvailable();
    QVERIFY2(available, qPrintable(available.ok() ? QString() : available.error().message));
    m_records = std::make_unique<CredentialRecordStore>(m_dir.filePath(QStringLiteral("credentials.ini")));
    m_manager = std::make_unique<CredentialManager>(*m_secrets, *m_records);
}

Util::Result<void> TestRegistryAuth::ping(const QString &registry, const Oci::ConnectionSettings &settings)
{
    Oci::RegistryClient client(registry, settings);
    // /v2/_catalog needs authorization on every auth mode, where /v2/ alone may not.
    const auto catalog = TestSupport::await<Oci::ListResult>([&](auto done) { return client.catalog(this, done); });
    if (!catalog)
        return catalog.error();
    return {};
}

Topology::RegistryConnection TestRegistryAuth::plainConnection()
{
    // The htpasswd test registry speaks plain HTTP, which only a registry marked insecure may use.
    Topology::RegistryConnection connection;
    connection.insecure = true;
    connection.timeout = QStringLiteral("30s");
    return connection;
}

void TestRegistryAuth::htpasswdWithStoredPassword_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("robot account") << "robot$ci+proj"
                                   << "s3cret-pässword"
                                   << "s3cret-pässword" << true;
    QTest::newRow("non-ascii") << "flux-east"
                               << "Zürich-密码-€-ß"
                               << "Zürich-密码-€-ß" << true;
    QTest::newRow("wrong password") << "flux-east"
                                    << "right-one"
                                    << "wrong-one" << false;
}

void TestRegistryAuth::htpasswdWithStoredPassword()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, stored);
    QFETCH(bool, accepted);

    RegistryServer::Options options;
    options.mode = RegistryServer::Mode::Htpasswd;
    options.username = username;
    options.password = password;
    RegistryServer registry(options);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));

    CredentialRecord record;
    record.registry = CredentialRecord::keyFor(registry.hostPort());
    record.auth = AuthKind::Basic;
    record.username = username;
    RegistrySecrets secrets;
    secrets.password = stored.toUtf8();
    QVERIFY(m_manager->save(record, secrets).ok());

    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://") + registry.hostPort(), plainConnection());
    QVERIFY2(settings, qPrintable(settings.ok() ? QString() : settings.error().message));
    QCOMPARE(settings->credential.username, username);
    QCOMPARE(settings->credential.password, stored);

    const auto pinged = ping(registry.hostPort(), *settings);
    QVERIFY2(pinged.ok() == accepted, qPrintable(pinged.ok() ? QStringLiteral("accepted") : pinged.error().message));
    if (!accepted)
        QVERIFY2(pinged.error().message.contains(QLatin1String("401")), qPrintable(pinged.error().message));
    QVERIFY(m_manager->remove(record.registry).ok());
}

void TestRegistryAuth::htpasswdFromDockerConfig()
{
    RegistryServer::Options options;
    options.mode = RegistryServer::Mode::Htpasswd;
    options.username = QStringLiteral("robot$ci+proj");
    options.password = QStringLiteral("imported-pässword");
    RegistryServer registry(options);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));

    const QByteArray auth = (options.username + QLatin1Char(':') + options.password).toUtf8().toBase64();
    const auto config =
        DockerConfig::parse(R"({"auths": {")" + registry.hostPort().toUtf8() + R"(": {"auth": ")" + auth + R"("}}})",
                            QStringLiteral("config.json"));
    QVERIFY(config);
    const auto imported = config->importInto(*m_manager, CredentialHelper(QProcessEnvironment()));
    QVERIFY2(imported, qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(*imported, QStringList{registry.hostPort()});

    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://") + registry.hostPort(), plainConnection());
    QVERIFY(settings);
    const auto pinged = ping(registry.hostPort(), *settings);
    QVERIFY2(pinged, qPrintable(pinged.ok() ? QString() : pinged.error().message));
    QVERIFY(m_manager->remove(registry.hostPort()).ok());
}

void TestRegistryAuth::clientCertificateFromStore()
{
    RegistryServer registry(RegistryServer::Mode::TlsClientCert);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));

    CredentialRecord record;
    record.registry = CredentialRecord::keyFor(registry.hostPort());
    record.caFile = registry.pki().caCertificateFile();
    record.caPem = registry.pki().caCertificatePem();
    record.certFile = registry.pki().clientCertificateFile();
    record.certPem = registry.pki().clientCertificatePem();
    record.keyFile = registry.pki().clientKeyFile();
    RegistrySecrets secrets;
    secrets.tlsKey = registry.pki().clientKeyPem();
    QVERIFY(m_manager->save(record, secrets).ok());

    // The key comes back from the keychain, not from the record in the settings.
    QFile settingsFile(m_records->settingsPath());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("PRIVATE KEY"));
    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    Topology::RegistryConnection connection;
    const auto settings = factory.build(QStringLiteral("oci://") + registry.hostPort(), connection);
    QVERIFY2(settings, qPrintable(settings.ok() ? QString() : settings.error().message));
    QVERIFY(!settings->plainHttp);
    QVERIFY(!settings->insecureSkipVerify);
    QCOMPARE(settings->caCertificatesPem.size(), 1);
    QVERIFY(settings->clientKeyPem.contains("PRIVATE KEY"));

    const auto pinged = ping(registry.hostPort(), *settings);
    QVERIFY2(pinged, qPrintable(pinged.ok() ? QString() : pinged.error().message));
    QVERIFY(m_manager->remove(record.registry).ok());
}

void TestRegistryAuth::clientCertificateMissing()
{
    RegistryServer registry(RegistryServer::Mode::TlsClientCert);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));

    CredentialRecord record;
    record.registry = CredentialRecord::keyFor(registry.hostPort());
    record.caPem = registry.pki().caCertificatePem();
    QVERIFY(m_manager->save(record, {}).ok());

    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://") + registry.hostPort());
    QVERIFY(settings);
    const auto refused = ping(registry.hostPort(), *settings);
    QVERIFY(!refused);
    qInfo() << "without a client certificate:" << refused.error().message;
    QVERIFY(m_manager->remove(record.registry).ok());
}

int main(int argc, char *argv[])
{
    reexecUnderKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestRegistryAuth test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registryauth.moc"
