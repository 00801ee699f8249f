#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "credentials/awsecr.h"
#include "credentials/azureacr.h"
#include "credentials/credentialcache.h"
#include "credentials/gcptoken.h"
#include "credentials/sigv4.h"
#include "scriptedhttpserver.h"

using namespace Credentials;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return current; }
    QDateTime current = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
};

QProcessEnvironment awsEnvironment(const QString &token = {})
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE12345"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                       QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), token);
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    return environment;
}

} // namespace

class TestCloudProviders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecrHost_data();
    void ecrHost();
    void sigV4MatchesBotocore_data();
    void sigV4MatchesBotocore();
    void ecrGetAuthorizationToken();
    void ecrServiceError();
    void awsSharedFiles();
    void azureExchange();
    void gcpServiceAccount();
    void gcpEnvironmentToken();
    void cacheRefreshesBeforeExpiry();

private:
    static QJsonObject botocoreHeaders(const QByteArray &method, const QString &url, const QString &region,
                                       const QString &service, const QByteArray &stamp,
                                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                       const QProcessEnvironment &environment);
};

void TestCloudProviders::ecrHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("apiHost");

    QTest::newRow("aws") << "123456789012.dkr.ecr.us-west-2.amazonaws.com"
                         << "us-west-2"
                         << "aws"
                         << "api.ecr.us-west-2.amazonaws.com";
    QTest::newRow("aws with port") << "123456789012.dkr.ecr.eu-central-1.amazonaws.com:443"
                                   << "eu-central-1"
                                   << "aws"
                                   << "api.ecr.eu-central-1.amazonaws.com";
    QTest::newRow("fips") << "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com"
                          << "us-east-1"
                          << "aws"
                          << "ecr-fips.us-east-1.amazonaws.com";
    QTest::newRow("china") << "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn"
                           << "cn-north-1"
                           << "aws-cn"
                           << "api.ecr.cn-north-1.amazonaws.com.cn";
    QTest::newRow("govcloud") << "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com"
                              << "us-gov-west-1"
                              << "aws-us-gov"
                              << "api.ecr.us-gov-west-1.amazonaws.com";
    QTest::newRow("govcloud fips") << "123456789012.dkr.ecr-fips.us-gov-east-1.amazonaws.com"
                                   << "us-gov-east-1"
                                   << "aws-us-gov"
                                   << "ecr-fips.us-gov-east-1.amazonaws.com";
    QTest::newRow("iso") << "123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov"
                         << "us-iso-east-1"
                         << "aws-iso"
                         << "api.ecr.us-iso-east-1.c2s.ic.gov";
    QTest::newRow("iso-b") << "123456789012.dkr.ecr.us-isob-east-1.sc2s.sgov.gov"
                           << "us-isob-east-1"
                           << "aws-iso-b"
                           << "api.ecr.us-isob-east-1.sc2s.sgov.gov";
    QTest::newRow("not ecr") << "registry.example.com" << QString() << QString() << QString();
    QTest::newRow("short account") << "12345.dkr.ecr.us-west-2.amazonaws.com" << QString() << QString() << QString();
}

void TestCloudProviders::ecrHost()
{
    QFETCH(QString, host);
    QFETCH(QString, region);
    QFETCH(QString, partition);
    QFETCH(QString, apiHost);

    const auto registry = AwsEcr::parseHost(host);
    QCOMPARE(registry.has_value(), !region.isEmpty());
    if (!registry)
        return;
    QCOMPARE(registry->accountId, QStringLiteral("123456789012"));
    QCOMPARE(registry->region, region);
    QCOMPARE(registry->partition, partition);
    QCOMPARE(registry->apiHost, apiHost);
}

