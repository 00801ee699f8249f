#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include "command.h"
#include "scriptedhttpserver.h"

// The credentials and cert commands, in-process over string streams with the session memory store, and
// as a real process for what only a process can show (no keychain at all).
class TestCredentialCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setShowListRemove();
    void severalSecretsOnStandardInput();
    void brokenTlsInput_data();
    void brokenTlsInput();
    void importDockerConfig();
    void cloudTokenExpiryShown();
    void certInspectSampleValues();
    void certInspectTruncated();
    void noKeychainIsAClearError();
    void loginWithoutItsSecretIsNoted();
    void emptySecretIsRefused();

private:
    struct Run
    {
        int code = 0;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString writeFile(const QString &name, const QByteArray &data);
    QString openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
};

TestCredentialCli::Run TestCredentialCli::run(const QStringList &arguments, const QByteArray &input)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Cli::Context context{outStream, errStream, [input] {
                             return input;
                         }};
    Run result;
    result.code = Cli::runCli(arguments, context);
    result.out = out;
    result.err = err;
    return result;
}

QString TestCredentialCli::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    file.write(data);
    return file.fileName();
}

QString TestCredentialCli::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    process.waitForFinished(60000);
    return process.exitCode() == 0 ? QString() : QString::fromLocal8Bit(process.readAllStandardError());
}

void TestCredentialCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Records go to a private configuration directory; secrets to the session memory store.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("PALETTEAI_REGISTRY_SECRET_STORE", "memory");

    const YAML::Node root = YAML::LoadFile(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml");
    const YAML::Node certData = root["fleetConfig"]["spokes"][0]["ociRegistry"]["certData"];
    writeFile(QStringLiteral("east-ca.crt"), QByteArray::fromStdString(certData["ca.crt"].as<std::string>()));
    writeFile(QStringLiteral("east.crt"), QByteArray::fromStdString(certData["tls.crt"].as<std::string>()));
    writeFile(QStringLiteral("east.key"), QByteArray::fromStdString(certData["tls.key"].as<std::string>()));

    QCOMPARE(
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-keyout"), QStringLiteral("enc.key"), QStringLiteral("-passout"),
                 QStringLiteral("pass:open sesame"), QStringLiteral("-out"), QStringLiteral("enc.crt"),
                 QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=enc")}),
        QString());
}

