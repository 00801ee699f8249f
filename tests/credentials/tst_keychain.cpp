#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <qt6keychain/keychain.h>

#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/keychainstore.h"
#include "keyringsession.h"

using namespace Credentials;

// Runs against the real Secret Service: gnome-keyring-daemon in a private D-Bus session.
class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void largeSecretShrinksWithoutLeftovers();
    void listAndRemove();
    void credentialManagerRoundTrip();
    void cliRoundTripAcrossProcesses();

private:
    static QByteArray pemBundle(int minimumSize);
    static std::optional<QByteArray> rawEntry(const QString &service, const QString &key);

    const QString m_service = QStringLiteral("paletteai-registry-console-test");
};

QByteArray TestKeychain::pemBundle(int minimumSize)
{
    QByteArray bundle;
    for (int block = 0; bundle.size() < minimumSize; ++block) {
        bundle += "-----BEGIN CERTIFICATE-----\n";
        for (int line = 0; line < 20; ++line)
            bundle += QByteArray(64, char('A' + (block + line) % 26)) + '\n';
        bundle += "-----END CERTIFICATE-----\n";
    }
    return bundle;
}

std::optional<QByteArray> TestKeychain::rawEntry(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.binaryData();
}

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PRC_KEYRING_SESSION"), "must run under run-with-keyring.sh");
    KeychainStore store(m_service);
    const auto available = store.checkAvailable();
    QVERIFY2(available, qPrintable(available.ok() ? QString() : available.error().message));
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("ascii password") << "zot.example.com:443/password" << QByteArray("s3cr3t-Passw0rd");
    QTest::newRow("robot username as key")
        << "harbor.example.com/robot$ci+proj/password" << QByteArray("robot$ci+proj:token");
    QTest::newRow("non-ascii password") << "acr.example.com/password" << QStringLiteral("pässwörd-密码-🔑-ÆØÅ").toUtf8();
    QTest::newRow("binary with NUL bytes") << "bin.example.com/tls-key" << QByteArray("a\0b\0\xff\xfe\r\n", 9);
    QTest::newRow("just under a chunk") << "edge.example.com/password" << QByteArray(KeychainStore::chunkSize - 1, 'x');
    QTest::newRow("exactly one chunk") << "edge2.example.com/password" << QByteArray(KeychainStore::chunkSize, 'y');
    QTest::newRow("16 KiB PEM bundle") << "ca.example.com/tls-key" << pemBundle(16 * 1024);
    QTest::newRow("64 KiB PEM bundle") << "ca2.example.com/tls-key" << pemBundle(64 * 1024);
}

void TestKeychain::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, secret);

    KeychainStore store(m_service);
    const auto written = store.write(key, secret);
    QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error().message));

    // A second store object proves the bytes come from the keyring, not from a cache.
    KeychainStore reader(m_service);
    const auto read = reader.read(key);
    QVERIFY2(read, qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY(read->has_value());
    QCOMPARE(read->value().size(), secret.size());
    QCOMPARE(read->value(), secret);
}

void TestKeychain::largeSecretShrinksWithoutLeftovers()
{
    KeychainStore store(m_service);
    const QString key = QStringLiteral("shrink.example.com/tls-key");
    QVERIFY(store.write(key, pemBundle(9000)).ok());
    QVERIFY(rawEntry(m_service, key + QStringLiteral("#5")).has_value());

    QVERIFY(store.write(key, "small").ok());
    QCOMPARE(store.read(key)->value(), QByteArray("small"));
    for (int part = 1; part <= 5; ++part)
        QVERIFY2(!rawEntry(m_service, key + QLatin1Char('#') + QString::number(part)), "stale chunk left");
}