QJsonObject TestCloudProviders::botocoreHeaders(const QByteArray &method, const QString &url, const QString &region,
                                                const QString &service, const QByteArray &stamp,
                                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                                const QByteArray &body, const QProcessEnvironment &environment)
{
    QStringList arguments{QStringLiteral(PRC_SOURCE_DIR "/tests/credentials/sigv4_botocore.py"),
                          QString::fromLatin1(method),
                          url,
                          region,
                          service,
                          QString::fromLatin1(stamp)};
    for (const auto &[name, value] : headers)
        arguments.append(QString::fromLatin1(name + ": " + value));
    QProcess python;
    python.setProcessEnvironment(environment);
    // Debian's interpreter, which has python3-botocore; a python3 earlier in PATH may not.
    python.start(QStringLiteral("/usr/bin/python3"), arguments);
    python.write(body);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qWarning() << python.readAllStandardError();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestCloudProviders::sigV4MatchesBotocore_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("ecr") << QByteArray("POST") << "https://api.ecr.us-west-2.amazonaws.com/"
                         << "us-west-2"
                         << "ecr" << QString() << QByteArray("{}");
    QTest::newRow("ecr with session token")
        << QByteArray("POST") << "https://api.ecr.cn-north-1.amazonaws.com.cn/"
        << "cn-north-1"
        << "ecr"
        << "FwoGZXIvYXdzEBYaD+session/token==" << QByteArray(R"({"registryIds":["123456789012"]})");
    QTest::newRow("get with query") << QByteArray("GET")
                                    << "https://sts.amazonaws.com/?Version=2011-06-15&Action=Get"
                                       "CallerIdentity&b=a%20b&a=x%2Fy~"
                                    << "us-east-1"
                                    << "sts" << QString() << QByteArray();
    QTest::newRow("local port") << QByteArray("POST") << "http://127.0.0.1:8123/"
                                << "us-gov-west-1"
                                << "ecr" << QString() << QByteArray("{}");
}

void TestCloudProviders::sigV4MatchesBotocore()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QString, sessionToken);
    QFETCH(QByteArray, body);

    const QProcessEnvironment environment = awsEnvironment(sessionToken);
    const auto credentials = AwsEcr::loadCredentials(environment);
    QVERIFY(credentials);
    const QDateTime time(QDate(2026, 12, 3), QTime(15, 4, 5), Qt::UTC);
    const QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-amz-json-1.1"},
                                                       {"X-Amz-Target", AwsEcr::target}};
    const SigV4::Headers ours = SigV4::sign(method, QUrl(url), headers, body, *credentials, region, service, time);

    const QJsonObject theirs =
        botocoreHeaders(method, url, region, service, "20261203T150405Z", headers, body, environment);
    QVERIFY2(!theirs.isEmpty(), "botocore produced nothing");
    QByteArray authorization;
    for (const auto &[name, value] : ours) {
        if (name == "Authorization")
            authorization = value;
    }
    QCOMPARE(authorization, theirs.value(QLatin1String("Authorization")).toString().toLatin1());
}