void TestCredentialCli::setShowListRemove()
{
    const QString password = QStringLiteral("pässwörd-!$ci+proj");
    Run set =
        run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("oci://Zot.East.Example.com:443"),
             QStringLiteral("--username"), QStringLiteral("robot$ci+proj"), QStringLiteral("--password-stdin"),
             QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("east-ca.crt")), QStringLiteral("--cert-file"),
             m_dir.filePath(QStringLiteral("east.crt")), QStringLiteral("--key-file"),
             m_dir.filePath(QStringLiteral("east.key")), QStringLiteral("--proxy"),
             QStringLiteral("http://proxy.corp:3128"), QStringLiteral("--proxy-username"), QStringLiteral("jdoe")},
            password.toUtf8() + '\n');
    QVERIFY2(set.code == Cli::Success, qPrintable(set.err));
    QVERIFY(set.out.contains(QLatin1String("Stored credentials for zot.east.example.com:443 (basic)")));

    // Without --show-secrets only "stored" appears, never the password or the key.
    Run show = run({QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("zot.east.example.com:443")});
    QCOMPARE(show.code, int(Cli::Success));
    QVERIFY(show.out.contains(QLatin1String("username: robot$ci+proj")));
    QVERIFY(show.out.contains(QLatin1String("password: stored")));
    QVERIFY(show.out.contains(QLatin1String("CN=flux-east-client")));
    QVERIFY(!show.out.contains(password));
    QVERIFY(!show.out.contains(QLatin1String("PRIVATE KEY")));

    Run json = run({QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("zot.east.example.com:443"),
                    QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("password")).toString(), QStringLiteral("stored"));
    QCOMPARE(object.value(QLatin1String("clientCertificates"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("notAfter"))
                 .toString(),
             QStringLiteral("2036-11-30T15:27:34Z"));
    QVERIFY(!json.out.contains(password));

    Run secrets = run({QStringLiteral("credentials"), QStringLiteral("show"),
                       QStringLiteral("zot.east.example.com:443"), QStringLiteral("--show-secrets")});
    QVERIFY(secrets.out.contains(QLatin1String("password: ") + password));
    QVERIFY(secrets.out.contains(QLatin1String("-----BEGIN PRIVATE KEY-----")));

    Run list = run(
        {QStringLiteral("credentials"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(QLatin1String("registry"))
                 .toString(),
             QStringLiteral("zot.east.example.com:443"));

    // Nothing secret in any file the command wrote.
    QDirIterator files(m_dir.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(password.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains("PRIVATE KEY"), qPrintable(file.fileName()));
    }

    QCOMPARE(
        run({QStringLiteral("credentials"), QStringLiteral("rm"), QStringLiteral("zot.east.example.com:443")}).code,
        int(Cli::Success));
    Run gone = run({QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("zot.east.example.com:443")});
    QCOMPARE(gone.code, int(Cli::Failure));
    QVERIFY(gone.err.contains(QLatin1String("no credentials stored for zot.east.example.com:443")));
}

void TestCredentialCli::severalSecretsOnStandardInput()
{
    Run set = run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("multi.example.com"),
                   QStringLiteral("--username"), QStringLiteral("u"), QStringLiteral("--password-stdin"),
                   QStringLiteral("--cert-file"), m_dir.filePath(QStringLiteral("enc.crt")),
                   QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("enc.key")),
                   QStringLiteral("--key-passphrase-stdin"), QStringLiteral("--proxy"),
                   QStringLiteral("http://proxy.corp:3128"), QStringLiteral("--proxy-password-stdin")},
                  "registry-pw\r\nopen sesame\r\nproxy-pw\r\n");
    QVERIFY2(set.code == Cli::Success, qPrintable(set.err));
    QVERIFY(set.err.contains(QLatin1String("expires in")));

    Run show = run({QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("multi.example.com"),
                    QStringLiteral("--show-secrets"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject object = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("password")).toString(), QStringLiteral("registry-pw"));
    QCOMPARE(object.value(QLatin1String("proxyPassword")).toString(), QStringLiteral("proxy-pw"));
    // The key is kept decrypted, as the TLS client needs it; the passphrase is not kept.
    QVERIFY(object.value(QLatin1String("tlsKey")).toString().startsWith(QLatin1String("-----BEGIN PRIVATE KEY-----")));
    QVERIFY(!show.out.contains(QLatin1String("open sesame")));

    Run tooFew = run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("multi.example.com"),
                      QStringLiteral("--password-stdin"), QStringLiteral("--identity-token-stdin")},
                     "only-one-line\n");
    QCOMPARE(tooFew.code, int(Cli::UsageError));
    QVERIFY(tooFew.err.contains(QLatin1String("give one per line")));
}

void TestCredentialCli::brokenTlsInput_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("swapped key") << "east.crt"
                                 << "enc.key" << QByteArray("open sesame")
                                 << "Swapped key: the RSA key does not match the certificate CN=flux-east-client";
    QTest::newRow("files swapped") << "east.key"
                                   << "east.crt" << QByteArray() << "are the certificate and key files swapped";
    QTest::newRow("no passphrase") << "enc.crt"
                                   << "enc.key" << QByteArray() << "needs a passphrase";
    QTest::newRow("wrong passphrase") << "enc.crt"
                                      << "enc.key" << QByteArray("open barley") << "Wrong passphrase";
}

void TestCredentialCli::brokenTlsInput()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    QStringList arguments{QStringLiteral("credentials"),
                          QStringLiteral("set"),
                          QStringLiteral("broken.example.com"),
                          QStringLiteral("--cert-file"),
                          m_dir.filePath(cert),
                          QStringLiteral("--key-file"),
                          m_dir.filePath(key)};
    if (!input.isEmpty())
        arguments.append(QStringLiteral("--key-passphrase-stdin"));
    const Run set = run(arguments, input);
    QCOMPARE(set.code, int(Cli::Failure));
    QVERIFY2(set.err.contains(error), qPrintable(set.err));
    QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("broken.example.com")}).code,
             int(Cli::Failure));
}

