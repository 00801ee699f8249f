#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/dockerconfig.h"
#include "credentials/memorystore.h"

using namespace Credentials;

class TestDockerConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultPaths();
    void auths();
    void helpers();
    void helperFailure();
    void credentialForRegistry_data();
    void credentialForRegistry();
    void brokenFiles_data();
    void brokenFiles();
    void importIntoStore();

private:
    void writeFile(const QString &name, const QByteArray &data, bool executable = false);
    QProcessEnvironment helperEnvironment() const;
    const DockerCredential *find(const QList<DockerCredential> &list, const QString &server) const;

    QTemporaryDir m_dir;
};

void TestDockerConfig::writeFile(const QString &name, const QByteArray &data, bool executable)
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner);
}

QProcessEnvironment TestDockerConfig::helperEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"),
                       m_dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"));
    environment.insert(QStringLiteral("HELPER_LOG"), m_dir.filePath(QStringLiteral("helper.log")));
    return environment;
}

const DockerCredential *TestDockerConfig::find(const QList<DockerCredential> &list, const QString &server) const
{
    for (const DockerCredential &credential : list) {
        if (credential.serverUrl == server)
            return &credential;
    }
    return nullptr;
}

// Credential helpers written as small shell scripts that speak the docker-credential protocol and log
// what they were asked, so the test can check the request too.
void TestDockerConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
    writeFile(QStringLiteral("bin/docker-credential-ecr-login"), R"(#!/bin/sh
read -r server
echo "ecr-login $1 $server" >> "$HELPER_LOG"
case "$server" in
  123456789012.dkr.ecr.us-west-2.amazonaws.com)
    printf '{"ServerURL":"%s","Username":"AWS","Secret":"ecr-token-%s"}\n' "$server" "xyz" ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
)",
              true);
    writeFile(QStringLiteral("bin/docker-credential-pass"), R"(#!/bin/sh
if [ "$1" = list ]; then
  echo '{"https://harbor.example.com":"robot$ci+proj","ghcr.io":"<token>"}'
  exit 0
fi
read -r server
echo "pass $1 $server" >> "$HELPER_LOG"
case "$server" in
  https://harbor.example.com)
    echo '{"ServerURL":"https://harbor.example.com","Username":"robot$ci+proj",'\
'"Secret":"h\u00e4rbor-pw"}' ;;
  ghcr.io) echo '{"ServerURL":"ghcr.io","Username":"<token>","Secret":"refresh-token-123"}' ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
)",
              true);
    writeFile(QStringLiteral("bin/docker-credential-broken"), "#!/bin/sh\necho 'keychain locked' >&2\nexit 3\n", true);
}

void TestDockerConfig::defaultPaths()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/ada"));
    environment.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/etc/docker-ci"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
    QCOMPARE(DockerConfig::defaultPaths(environment),
             QStringList({QStringLiteral("/etc/docker-ci/config.json"), QStringLiteral("/home/ada/.docker/config.json"),
                          QStringLiteral("/run/user/1000/containers/auth.json"),
                          QStringLiteral("/home/ada/.config/containers/auth.json")}));
}

void TestDockerConfig::auths()
{
    const QByteArray auth = QStringLiteral("robot$ci+proj:pä$$:w0rd").toUtf8().toBase64();
    const QByteArray json = R"({
      "auths": {
        "zot.east.example.com:443": {"auth": ")" +
                            auth + R"("},
        "https://registry.example.com/v2/": {"username": "alice", "password": "s3cret"},
        "acr.azurecr.io": {"username": "00000000-0000-0000-0000-000000000000", "identitytoken": "acr-refresh"},
        "empty.example.com": {}
      }
    })";
    const auto config = DockerConfig::parse(json, QStringLiteral("config.json"));
    QVERIFY(config);
    const auto credentials = config->credentials(CredentialHelper(helperEnvironment()));
    QVERIFY2(credentials, qPrintable(credentials.ok() ? QString() : credentials.error().message));
    QCOMPARE(credentials->size(), 3);

    const DockerCredential *zot = find(*credentials, QStringLiteral("zot.east.example.com:443"));
    QVERIFY(zot);
    QCOMPARE(zot->username, QStringLiteral("robot$ci+proj"));
    QCOMPARE(zot->password, QStringLiteral("pä$$:w0rd").toUtf8());
    QCOMPARE(find(*credentials, QStringLiteral("https://registry.example.com/v2/"))->password, QByteArray("s3cret"));
    QCOMPARE(find(*credentials, QStringLiteral("acr.azurecr.io"))->identityToken, QByteArray("acr-refresh"));
}