void TestCloudProviders::ecrGetAuthorizationToken()
{
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(12 * 3600);
    ScriptedHttpServer server([&](const ScriptedHttpServer::Request &request) {
        // What ECR itself refuses: anything but a signed JSON 1.1 POST of this target.
        if (request.method != "POST" || request.target != "/" ||
            request.header("Content-Type") != "application/x-amz-json-1.1" ||
            request.header("X-Amz-Target") != AwsEcr::target ||
            !request.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE12345/"))
            return ScriptedHttpServer::Response{400, "application/x-amz-json-1.1",
                                                R"({"__type":"InvalidSignatureException","message":"bad request"})"};
        const QJsonObject data{
            {QStringLiteral("authorizationToken"), QString::fromLatin1(QByteArray("AWS:ecr-password-Zm9v").toBase64())},
            {QStringLiteral("expiresAt"), double(expiry.toSecsSinceEpoch())},
            {QStringLiteral("proxyEndpoint"), QStringLiteral("https://123456789012.dkr.ecr.us-west-2.amazonaws.com")}};
        const QJsonObject reply{{QStringLiteral("authorizationData"), QJsonArray{data}}};
        return ScriptedHttpServer::Response{200, "application/x-amz-json-1.1", QJsonDocument(reply).toJson()};
    });

    const QProcessEnvironment environment = awsEnvironment(QStringLiteral("session-token-abc"));
    AwsEcr ecr(environment, {}, QUrl(QString::fromLatin1(server.baseUrl() + "/")));
    const auto credential = ecr.fetch(QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"));
    QVERIFY2(credential, qPrintable(credential.ok() ? QString() : credential.error().message));
    QCOMPARE(credential->username, QStringLiteral("AWS"));
    QCOMPARE(credential->password, QStringLiteral("ecr-password-Zm9v"));
    QCOMPARE(credential->expiresAt.toSecsSinceEpoch(), expiry.toSecsSinceEpoch());

    // Check the signature as AWS does: recompute it over the signed headers as received.
    QCOMPARE(server.requests().size(), 1);
    const ScriptedHttpServer::Request &request = server.requests().first();
    QCOMPARE(request.body, QByteArray("{}"));
    int hostHeaders = 0;
    for (const auto &header : request.headers)
        hostHeaders += header.first.compare("Host", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(hostHeaders, 1); // AWS refuses a request with two Host headers
    QCOMPARE(request.header("X-Amz-Security-Token"), QByteArray("session-token-abc"));
    const QByteArray authorization = request.header("Authorization");
    QVERIFY(authorization.contains("/us-west-2/ecr/aws4_request"));
    const QByteArray signedHeaders = authorization.mid(authorization.indexOf("SignedHeaders=") + 14).split(',').first();
    QCOMPARE(signedHeaders, QByteArray("content-type;host;x-amz-date;x-amz-security-token;x-amz-target"));
    const QJsonObject theirs = botocoreHeaders(
        "POST", QString::fromLatin1(server.baseUrl() + "/"), QStringLiteral("us-west-2"), QStringLiteral("ecr"),
        request.header("X-Amz-Date"),
        {{"Content-Type", request.header("Content-Type")}, {"X-Amz-Target", request.header("X-Amz-Target")}},
        request.body, environment);
    QCOMPARE(authorization, theirs.value(QLatin1String("Authorization")).toString().toLatin1());
}

void TestCloudProviders::ecrServiceError()
{
    ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
        return ScriptedHttpServer::Response{
            400, "application/x-amz-json-1.1",
            R"({"__type":"AccessDeniedException","message":"User: arn:aws:iam::123456789012:user/ci is not )"
            R"(authorized to perform: ecr:GetAuthorizationToken"})"};
    });
    AwsEcr ecr(awsEnvironment(), {}, QUrl(QString::fromLatin1(server.baseUrl() + "/")));
    const auto credential = ecr.fetch(QStringLiteral("123456789012.dkr.ecr.us-west-2.amazonaws.com"));
    QVERIFY(!credential);
    QVERIFY2(credential.error().message.contains(QLatin1String("HTTP 400: AccessDeniedException User: arn:aws:iam")),
             qPrintable(credential.error().message));

    const auto notEcr = ecr.fetch(QStringLiteral("zot.example.com"));
    QVERIFY(!notEcr);
    QVERIFY(notEcr.error().message.contains(QLatin1String("is not an Amazon ECR registry host")));
}

void TestCloudProviders::awsSharedFiles()
{
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".aws"));
    QFile credentials(home.filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n\n"
                      "[fleet]\n# the CI robot\naws_access_key_id=AKIDFLEET\naws_secret_access_key = fleet/secret+key\n"
                      "aws_session_token = fleet-token\n");
    credentials.close();
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile sso-like]\nregion = eu-west-1\naws_access_key_id = AKIDCONFIG\n"
                 "aws_secret_access_key = config-secret\n");
    config.close();

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    QCOMPARE(AwsEcr::loadCredentials(environment)->accessKeyId, QStringLiteral("AKIDDEFAULT"));
    environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("fleet"));
    const auto fleet = AwsEcr::loadCredentials(environment);
    QCOMPARE(fleet->secretAccessKey, QByteArray("fleet/secret+key"));
    QCOMPARE(fleet->sessionToken, QByteArray("fleet-token"));
    QVERIFY(fleet->source.contains(QLatin1String("profile fleet")));
    QCOMPARE(AwsEcr::loadCredentials(environment, QStringLiteral("sso-like"))->accessKeyId,
             QStringLiteral("AKIDCONFIG"));

    const auto missing = AwsEcr::loadCredentials(environment, QStringLiteral("nope"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("profile 'nope' has no aws_access_key_id")));
}