void TestCredentialCli::importDockerConfig()
{
    const QString config = writeFile(QStringLiteral("config.json"), R"({"auths": {
        "ghcr.io": {"auth": ")" + QByteArray("octo:ghp_token").toBase64() +
                                                                        R"("},
        "acr.azurecr.io": {"identitytoken": "refresh-xyz"}}})");
    const Run imported = run({QStringLiteral("credentials"), QStringLiteral("import-docker-config"), config});
    QVERIFY2(imported.code == Cli::Success, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QLatin1String("2 registry login(s) imported")));

    const Run show = run({QStringLiteral("credentials"), QStringLiteral("show"), QStringLiteral("acr.azurecr.io"),
                          QStringLiteral("--show-secrets"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject object = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("auth")).toString(), QStringLiteral("identity-token"));
    QCOMPARE(object.value(QLatin1String("identityToken")).toString(), QStringLiteral("refresh-xyz"));

    const Run broken = run({QStringLiteral("credentials"), QStringLiteral("import-docker-config"),
                            writeFile(QStringLiteral("bad.json"), "{\n\"auths\": [}\n")});
    QCOMPARE(broken.code, int(Cli::UsageError));
    QVERIFY2(broken.err.contains(QLatin1String("bad.json:2")), qPrintable(broken.err));
}

void TestCredentialCli::cloudTokenExpiryShown()
{
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + 12 * 3600;
    ScriptedHttpServer ecr([&](const ScriptedHttpServer::Request &request) {
        if (request.header("X-Amz-Target") != "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken")
            return ScriptedHttpServer::Response{400, "application/x-amz-json-1.1", "{}"};
        const QJsonObject data{
            {QStringLiteral("authorizationToken"), QString::fromLatin1(QByteArray("AWS:ecr-secret-token").toBase64())},
            {QStringLiteral("expiresAt"), double(expiry)}};
        return ScriptedHttpServer::Response{
            200, "application/x-amz-json-1.1",
            QJsonDocument(QJsonObject{{QStringLiteral("authorizationData"), QJsonArray{data}}}).toJson()};
    });
    qputenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    qputenv("AWS_SECRET_ACCESS_KEY", "example-secret");
    qputenv("AWS_ENDPOINT_URL_ECR", ecr.baseUrl() + '/');

    const QString registry = QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com");
    QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("set"), registry, QStringLiteral("--provider"),
                  QStringLiteral("aws")})
                 .code,
             int(Cli::Success));
    const Run show = run({QStringLiteral("credentials"), QStringLiteral("show"), registry,
                          QStringLiteral("--fetch-token"), QStringLiteral("--format"), QStringLiteral("json")});
    qunsetenv("AWS_ENDPOINT_URL_ECR");
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");

    QVERIFY2(show.code == Cli::Success, qPrintable(show.err));
    const QJsonObject token =
        QJsonDocument::fromJson(show.out.toUtf8()).object().value(QLatin1String("token")).toObject();
    QCOMPARE(token.value(QLatin1String("username")).toString(), QStringLiteral("AWS"));
    QCOMPARE(token.value(QLatin1String("password")).toString(), QStringLiteral("stored"));
    QCOMPARE(token.value(QLatin1String("expiresAt")).toString(),
             QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC).toString(Qt::ISODate));
    QVERIFY(!show.out.contains(QLatin1String("ecr-secret-token")));
    QCOMPARE(ecr.requests().size(), 1);
}

void TestCredentialCli::certInspectSampleValues()
{
    const Run text = run({QStringLiteral("cert"), QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("east.crt")),
                          QStringLiteral("--key"), m_dir.filePath(QStringLiteral("east.key")), QStringLiteral("--ca"),
                          m_dir.filePath(QStringLiteral("east-ca.crt"))});
    QVERIFY2(text.code == Cli::Success, qPrintable(text.out + text.err));
    QVERIFY(text.out.contains(QLatin1String("Subject:      CN=flux-east-client")));
    QVERIFY(text.out.contains(QLatin1String("Valid until:  2036-11-30T15:27:34Z")));
    QVERIFY(text.out.contains(QLatin1String("key (PKCS#8) matches the certificate")));
    QVERIFY(text.out.contains(QLatin1String("chains to the CA")));

    const Run json = run({QStringLiteral("cert"), QStringLiteral("inspect"), m_dir.filePath(QStringLiteral("east.crt")),
                          QStringLiteral("--key"), m_dir.filePath(QStringLiteral("enc.key")),
                          QStringLiteral("--passphrase-stdin"), QStringLiteral("--format"), QStringLiteral("json")},
                         "open sesame\n");
    QCOMPARE(json.code, int(Cli::Failure));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(object.value(QLatin1String("key")).toObject().value(QLatin1String("matchesCertificate")).toBool(true),
             false);
    QCOMPARE(object.value(QLatin1String("certificates"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("keyType"))
                 .toString(),
             QStringLiteral("EC (prime256v1)"));
}

