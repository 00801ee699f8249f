#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include "credentials/connectionfactory.h"
#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/memorystore.h"
#include "scriptedhttpserver.h"

using namespace Credentials;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return current; }
    QDateTime current = QDateTime::currentDateTimeUtc();
};

} // namespace

class TestConnectionFactory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void goDuration_data();
    void goDuration();
    void sampleValuesInlineData();
    void storeWinsOverInline();
    void insecureAllowsPlainHttp();
    void proxyFromStore();
    void proxyFromEnvironment();
    void mismatchedInlineKey();
    void awsProviderIsCachedAndRefreshed();

private:
    Topology::RegistryConnection eastSpoke() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryStore> m_secrets;
    std::unique_ptr<CredentialRecordStore> m_records;
    std::unique_ptr<CredentialManager> m_manager;
};

void TestConnectionFactory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemoryStore>();
    m_records = std::make_unique<CredentialRecordStore>(m_dir->filePath(QStringLiteral("credentials.ini")));
    m_manager = std::make_unique<CredentialManager>(*m_secrets, *m_records);
}

// The first spoke of the sample values file, as the topology holds it after import.
Topology::RegistryConnection TestConnectionFactory::eastSpoke() const
{
    const YAML::Node root = YAML::LoadFile(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml");
    const YAML::Node registry = root["fleetConfig"]["spokes"][0]["ociRegistry"];
    Topology::RegistryConnection connection;
    connection.endpointOverride = QString::fromStdString(registry["endpoint"].as<std::string>());
    connection.insecure = registry["insecure"].as<bool>();
    connection.timeout = QString::fromStdString(registry["timeout"].as<std::string>());
    connection.provider = Topology::Provider::Generic;
    connection.basicAuth =
        Topology::BasicAuth{QString::fromStdString(registry["basicAuth"]["username"].as<std::string>()),
                            {},
                            QString::fromStdString(registry["basicAuth"]["password"].as<std::string>()),
                            false};
    Topology::CertData certData;
    certData.caCrt = QString::fromStdString(registry["certData"]["ca.crt"].as<std::string>());
    certData.tlsCrt = QString::fromStdString(registry["certData"]["tls.crt"].as<std::string>());
    certData.tlsKey = QString::fromStdString(registry["certData"]["tls.key"].as<std::string>());
    connection.certData = certData;
    return connection;
}

void TestConnectionFactory::goDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("milliseconds");

    QTest::newRow("seconds") << "60s" << 60'000;
    QTest::newRow("minutes") << "2m" << 120'000;
    QTest::newRow("mixed") << "1m30s" << 90'000;
    QTest::newRow("fraction") << "1.5h" << 5'400'000;
    QTest::newRow("milliseconds") << "250ms" << 250;
    QTest::newRow("no unit") << "60" << -1;
    QTest::newRow("garbage") << "1m abc" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("too long") << "48h" << -1;
}

void TestConnectionFactory::goDuration()
{
    QFETCH(QString, text);
    QFETCH(int, milliseconds);
    const auto parsed = ConnectionFactory::parseGoDuration(text);
    QCOMPARE(parsed.ok(), milliseconds >= 0);
    if (parsed)
        QCOMPARE(*parsed, milliseconds);
    else
        QVERIFY(parsed.error().message.contains(QLatin1String("is not a Go duration")));
}