void TestCloudProviders::azureExchange()
{
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + 3 * 3600;
    const QByteArray refreshToken =
        QByteArray(R"({"alg":"RS256","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
        '.' +
        QByteArray(R"({"exp":)" + QByteArray::number(expiry) + R"(,"grant_type":"refresh_token"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
        ".c2lnbmF0dXJl";
    ScriptedHttpServer server([&](const ScriptedHttpServer::Request &request) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        // ACR answers 400 unless the form carries exactly these fields.
        if (request.method != "POST" || request.target != "/oauth2/exchange" ||
            request.header("Content-Type") != "application/x-www-form-urlencoded" ||
            form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("access_token") ||
            form.queryItemValue(QStringLiteral("service")) != QLatin1String("fleet.azurecr.io") ||
            form.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded) != QLatin1String("aad+token/x=="))
            return ScriptedHttpServer::Response{400, "application/json", R"({"errors":[{"code":"UNAUTHORIZED"}]})"};
        return ScriptedHttpServer::Response{200, "application/json", R"({"refresh_token":")" + refreshToken + R"("})"};
    });

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AZURE_ACCESS_TOKEN"), QStringLiteral("aad+token/x=="));
    AzureAcr acr(environment, {}, QUrl(QString::fromLatin1(server.baseUrl() + "/oauth2/exchange")));
    const auto credential = acr.fetch(QStringLiteral("fleet.azurecr.io"));
    QVERIFY2(credential, qPrintable(credential.ok() ? QString() : credential.error().message));
    QCOMPARE(credential->username, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QCOMPARE(credential->password.toLatin1(), refreshToken);
    QCOMPARE(credential->expiresAt.toSecsSinceEpoch(), expiry);

    const auto refused = AzureAcr(environment, {}, QUrl(QString::fromLatin1(server.baseUrl() + "/oauth2/exchange")))
                             .fetch(QStringLiteral("other.azurecr.io"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("failed with HTTP 400")),
             qPrintable(refused.error().message));
    QVERIFY(!AzureAcr(QProcessEnvironment()).fetch(QStringLiteral("fleet.azurecr.io")));
}

void TestCloudProviders::gcpServiceAccount()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                              QStringLiteral("RSA"), QStringLiteral("-out"), QStringLiteral("sa.pem")});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("sa.pem"), QStringLiteral("-pubout"),
                   QStringLiteral("-out"), QStringLiteral("sa.pub")});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    QFile pem(dir.filePath(QStringLiteral("sa.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));

    const QString tokenUri = QStringLiteral("https://oauth2.googleapis.com/token");
    const QJsonObject key{{QStringLiteral("type"), QStringLiteral("service_account")},
                          {QStringLiteral("project_id"), QStringLiteral("fleet-prod")},
                          {QStringLiteral("private_key_id"), QStringLiteral("abc123")},
                          {QStringLiteral("private_key"), QString::fromLatin1(pem.readAll())},
                          {QStringLiteral("client_email"), QStringLiteral("puller@fleet-prod.iam.gserviceaccount.com")},
                          {QStringLiteral("token_uri"), tokenUri}};
    QFile keyFile(dir.filePath(QStringLiteral("key.json")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(QJsonDocument(key).toJson());
    keyFile.close();

    QString verifyError;
    ScriptedHttpServer server([&](const ScriptedHttpServer::Request &request) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        const QByteArrayList jwt = form.queryItemValue(QStringLiteral("assertion")).toLatin1().split('.');
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(jwt.value(1), QByteArray::Base64UrlEncoding)).object();
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(jwt.value(0), QByteArray::Base64UrlEncoding)).object();

        // Google verifies the RS256 signature with the account's public key; the openssl CLI does it here.
        QFile signature(dir.filePath(QStringLiteral("sig.bin")));
        signature.open(QIODevice::WriteOnly);
        signature.write(QByteArray::fromBase64(jwt.value(2), QByteArray::Base64UrlEncoding));
        signature.close();
        QFile input(dir.filePath(QStringLiteral("input.txt")));
        input.open(QIODevice::WriteOnly);
        input.write(jwt.value(0) + '.' + jwt.value(1));
        input.close();
        QProcess verify;
        verify.setWorkingDirectory(dir.path());
        verify.start(QStringLiteral("openssl"),
                     {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                      QStringLiteral("sa.pub"), QStringLiteral("-signature"), QStringLiteral("sig.bin"),
                      QStringLiteral("input.txt")});
        verify.waitForFinished(30000);

        if (request.target != "/token" || form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded) !=
                                              QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer"))
            verifyError = QStringLiteral("wrong grant");
        else if (verify.exitCode() != 0)
            verifyError = QString::fromLatin1(verify.readAll());
        else if (header.value(QLatin1String("alg")).toString() != QLatin1String("RS256") ||
                 header.value(QLatin1String("kid")).toString() != QLatin1String("abc123") ||
                 claims.value(QLatin1String("iss")).toString() != key.value(QLatin1String("client_email")).toString() ||
                 claims.value(QLatin1String("aud")).toString() != tokenUri ||
                 claims.value(QLatin1String("scope")).toString() != QLatin1String(GcpToken::scope) ||
                 claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger() !=
                     3600)
            verifyError = QString::fromUtf8(QJsonDocument(claims).toJson());
        if (!verifyError.isEmpty())
            return ScriptedHttpServer::Response{400, "application/json", R"({"error":"invalid_grant"})"};
        return ScriptedHttpServer::Response{
            200, "application/json",
            R"({"access_token":"ya29.c.token-value","expires_in":3599,"token_type":"Bearer"})"};
    });

    FakeClock clock;
    clock.current = QDateTime::currentDateTimeUtc();
    GcpToken gcp(QProcessEnvironment(), keyFile.fileName(), QUrl(QString::fromLatin1(server.baseUrl() + "/token")),
                 clock);
    const auto credential = gcp.fetch();
    QVERIFY2(credential, qPrintable(credential.ok() ? verifyError : credential.error().message + verifyError));
    QCOMPARE(credential->username, QStringLiteral("oauth2accesstoken"));
    QCOMPARE(credential->password, QStringLiteral("ya29.c.token-value"));
    QCOMPARE(credential->expiresAt, clock.current.addSecs(3599));
}

void TestCloudProviders::gcpEnvironmentToken()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GOOGLE_OAUTH_ACCESS_TOKEN"), QStringLiteral("ya29.from-env"));
    const auto credential = GcpToken(environment).fetch();
    QVERIFY(credential);
    QCOMPARE(credential->username, QStringLiteral("oauth2accesstoken"));
    QCOMPARE(credential->password, QStringLiteral("ya29.from-env"));
    QVERIFY(!credential->expiresAt.isValid());

    const auto none = GcpToken(QProcessEnvironment()).fetch();
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QLatin1String("GOOGLE_APPLICATION_CREDENTIALS")));
}

