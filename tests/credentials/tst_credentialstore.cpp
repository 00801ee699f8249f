#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/memorystore.h"

using namespace Credentials;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryKey_data();
    void registryKey();
    void memoryStore();
    void recordRoundTrip();
    void noSecretOnDisk();
    void removeDropsSecrets();
};

void TestCredentialStore::registryKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");

    QTest::newRow("oci endpoint") << "oci://Zot.East.Example.com:443"
                                  << "zot.east.example.com:443";
    QTest::newRow("trailing slash") << "oci://registry.example.com/"
                                    << "registry.example.com";
    QTest::newRow("path") << "https://ghcr.io/org/repo"
                          << "ghcr.io";
    QTest::newRow("bare host") << " 127.0.0.1:5000 "
                               << "127.0.0.1:5000";
}

void TestCredentialStore::registryKey()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    QCOMPARE(CredentialRecord::keyFor(input), key);
}

void TestCredentialStore::memoryStore()
{
    MemoryStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(store.checkAvailable().ok());
    QVERIFY(!store.read(QStringLiteral("a/password"))->has_value());

    const QByteArray secret = QStringLiteral("pässwörd\0tail").toUtf8();
    QVERIFY(store.write(QStringLiteral("b/password"), secret).ok());
    QVERIFY(store.write(QStringLiteral("a/tls-key"), QByteArray(20000, 'k')).ok());
    QCOMPARE(store.read(QStringLiteral("b/password"))->value(), secret);
    QCOMPARE(*store.list(), QStringList({QStringLiteral("a/tls-key"), QStringLiteral("b/password")}));

    QVERIFY(store.remove(QStringLiteral("b/password")).ok());
    QVERIFY(store.remove(QStringLiteral("b/password")).ok());
    QCOMPARE(*store.list(), QStringList{QStringLiteral("a/tls-key")});
}

void TestCredentialStore::recordRoundTrip()
{
    QTemporaryDir dir;
    CredentialRecordStore store(dir.filePath(QStringLiteral("credentials.ini")));
    CredentialRecord record;
    record.registry = QStringLiteral("zot.east.example.com:443");
    record.auth = AuthKind::Basic;
    record.username = QStringLiteral("robot$ci+proj");
    record.caFile = QStringLiteral("/etc/ssl/east-ca.pem");
    record.caPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    record.proxyAddress = QStringLiteral("http://proxy.corp:3128");
    record.proxyUsername = QStringLiteral("jdoe");
    record.updated = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QVERIFY(store.save(record).ok());

    CredentialRecord other;
    other.registry = QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com");
    other.auth = AuthKind::Aws;
    other.awsProfile = QStringLiteral("fleet");
    QVERIFY(store.save(other).ok());

    const auto loaded = CredentialRecordStore(store.settingsPath()).load(record.registry);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->username, record.username);
    QCOMPARE(loaded->auth, AuthKind::Basic);
    QCOMPARE(loaded->caPem, record.caPem);
    QCOMPARE(loaded->proxyAddress, record.proxyAddress);
    QCOMPARE(loaded->updated, record.updated);

    const QList<CredentialRecord> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().registry, other.registry);
    QCOMPARE(all.first().awsProfile, QStringLiteral("fleet"));
}

// Secrets go to the SecretStore only: with a memory store, no file anywhere under the settings
// directory may hold any of them.
void TestCredentialStore::noSecretOnDisk()
{
    QTemporaryDir dir;
    MemoryStore secrets;
    CredentialRecordStore records(dir.filePath(QStringLiteral("config/PaletteAI/registry-credentials.ini")));
    CredentialManager manager(secrets, records);

    CredentialRecord record;
    record.registry = QStringLiteral("harbor.example.com");
    record.auth = AuthKind::Basic;
    record.username = QStringLiteral("robot$ci+proj");
    record.proxyAddress = QStringLiteral("http://proxy.corp:3128");
    record.proxyUsername = QStringLiteral("jdoe");
    RegistrySecrets values;
    values.password = "Pa55-unique-7f3a";
    values.identityToken = "idtoken-unique-91b2";
    values.tlsKey = "-----BEGIN PRIVATE KEY-----\nUNIQUEKEYMATERIAL0123\n-----END PRIVATE KEY-----\n";
    values.proxyPassword = "proxy-unique-55e1";
    QVERIFY(manager.save(record, values).ok());
    QCOMPARE(manager.record(record.registry)->secretStore, QStringLiteral("memory"));

    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray &secret :
             {values.password, values.identityToken, QByteArray("UNIQUEKEYMATERIAL0123"), values.proxyPassword})
            QVERIFY2(!content.contains(secret), qPrintable(file.fileName() + QStringLiteral(" holds a secret")));
        QVERIFY(content.contains("robot$ci+proj"));
        ++files;
    }
    QCOMPARE(files, 1);

    const auto stored = manager.secrets(record.registry);
    QVERIFY(stored);
    QCOMPARE(stored->identityToken, values.identityToken);
    QCOMPARE(stored->tlsKey, values.tlsKey);
}

void TestCredentialStore::removeDropsSecrets()
{
    QTemporaryDir dir;
    MemoryStore secrets;
    CredentialRecordStore records(dir.filePath(QStringLiteral("credentials.ini")));
    CredentialManager manager(secrets, records);
    CredentialRecord record;
    record.registry = QStringLiteral("a.example.com");
    RegistrySecrets values;
    values.password = "x";
    QVERIFY(manager.save(record, values).ok());
    QCOMPARE(secrets.list()->size(), 1);

    QVERIFY(manager.remove(record.registry).ok());
    QVERIFY(secrets.list()->isEmpty());
    QVERIFY(manager.records().isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