void TestConnectionFactory::sampleValuesInlineData()
{
    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    Topology::Topology topology;
    const auto settings = factory.build(topology, eastSpoke());
    QVERIFY2(settings, qPrintable(settings.ok() ? QString() : settings.error().message));
    QVERIFY(!settings->plainHttp);
    QVERIFY(!settings->insecureSkipVerify);
    QCOMPARE(settings->phaseTimeoutMs, 90'000);
    QCOMPARE(settings->caCertificatesPem.size(), 1);
    QVERIFY(settings->clientCertificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(settings->clientKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(settings->credential.username, QStringLiteral("flux-east"));
    QCOMPARE(settings->credential.password, QStringLiteral("change-me"));
    QVERIFY(!settings->credentialProvider);
    QCOMPARE(settings->proxy->type(), QNetworkProxy::NoProxy);
}

void TestConnectionFactory::storeWinsOverInline()
{
    CredentialRecord record;
    record.registry = QStringLiteral("zot.east.example.com:443");
    record.auth = AuthKind::Basic;
    record.username = QStringLiteral("robot$ci+proj");
    RegistrySecrets secrets;
    secrets.password = QStringLiteral("from-keychain-ü").toUtf8();
    QVERIFY(m_manager->save(record, secrets).ok());

    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://zot.east.example.com:443"), eastSpoke());
    QVERIFY(settings);
    QCOMPARE(settings->credential.username, QStringLiteral("robot$ci+proj"));
    QCOMPARE(settings->credential.password, QStringLiteral("from-keychain-ü"));
}

void TestConnectionFactory::insecureAllowsPlainHttp()
{
    Topology::RegistryConnection connection;
    connection.insecure = true;
    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://127.0.0.1:5000"), connection);
    QVERIFY(settings);
    QVERIFY(settings->plainHttp);
    QVERIFY(settings->insecureSkipVerify);

    connection.insecure = false;
    QVERIFY(!factory.build(QStringLiteral("oci://127.0.0.1:5000"), connection)->plainHttp);
    connection.timeout = QStringLiteral("soon");
    const auto broken = factory.build(QStringLiteral("oci://127.0.0.1:5000"), connection);
    QVERIFY(!broken);
    QVERIFY(broken.error().message.contains(QLatin1String("timeout 'soon'")));
}

void TestConnectionFactory::proxyFromStore()
{
    CredentialRecord record;
    record.registry = QStringLiteral("harbor.example.com");
    record.auth = AuthKind::Basic;
    record.username = QStringLiteral("registry-user");
    record.proxyAddress = QStringLiteral("http://proxy.corp:3128");
    record.proxyUsername = QStringLiteral("jdoe");
    RegistrySecrets secrets;
    secrets.password = "registry-password";
    secrets.proxyPassword = "proxy-password";
    QVERIFY(m_manager->save(record, secrets).ok());

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*")); // proxyData is not subject to NO_PROXY
    ConnectionFactory factory(*m_manager, environment);
    const auto settings = factory.build(QStringLiteral("harbor.example.com"));
    QVERIFY(settings);
    QCOMPARE(settings->proxy->type(), QNetworkProxy::HttpProxy);
    QCOMPARE(settings->proxy->hostName(), QStringLiteral("proxy.corp"));
    QCOMPARE(settings->proxy->user(), QStringLiteral("jdoe"));
    QCOMPARE(settings->proxy->password(), QStringLiteral("proxy-password"));
    // The proxy's credentials stay on the proxy; the registry gets its own.
    QCOMPARE(settings->credential.username, QStringLiteral("registry-user"));
    QCOMPARE(settings->credential.password, QStringLiteral("registry-password"));
}

void TestConnectionFactory::proxyFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://egress.corp:8080"));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral(".internal,10.0.0.0/8"));
    ConnectionFactory factory(*m_manager, environment);
    QCOMPARE(factory.build(QStringLiteral("ghcr.io"))->proxy->hostName(), QStringLiteral("egress.corp"));
    QCOMPARE(factory.build(QStringLiteral("zot.internal:5000"))->proxy->type(), QNetworkProxy::NoProxy);
    QCOMPARE(factory.build(QStringLiteral("10.1.2.3:5000"))->proxy->type(), QNetworkProxy::NoProxy);
}

void TestConnectionFactory::mismatchedInlineKey()
{
    Topology::RegistryConnection connection = eastSpoke();
    // The CA's own certificate with the client's key: a swapped key.
    connection.certData->tlsCrt = connection.certData->caCrt;
    ConnectionFactory factory(*m_manager, QProcessEnvironment());
    const auto settings = factory.build(QStringLiteral("oci://zot.east.example.com:443"), connection);
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(QLatin1String("Swapped key")), qPrintable(settings.error().message));
    QVERIFY(settings.error().message.contains(QLatin1String("CN=Example Regional Registry CA")));
}

void TestConnectionFactory::awsProviderIsCachedAndRefreshed()
{
    FakeClock clock;
    int tokens = 0;
    ScriptedHttpServer ecr([&](const ScriptedHttpServer::Request &) {
        ++tokens;
        const QJsonObject data{
            {QStringLiteral("authorizationToken"),
             QString::fromLatin1(QByteArray("AWS:token-" + QByteArray::number(tokens)).toBase64())},
            {QStringLiteral("expiresAt"), double(clock.now().addSecs(12 * 3600).toSecsSinceEpoch())}};
        return ScriptedHttpServer::Response{
            200, "application/x-amz-json-1.1",
            QJsonDocument(QJsonObject{{QStringLiteral("authorizationData"), QJsonArray{data}}}).toJson()};
    });

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
    ConnectionFactory factory(*m_manager, environment, clock);
    factory.setCloudEndpoints({QUrl(QString::fromLatin1(ecr.baseUrl() + "/")), {}, {}});
    Topology::RegistryConnection connection;
    connection.provider = Topology::Provider::Aws;
    const auto settings =
        factory.build(QStringLiteral("oci://123456789012.dkr.ecr.us-west-2.amazonaws.com"), connection);
    QVERIFY(settings);
    QVERIFY(settings->credential.username.isEmpty());
    QVERIFY(settings->credentialProvider);

    QCOMPARE(settings->credentialProvider()->password, QStringLiteral("token-1"));
    QCOMPARE(settings->credentialProvider()->password, QStringLiteral("token-1"));
    QCOMPARE(tokens, 1);
    clock.current = clock.current.addSecs(12 * 3600 - 60);
    QCOMPARE(settings->credentialProvider()->password, QStringLiteral("token-2"));

    // Built again, the same registry shares the cache.
    const auto again = factory.build(QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"), connection);
    QCOMPARE(again->credentialProvider()->password, QStringLiteral("token-2"));
    QCOMPARE(tokens, 2);

    connection.basicAuth = Topology::BasicAuth{QStringLiteral("AWS"), {}, QStringLiteral("static"), false};
    QVERIFY(factory.build(QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"), connection).ok());
    QCOMPARE(factory.warnings().size(), 1);
    QVERIFY(factory.warnings().first().contains(QLatin1String("static credentials are set")));
}

QTEST_GUILESS_MAIN(TestConnectionFactory)
#include "tst_connectionfactory.moc"