void TestCloudProviders::cacheRefreshesBeforeExpiry()
{
    FakeClock clock;
    int fetches = 0;
    bool fail = false;
    CredentialCache cache(
        [&]() -> Util::Result<Oci::RegistryCredential> {
            if (fail)
                return Util::makeError(QStringLiteral("offline"));
            ++fetches;
            Oci::RegistryCredential credential;
            credential.username = QStringLiteral("AWS");
            credential.password = QStringLiteral("token-%1").arg(fetches);
            credential.expiresAt = clock.now().addSecs(12 * 3600);
            return credential;
        },
        clock);

    QCOMPARE(cache.get()->password, QStringLiteral("token-1"));
    QCOMPARE(cache.expiresAt(), clock.current.addSecs(12 * 3600));
    clock.current = clock.current.addSecs(11 * 3600 + 54 * 60); // six minutes left: still good
    QCOMPARE(cache.get()->password, QStringLiteral("token-1"));
    clock.current = clock.current.addSecs(60 + 1); // under five minutes left: refreshed
    QCOMPARE(cache.get()->password, QStringLiteral("token-2"));
    QCOMPARE(fetches, 2);

    cache.invalidate();
    fail = true;
    QVERIFY(!cache.get());
    fail = false;
    QCOMPARE(cache.get()->password, QStringLiteral("token-3"));
}

QTEST_GUILESS_MAIN(TestCloudProviders)
#include "tst_cloudproviders.moc"