void TestCredentialCli::certInspectTruncated()
{
    QFile source(m_dir.filePath(QStringLiteral("east.crt")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray pem = source.readAll();
    pem.truncate(pem.indexOf("-----END"));
    const Run truncated = run({QStringLiteral("cert"), QStringLiteral("inspect"),
                               writeFile(QStringLiteral("cut.crt"), "# client\r\n" + pem.replace("\n", "\r\n"))});
    QCOMPARE(truncated.code, int(Cli::Failure));
    QVERIFY2(
        truncated.err.contains(QLatin1String("cut.crt:2: Truncated PEM: the CERTIFICATE block that begins at line 2 "
                                             "has no END line")),
        qPrintable(truncated.err));
}

// As a real process with no D-Bus session: the keychain is missing, the command says which one, offers the
// memory store, and writes no secret anywhere.
void TestCredentialCli::noKeychainIsAClearError()
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PALETTEAI_REGISTRY_SECRET_STORE"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("process-config")));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry"),
              {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("zot.example.com"),
               QStringLiteral("--username"), QStringLiteral("u"), QStringLiteral("--password-stdin")});
    cli.write("never-on-disk-4711\n");
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), int(Cli::Failure));
    QVERIFY2(err.contains(QLatin1String("Secret Service (org.freedesktop.secrets) is not available")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("--memory-store")));

    QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("never-on-disk-4711"), qPrintable(file.fileName()));
    }
}

// A login stored with --memory-store by one process: its record stays, its password went with the process.
// The next command says so instead of letting a 401 seem to blame the registry.
void TestCredentialCli::loginWithoutItsSecretIsNoted()
{
    const QString registry = QStringLiteral("127.0.0.1:9");
    QProcess cli;
    cli.start(QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry"),
              {QStringLiteral("credentials"), QStringLiteral("set"), registry, QStringLiteral("--username"),
               QStringLiteral("gone-user"), QStringLiteral("--password-stdin"), QStringLiteral("--memory-store")});
    cli.write("kept-only-in-that-process\n");
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    const Run ls = run({QStringLiteral("ls"), registry, QStringLiteral("--plain-http"),
                        QStringLiteral("--memory-store"), QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(ls.code, int(Cli::Failure));
    QVERIFY2(ls.err.contains(QLatin1String("the password of gone-user was kept in memory by the process that stored "
                                           "it and is gone; pass it with --username gone-user --password-stdin")),
             qPrintable(ls.err));
    // With the password given there is nothing to note.
    const Run given = run({QStringLiteral("ls"), registry, QStringLiteral("--plain-http"), QStringLiteral("--username"),
                           QStringLiteral("gone-user"), QStringLiteral("--password-stdin"),
                           QStringLiteral("--memory-store"), QStringLiteral("--timeout"), QStringLiteral("2")},
                          "again\n");
    QVERIFY2(!given.err.contains(QLatin1String("note:")), qPrintable(given.err));
}

// An empty line for a secret would replace what was stored with nothing and still say "Stored".
void TestCredentialCli::emptySecretIsRefused()
{
    const QString registry = QStringLiteral("empty-secret.example.com");
    Run stored = run({QStringLiteral("credentials"), QStringLiteral("set"), registry, QStringLiteral("--username"),
                      QStringLiteral("u"), QStringLiteral("--password-stdin")},
                     "first\n");
    QVERIFY2(stored.code == Cli::Success, qPrintable(stored.err));
    Run empty = run({QStringLiteral("credentials"), QStringLiteral("set"), registry, QStringLiteral("--username"),
                     QStringLiteral("u"), QStringLiteral("--password-stdin")},
                    "\n");
    QCOMPARE(empty.code, int(Cli::UsageError));
    QVERIFY2(empty.err.contains(QLatin1String("--password-stdin: standard input gave an empty line")),
             qPrintable(empty.err));
    Run shown =
        run({QStringLiteral("credentials"), QStringLiteral("show"), registry, QStringLiteral("--show-secrets")});
    QVERIFY2(shown.out.contains(QLatin1String("first")), qPrintable(shown.out));
}

QTEST_GUILESS_MAIN(TestCredentialCli)
#include "tst_credentialcli.moc"