void TestDockerConfig::helpers()
{
    QFile::remove(m_dir.filePath(QStringLiteral("helper.log")));
    const QByteArray json = R"({
      "credsStore": "pass",
      "credHelpers": {"123456789012.dkr.ecr.us-west-2.amazonaws.com": "ecr-login"},
      "auths": {"https://harbor.example.com": {}, "plain.example.com": {"auth": "dTpw"}}
    })";
    const auto config = DockerConfig::parse(json, QStringLiteral("config.json"));
    QVERIFY(config);
    const auto credentials = config->credentials(CredentialHelper(helperEnvironment()));
    QVERIFY2(credentials, qPrintable(credentials.ok() ? QString() : credentials.error().message));
    QCOMPARE(credentials->size(), 4);

    const DockerCredential *ecr = find(*credentials, QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"));
    QVERIFY(ecr);
    QCOMPARE(ecr->username, QStringLiteral("AWS"));
    QCOMPARE(ecr->password, QByteArray("ecr-token-xyz"));
    QCOMPARE(ecr->source, QStringLiteral("docker-credential-ecr-login"));
    const DockerCredential *harbor = find(*credentials, QStringLiteral("https://harbor.example.com"));
    QCOMPARE(harbor->username, QStringLiteral("robot$ci+proj"));
    QCOMPARE(harbor->password, QStringLiteral("härbor-pw").toUtf8());
    QCOMPARE(find(*credentials, QStringLiteral("ghcr.io"))->identityToken, QByteArray("refresh-token-123"));
    // The store has nothing for plain.example.com, so the file's own entry is used.
    QCOMPARE(find(*credentials, QStringLiteral("plain.example.com"))->password, QByteArray("p"));

    QFile log(m_dir.filePath(QStringLiteral("helper.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray asked = log.readAll();
    QVERIFY2(asked.contains("ecr-login get 123456789012.dkr.ecr.us-west-2.amazonaws.com\n"), asked.constData());
    QVERIFY(asked.contains("pass get https://harbor.example.com\n"));
    QVERIFY(!asked.contains("ecr-login get https://harbor.example.com"));
}

// One registry's credential as the registry commands look it up: entries matched by host[:port], the
// registry's helper before the store before the file, the store asked by host for registries the file omits.
void TestDockerConfig::credentialForRegistry_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QByteArray>("secret"); // the password, or the identity token when there is none

    QTest::newRow("auths key with scheme and path") << "registry.example.com" << true
                                                    << "alice" << QByteArray("s3cret");
    QTest::newRow("auths key with port") << "zot.example.com:5000" << true
                                         << "u" << QByteArray("p");
    QTest::newRow("other port is another registry") << "zot.example.com" << false
                                                    << "" << QByteArray();
    QTest::newRow("docker hub alias") << "docker.io" << true
                                      << "hubuser" << QByteArray("hubpass");
    QTest::newRow("docker hub registry-1") << "registry-1.docker.io" << true
                                           << "hubuser" << QByteArray("hubpass");
    QTest::newRow("credHelpers win") << "123456789012.dkr.ecr.us-west-2.amazonaws.com" << true
                                     << "AWS" << QByteArray("ecr-token-xyz");
    QTest::newRow("store asked by host") << "ghcr.io" << true
                                         << "" << QByteArray("refresh-token-123");
    QTest::newRow("nowhere") << "quay.io" << false
                             << "" << QByteArray();
}

void TestDockerConfig::credentialForRegistry()
{
    QFETCH(QString, registry);
    QFETCH(bool, found);
    QFETCH(QString, username);
    QFETCH(QByteArray, secret);

    const QByteArray json = R"({
      "credsStore": "pass",
      "credHelpers": {"123456789012.dkr.ecr.us-west-2.amazonaws.com": "ecr-login"},
      "auths": {
        "https://registry.example.com/v2/": {"username": "alice", "password": "s3cret"},
        "http://zot.example.com:5000": {"auth": "dTpw"},
        "https://index.docker.io/v1/": {"username": "hubuser", "password": "hubpass"},
        "123456789012.dkr.ecr.us-west-2.amazonaws.com": {"username": "stale", "password": "stale"}
      }
    })";
    const auto config = DockerConfig::parse(json, QStringLiteral("config.json"));
    QVERIFY(config);
    const auto credential = config->credentialFor(registry, CredentialHelper(helperEnvironment()));
    QVERIFY2(credential, qPrintable(credential.ok() ? QString() : credential.error().message));
    QCOMPARE(credential->has_value(), found);
    if (!found)
        return;
    QCOMPARE((*credential)->username, username);
    QCOMPARE((*credential)->password.isEmpty() ? (*credential)->identityToken : (*credential)->password, secret);
}