void TestKeychain::listAndRemove()
{
    KeychainStore store(m_service);
    QVERIFY(store.write(QStringLiteral("list.example.com/password"), "one").ok());
    QVERIFY(store.write(QStringLiteral("list.example.com/tls-key"), pemBundle(5000)).ok());
    QVERIFY(store.list()->contains(QStringLiteral("list.example.com/password")));
    QVERIFY(store.list()->contains(QStringLiteral("list.example.com/tls-key")));

    QVERIFY(store.remove(QStringLiteral("list.example.com/tls-key")).ok());
    QVERIFY(!store.read(QStringLiteral("list.example.com/tls-key"))->has_value());
    QVERIFY(!rawEntry(m_service, QStringLiteral("list.example.com/tls-key#1")));
    QVERIFY(!store.list()->contains(QStringLiteral("list.example.com/tls-key")));
    QVERIFY(store.remove(QStringLiteral("never.example.com/password")).ok());
}

void TestKeychain::credentialManagerRoundTrip()
{
    KeychainStore secrets(m_service);
    CredentialRecordStore records(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/test/credentials.ini"));
    CredentialManager manager(secrets, records);

    CredentialRecord record;
    record.registry = CredentialRecord::keyFor(QStringLiteral("oci://Harbor.Example.com:8443"));
    record.auth = AuthKind::Basic;
    record.username = QStringLiteral("robot$ci+proj");
    RegistrySecrets values;
    values.password = QStringLiteral("Zürich-Passwort-ß-€").toUtf8();
    values.tlsKey = pemBundle(16 * 1024);
    values.proxyPassword = "proxy-secret-7731";
    QVERIFY(manager.save(record, values).ok());

    const auto loaded = manager.record(QStringLiteral("harbor.example.com:8443"));
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->username, QStringLiteral("robot$ci+proj"));
    QCOMPARE(loaded->secretStore, QStringLiteral("keychain"));
    const auto stored = manager.secrets(record.registry);
    QVERIFY(stored);
    QCOMPARE(stored->password, values.password);
    QCOMPARE(stored->tlsKey, values.tlsKey);
    QCOMPARE(stored->proxyPassword, values.proxyPassword);
    QVERIFY(stored->identityToken.isEmpty());

    // Nothing secret in the settings or anywhere under the configuration directory.
    QDirIterator files(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(values.password), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(values.proxyPassword), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(values.tlsKey.left(200)), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked > 0);

    QVERIFY(manager.remove(record.registry).ok());
    QVERIFY(!manager.record(record.registry).has_value());
    QVERIFY(!secrets.read(secretKey(record.registry, SecretName::Password))->has_value());
}

// Two runs of the real CLI: what the first stores, the second reads back from the keyring, byte for byte.
void TestKeychain::cliRoundTripAcrossProcesses()
{
    const QString program = QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry");
    const QByteArray password = QStringLiteral("Ünïcødé-pässwörd-$ci+proj-密码").toUtf8();
    QProcess set;
    set.start(program,
              {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("oci://cli.example.com:5000"),
               QStringLiteral("--username"), QStringLiteral("robot$ci+proj"), QStringLiteral("--password-stdin")});
    set.write(password + '\n');
    set.closeWriteChannel();
    QVERIFY(set.waitForFinished(60000));
    QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());
    QVERIFY(set.readAllStandardOutput().contains("Secret Service"));

    QProcess show;
    show.start(program, {QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("cli.example.com:5000"),
                         QStringLiteral("--show-secrets"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(show.waitForFinished(60000));
    QVERIFY2(show.exitCode() == 0, show.readAllStandardError().constData());
    const QJsonObject shown = QJsonDocument::fromJson(show.readAllStandardOutput()).object();
    QCOMPARE(shown.value(QLatin1String("username")).toString(), QStringLiteral("robot$ci+proj"));
    QCOMPARE(shown.value(QLatin1String("password")).toString().toUtf8(), password);
    QCOMPARE(shown.value(QLatin1String("secretStore")).toString(), QStringLiteral("keychain"));

    QProcess remove;
    remove.start(program,
                 {QStringLiteral("credentials"), QStringLiteral("rm"), QStringLiteral("cli.example.com:5000")});
    QVERIFY(remove.waitForFinished(60000));
    QCOMPARE(remove.exitCode(), 0);
}

int main(int argc, char *argv[])
{
    reexecUnderKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