void TestDockerConfig::helperFailure()
{
    const auto broken =
        DockerConfig::parse(R"({"credHelpers": {"a.example.com": "broken"}})", QStringLiteral("c.json"));
    const auto failed = broken->credentials(CredentialHelper(helperEnvironment()));
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("docker-credential-broken failed on 'get' (exit code 3): "
                                                           "keychain locked")),
             qPrintable(failed.error().message));

    const auto missing = DockerConfig::parse(R"({"credsStore": "osxkeychain", "auths": {"a.example.com": {}}})",
                                             QStringLiteral("c.json"));
    const auto notInstalled = missing->credentials(CredentialHelper(helperEnvironment()));
    QVERIFY(!notInstalled);
    QVERIFY(notInstalled.error().message.contains(QLatin1String("docker-credential-osxkeychain is not installed")));
}

void TestDockerConfig::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad json") << QByteArray("{\n  \"auths\": {\n    \"a\": {,}\n  }\n}") << 3 << "Not valid JSON";
    QTest::newRow("not base64") << QByteArray(R"({"auths": {"a.example.com": {"auth": "%%%"}}})") << 0
                                << "auths.\"a.example.com\".auth is not the base64 encoding of user:password";
    QTest::newRow("no colon") << QByteArray(R"({"auths": {"a.example.com": {"auth": "bm9jb2xvbg=="}}})") << 0
                              << "is not the base64 encoding";
}

void TestDockerConfig::brokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, error);

    const auto config = DockerConfig::parse(json, QStringLiteral("/home/ada/.docker/config.json"));
    Util::Error failure;
    if (!config) {
        failure = config.error();
    } else {
        const auto credentials = config->credentials(CredentialHelper(helperEnvironment()));
        QVERIFY(!credentials);
        failure = credentials.error();
    }
    QVERIFY2(failure.message.contains(error), qPrintable(failure.message));
    QCOMPARE(failure.file, QStringLiteral("/home/ada/.docker/config.json"));
    QCOMPARE(failure.line, line);
}

void TestDockerConfig::importIntoStore()
{
    writeFile(QStringLiteral("config.json"), R"({
      "credsStore": "pass",
      "auths": {"zot.east.example.com:443": {"auth": "Zmx1eC1lYXN0OmNoYW5nZS1tZQ=="}}
    })");
    const auto config = DockerConfig::load(m_dir.filePath(QStringLiteral("config.json")));
    QVERIFY(config);

    MemoryStore secrets;
    CredentialRecordStore records(m_dir.filePath(QStringLiteral("credentials.ini")));
    CredentialManager manager(secrets, records);
    CredentialRecord existing;
    existing.registry = QStringLiteral("harbor.example.com");
    existing.caFile = QStringLiteral("/etc/ssl/harbor-ca.pem");
    RegistrySecrets existingSecrets;
    existingSecrets.proxyPassword = "keep-me";
    QVERIFY(manager.save(existing, existingSecrets).ok());

    const auto imported = config->importInto(manager, CredentialHelper(helperEnvironment()));
    QVERIFY2(imported, qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->size(), 3);

    const auto harbor = manager.record(QStringLiteral("harbor.example.com"));
    QCOMPARE(harbor->username, QStringLiteral("robot$ci+proj"));
    QCOMPARE(harbor->auth, AuthKind::Basic);
    QCOMPARE(harbor->caFile, QStringLiteral("/etc/ssl/harbor-ca.pem"));
    QCOMPARE(manager.secrets(QStringLiteral("harbor.example.com"))->proxyPassword, QByteArray("keep-me"));
    QCOMPARE(manager.secrets(QStringLiteral("harbor.example.com"))->password, QStringLiteral("härbor-pw").toUtf8());
    QCOMPARE(manager.record(QStringLiteral("ghcr.io"))->auth, AuthKind::IdentityToken);
    QCOMPARE(manager.secrets(QStringLiteral("zot.east.example.com:443"))->password, QByteArray("change-me"));
    QCOMPARE(manager.record(QStringLiteral("zot.east.example.com:443"))->username, QStringLiteral("flux-east"));
}

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"
