// Oci::RegistryClient against a scripted HTTP server: the behaviours a real registry cannot be made to show
// (token challenges, 429 in the middle of pagination, redirects to other hosts, missing or hostile headers).

#include <QBuffer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

#include "awaitresult.h"
#include "oci/authchallenge.h"
#include "oci/mediatypes.h"
#include "oci/proxyresolver.h"
#include "oci/registrytransport.h"
#include "oci/registryclient.h"
#include "scriptedserver.h"
#include "testpki.h"

using namespace Oci;
using TestSupport::await;
using TestSupport::ScriptedServer;
using Response = ScriptedServer::Response;
using Request = ScriptedServer::Request;

namespace {

ConnectionSettings plainSettings()
{
    ConnectionSettings settings;
    settings.plainHttp = true;
    settings.phaseTimeoutMs = 5000;
    return settings;
}

Response json(int status, const QByteArray &body)
{
    Response response{status, {}, body, false, false};
    response.header("Content-Type", "application/json");
    return response;
}

QByteArray gzip(const QByteArray &data)
{
    QProcess process;
    process.start(QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-n")});
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished();
    return process.readAllStandardOutput();
}

QByteArray sampleManifest()
{
    Manifest manifest;
    manifest.setConfig(Descriptor{QString(MediaType::EmptyJson), Digest::ofBytes("{}"), 2, {}, {}, {}, {}});
    manifest.setLayers({});
    return manifest.serialize();
}

} // namespace

class TestRegistryClientScripted final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authChallengeGrammar_data();
    void authChallengeGrammar();
    void bearerChallengeAndTokenShapes_data();
    void bearerChallengeAndTokenShapes();
    void tokenIsCachedPerScopeSet();
    void tokenServiceTakingOneScope();
    void basicCredentialsAreUtf8();
    void credentialProviderForCloudRegistries();
    void tokenExpiryIsHonoured();
    void severalChallengeHeaders();
    void identityTokenIsExchanged();
    void proxyFromSettingsAndEnvironment();
    void paginationWithRelativeOpaqueLinkAnd429();
    void retryAfterHttpDate();
    void droppedConnectionIsRetried();
    void paginationRefusesOtherOriginAndLoops();
    void blobRedirectToAnotherHostCarriesNoAuthorization();
    void missingDockerContentDigestIsComputed();
    void contentEncodingGzipIsNotDecoded();
    void blobDigestMismatchFails();
    void manifestDigestMismatchFails();
    void oversizedManifestIsRefused_data();
    void oversizedManifestIsRefused();
    void locationWithExistingQueryIsKept();
    void chunkedUploadHonoursMinimumAndResumesAfter416();
    void monolithic413FallsBackToChunked();
    void droppedChunkResumesFromRange();
    void mountFailureFallsBackToUpload();
    void manifestRequestsNegotiate();
    void ipv6RegistryReference();
    void errorBodiesInTheRegistrysWords_data();
    void errorBodiesInTheRegistrysWords();
    void idleTimeoutAndCancel();
    void slowButMovingTransferDoesNotTimeOut();
    void concurrencyLimit();
    void referrersApiIsUsedWhenPresent();
    void invalidNamesFailBeforeAnyRequest();
    void tlsRealmTrustAndNoDowngradeOnRedirect();
    void customCaIsAddedToSystemRoots();
    void unusableTlsMaterialFailsClearly_data();
    void unusableTlsMaterialFailsClearly();
};

void TestRegistryClientScripted::authChallengeGrammar_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("expected"); // scheme|name=value|...

    QTest::newRow("bearer")
        << QByteArray(
               R"(Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull,push")")
        << QStringList{QStringLiteral(
               "bearer|realm=https://auth.example/token|scope=repository:a/b:pull,push|service=registry")};
    QTest::newRow("case and spaces") << QByteArray(R"(bEaReR   Realm = "r" , SERVICE=svc)")
                                     << QStringList{QStringLiteral("bearer|realm=r|service=svc")};
    QTest::newRow("escapes") << QByteArray(R"(Bearer realm="a\"b\\c",scope="")")
                             << QStringList{QStringLiteral(R"(bearer|realm=a"b\c|scope=)")};
    QTest::newRow("two challenges") << QByteArray(R"(Basic realm="x, y", Bearer realm="t",service=s)")
                                    << QStringList{QStringLiteral("basic|realm=x, y"),
                                                   QStringLiteral("bearer|realm=t|service=s")};
    QTest::newRow("token68") << QByteArray("Negotiate abc123, Basic realm=plain")
                             << QStringList{QStringLiteral("negotiate|=abc123"), QStringLiteral("basic|realm=plain")};
}

void TestRegistryClientScripted::authChallengeGrammar()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const AuthChallenge &challenge : AuthChallenge::parse({header})) {
        QString text = challenge.scheme;
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it)
            text += QLatin1Char('|') + it.key() + QLatin1Char('=') + it.value();
        actual << text;
    }
    QCOMPARE(actual, expected);
}

void TestRegistryClientScripted::bearerChallengeAndTokenShapes_data()
{
    QTest::addColumn<QByteArray>("challengeTail");
    QTest::addColumn<QByteArray>("tokenBody");
    QTest::addColumn<QByteArray>("expectedToken");

    QTest::newRow("token") << QByteArray(R"(,service="reg.test",scope="repository:team/app:pull")")
                           << QByteArray(R"({"token":"T1","expires_in":300})") << QByteArray("T1");
    QTest::newRow("access_token") << QByteArray(R"(,service="reg.test",scope="repository:team/app:pull")")
                                  << QByteArray(R"({"access_token":"A2"})") << QByteArray("A2");
    QTest::newRow("both, token wins") << QByteArray(R"(,service="reg.test")")
                                      << QByteArray(R"({"token":"T3","access_token":"A3","expires_in":0})")
                                      << QByteArray("T3");
    QTest::newRow("opaque scope") << QByteArray(
                                         R"(,service="reg.test",scope="opaque:thing:* repository:team/app:pull")")
                                  << QByteArray(R"({"token":"T4"})") << QByteArray("T4");
}

void TestRegistryClientScripted::bearerChallengeAndTokenShapes()
{
    QFETCH(QByteArray, challengeTail);
    QFETCH(QByteArray, tokenBody);
    QFETCH(QByteArray, expectedToken);

    ScriptedServer registry;
    ScriptedServer auth;
    QVERIFY(registry.listen() && auth.listen());
    const QByteArray challenge = "Bearer realm=\"" + auth.baseUrl() + "/token\"" + challengeTail;
    registry.on("GET", QStringLiteral("^/v2/team/app/tags/list"), [&](const Request &request) {
        if (request.header("Authorization") != "Bearer " + expectedToken)
            return json(401, R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})")
                .header("WWW-Authenticate", challenge);
        return json(200, R"({"name":"team/app","tags":["v1"]})");
    });
    auth.on("GET", QStringLiteral("^/token"), [&](const Request &) { return json(200, tokenBody); });

    ConnectionSettings settings = plainSettings();
    settings.credential.username = QStringLiteral("robot");
    settings.credential.password = QStringLiteral("pw");
    RegistryClient client(registry.hostPort(), settings);
    auto tags = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("team/app"), this, done); });
    QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message));
    QCOMPARE(tags->names, QStringList{QStringLiteral("v1")});

    // The realm got the service, every advertised scope, the operation's scope, and the basic credentials.
    QCOMPARE(auth.requests().size(), 1);
    const Request token = auth.requests().first();
    QVERIFY2(token.query().contains("service=reg.test"), token.query().constData());
    QVERIFY2(token.query().contains("scope=repository%3Ateam%2Fapp%3Apull"), token.query().constData());
    if (challengeTail.contains("opaque"))
        QVERIFY2(token.query().contains("scope=opaque%3Athing%3A%2A"), token.query().constData());
    QCOMPARE(token.header("Authorization"), QByteArray("Basic ") + QByteArray("robot:pw").toBase64());
}

void TestRegistryClientScripted::tokenIsCachedPerScopeSet()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray challenge = "Bearer realm=\"" + registry.baseUrl() + "/token\",service=\"s\"";
    int issued = 0;
    registry.on("GET", QStringLiteral("^/token"), [&](const Request &) {
        return json(200, R"({"token":"tok)" + QByteArray::number(++issued) + R"(","expires_in":600})");
    });
    registry.on("GET", QStringLiteral("^/v2/.*/tags/list"), [&](const Request &request) {
        if (!request.header("Authorization").startsWith("Bearer tok"))
            return json(401, "{}").header("WWW-Authenticate", challenge);
        return json(200, R"({"tags":[]})");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    for (int i = 0; i < 3; ++i)
        QVERIFY(await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("one"), this, done); }));
    QCOMPARE(issued, 1);
    // Another repository is another scope set: a token of its own, asked for up front (no second 401).
    QVERIFY(await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("two"), this, done); }));
    QCOMPARE(issued, 2);
    QCOMPARE(registry.requestsTo(QStringLiteral("^/v2/two/")).size(), 1);
}

void TestRegistryClientScripted::tokenServiceTakingOneScope()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray challenge = "Bearer realm=\"" + registry.baseUrl() + "/token\",scope=\"repository:x:pull\"";
    registry.on("GET", QStringLiteral("^/token"), [&](const Request &request) {
        if (request.query().count("scope=") > 1)
            return json(400, R"({"errors":[{"code":"DENIED","message":"one scope only"}]})");
        return json(200, R"({"token":"single"})");
    });
    registry.on("POST", QStringLiteral("^/v2/x/blobs/uploads/"), [&](const Request &request) {
        if (request.header("Authorization") != "Bearer single")
            return json(401, "{}").header("WWW-Authenticate", challenge);
        return Response{201, {}, {}, false, false};
    });
    registry.on("HEAD", QStringLiteral("^/v2/x/blobs/"), [&](const Request &) {
        return Response{404, {}, {}, false, false};
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer source;
    source.setData("abc");
    QVERIFY(source.open(QIODevice::ReadOnly));
    UploadOptions options;
    options.mountFrom = QStringLiteral("y");
    auto mounted = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("x"), Digest::ofBytes("abc"), 3, &source, this, done, options);
    });
    QVERIFY2(mounted, qPrintable(mounted ? QString() : mounted.error().message));
    QCOMPARE(*mounted, UploadOutcome::Mounted);
}

void TestRegistryClientScripted::basicCredentialsAreUtf8()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/$"), [](const Request &request) {
        if (!request.hasHeader("Authorization"))
            return json(401, "{}").header("WWW-Authenticate", "Basic realm=\"Registry Realm\"");
        return json(200, "{}");
    });
    ConnectionSettings settings = plainSettings();
    settings.credential.username = QStringLiteral("robot$ci+proj");
    settings.credential.password = QStringLiteral("pässwörd✓");
    RegistryClient client(registry.hostPort(), settings);
    QVERIFY(await<void>([&](auto done) { return client.ping(this, done); }));
    const QByteArray expected = "Basic " + QStringLiteral("robot$ci+proj:pässwörd✓").toUtf8().toBase64();
    QCOMPARE(registry.requests().last().header("Authorization"), expected);
}

void TestRegistryClientScripted::credentialProviderForCloudRegistries()
{
    // ECR-style: the provider turns a cloud identity into "AWS:<token>", asked for only when needed.
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/$"), [](const Request &request) {
        if (request.header("Authorization") != "Basic " + QByteArray("AWS:token-1").toBase64())
            return json(401, "{}").header("WWW-Authenticate", "Basic realm=\"ecr\"");
        return json(200, "{}");
    });
    int calls = 0;
    ConnectionSettings settings = plainSettings();
    settings.credentialProvider = [&calls]() -> Util::Result<RegistryCredential> {
        ++calls;
        return RegistryCredential{QStringLiteral("AWS"), QStringLiteral("token-%1").arg(calls), QString(),
                                  QDateTime::currentDateTimeUtc().addSecs(12 * 3600)};
    };
    RegistryClient client(registry.hostPort(), settings);
    QVERIFY(await<void>([&](auto done) { return client.ping(this, done); }));
    QVERIFY(await<void>([&](auto done) { return client.ping(this, done); }));
    QCOMPARE(calls, 1);

    // A provider that fails: the registry's refusal and the provider's reason, both for the user to read.
    settings.credentialProvider = []() -> Util::Result<RegistryCredential> {
        return Util::makeError(QStringLiteral("no cloud identity"));
    };
    RegistryClient failing(registry.hostPort(), settings);
    auto refused = await<void>([&](auto done) { return failing.ping(this, done); });
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("401")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("no cloud identity")), qPrintable(refused.error().message));
}

void TestRegistryClientScripted::tokenExpiryIsHonoured()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray challenge = "Bearer realm=\"" + registry.baseUrl() + "/token\"";
    int issued = 0;
    registry.on("GET", QStringLiteral("^/token"), [&](const Request &) {
        return json(200, R"({"token":"short)" + QByteArray::number(++issued) + R"(","expires_in":1})");
    });
    registry.on("GET", QStringLiteral("^/v2/a/tags/list"), [&](const Request &request) {
        if (!request.header("Authorization").startsWith("Bearer short"))
            return json(401, "{}").header("WWW-Authenticate", challenge);
        return json(200, R"({"tags":[]})");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QVERIFY(await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("a"), this, done); }));
    QVERIFY(await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("a"), this, done); }));
    QCOMPARE(issued, 1);
    QTest::qWait(1200);
    // Expired: a fresh token is fetched before the request goes out, not after a 401.
    QVERIFY(await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("a"), this, done); }));
    QCOMPARE(issued, 2);
    QCOMPARE(registry.requestsTo(QStringLiteral("^/v2/a/")).size(), 4);
    QCOMPARE(registry.requestsTo(QStringLiteral("^/v2/a/")).last().header("Authorization"),
             QByteArray("Bearer short2"));
}

void TestRegistryClientScripted::severalChallengeHeaders()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/token"),
                [](const Request &) { return json(200, R"({"token":"from-bearer"})"); });
    registry.on("GET", QStringLiteral("^/v2/$"), [&](const Request &request) {
        if (request.header("Authorization") == "Bearer from-bearer")
            return json(200, "{}");
        return json(401, "{}")
            .header("WWW-Authenticate", "Basic realm=\"legacy\"")
            .header("WWW-Authenticate", "Bearer realm=\"" + registry.baseUrl() + "/token\",service=\"svc\"");
    });
    ConnectionSettings settings = plainSettings();
    settings.credential.username = QStringLiteral("u");
    settings.credential.password = QStringLiteral("p");
    RegistryClient client(registry.hostPort(), settings);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error().message));
    QCOMPARE(registry.requestsTo(QStringLiteral("^/token")).size(), 1);
}

void TestRegistryClientScripted::identityTokenIsExchanged()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray challenge = "Bearer realm=\"" + registry.baseUrl() + "/oauth2/token\",service=\"acr.example\"";
    registry.on("POST", QStringLiteral("^/oauth2/token$"), [](const Request &request) {
        if (!request.body.contains("grant_type=refresh_token") || !request.body.contains("refresh_token=refresh-me"))
            return json(400, R"({"error":"invalid_request"})");
        return json(200, R"({"access_token":"exchanged","expires_in":3600})");
    });
    registry.on("GET", QStringLiteral("^/v2/a/tags/list"), [&](const Request &request) {
        if (request.header("Authorization") != "Bearer exchanged")
            return json(401, "{}").header("WWW-Authenticate", challenge);
        return json(200, R"({"tags":["t"]})");
    });
    ConnectionSettings settings = plainSettings();
    settings.credential.username = QStringLiteral("00000000-0000-0000-0000-000000000000");
    settings.credential.identityToken = QStringLiteral("refresh-me");
    RegistryClient client(registry.hostPort(), settings);
    auto tags = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("a"), this, done); });
    QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message));
    const Request token = registry.requestsTo(QStringLiteral("^/oauth2/token$")).first();
    QVERIFY2(token.body.contains("service=acr.example"), token.body.constData());
    QVERIFY2(token.body.contains("scope=repository%3Aa%3Apull"), token.body.constData());
    QVERIFY(!token.hasHeader("Authorization"));
}

void TestRegistryClientScripted::proxyFromSettingsAndEnvironment()
{
    // A plain-HTTP forward proxy sees absolute request targets; the scripted server plays the proxy.
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.on("GET", QStringLiteral("^http://registry\\.behind\\.proxy:5000/v2/$"),
             [](const Request &) { return json(200, "{}"); });

    ConnectionSettings settings = plainSettings();
    settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
    RegistryClient explicitProxy(QStringLiteral("registry.behind.proxy:5000"), settings);
    auto ping = await<void>([&](auto done) { return explicitProxy.ping(this, done); });
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error().message));
    QCOMPARE(proxy.requests().size(), 1);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("localhost,.internal"));
    ProxyResolver resolver(environment);
    const auto viaProxy = resolver.proxyFor(QUrl(QStringLiteral("http://registry.behind.proxy:5000/v2/")));
    QVERIFY(viaProxy.has_value());
    QCOMPARE(viaProxy->port(), proxy.port());
    QVERIFY(!resolver.proxyFor(QUrl(QStringLiteral("http://zot.internal/v2/"))).has_value());
    QVERIFY(!resolver.proxyFor(QUrl(QStringLiteral("http://127.0.0.1:5000/v2/"))).has_value());
    QVERIFY(!resolver.proxyFor(QUrl(QStringLiteral("http://[::1]:5000/v2/"))).has_value());
    QVERIFY(!resolver.proxyFor(QUrl(QStringLiteral("http://LOCALHOST/v2/"))).has_value());
    // Qt also asks per socket, with a host and port but no URL.
    const QNetworkProxyQuery socketQuery(QStringLiteral("127.0.0.1"), 5000, QStringLiteral("http"));
    QCOMPARE(resolver.queryProxy(socketQuery).first().type(), QNetworkProxy::NoProxy);
    const QNetworkProxyQuery remoteQuery(QStringLiteral("registry.behind.proxy"), 5000, QStringLiteral("http"));
    QCOMPARE(resolver.queryProxy(remoteQuery).first().port(), proxy.port());
    QVERIFY(!resolver.proxyFor(QUrl(QStringLiteral("https://registry.behind.proxy/v2/"))).has_value());

    // Proxy credentials answer the proxy's 407 and never travel as the registry's Authorization.
    proxy.reset();
    proxy.on("GET", QStringLiteral("^http://registry\\.behind\\.proxy:5000/v2/$"), [](const Request &request) {
        if (!request.hasHeader("Proxy-Authorization"))
            return json(407, "{}").header("Proxy-Authenticate", "Basic realm=\"corp proxy\"");
        return json(200, "{}");
    });
    settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port(),
                                   QStringLiteral("proxy-user"), QStringLiteral("proxy-pass"));
    RegistryClient authenticatedProxy(QStringLiteral("registry.behind.proxy:5000"), settings);
    auto pingThroughProxy = await<void>([&](auto done) { return authenticatedProxy.ping(this, done); });
    QVERIFY2(pingThroughProxy, qPrintable(pingThroughProxy ? QString() : pingThroughProxy.error().message));
    const Request forwarded = proxy.requests().last();
    QCOMPARE(forwarded.header("Proxy-Authorization"), "Basic " + QByteArray("proxy-user:proxy-pass").toBase64());
    QVERIFY(!forwarded.hasHeader("Authorization"));
}

void TestRegistryClientScripted::paginationWithRelativeOpaqueLinkAnd429()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    int secondPageCalls = 0;
    registry.on("GET", QStringLiteral("^/v2/app/tags/list\\?n=1000$"), [](const Request &) {
        return json(200, R"({"tags":["b","a"]})")
            .header("Link", R"(</v2/app/tags/list?n=2&last=abc%2Bdef%3D%3D&x=%7E>; rel="next")");
    });
    registry.on("GET", QStringLiteral("^/v2/app/tags/list\\?n=2&last="), [&](const Request &) {
        if (++secondPageCalls == 1)
            return json(429, R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})")
                .header("Retry-After", "1");
        return json(200, R"({"tags":["c"]})");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QSignalSpy waiting(&client, &RegistryClient::waiting);
    QElapsedTimer timer;
    timer.start();
    auto tags = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("app"), this, done); });
    QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message));
    QCOMPARE(tags->names, (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(tags->pages, 2);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(1).toInt(), 1000);
    QVERIFY(timer.elapsed() >= 900);
    // The walk resumed at the page that was refused, with its opaque query byte-for-byte. Percent-encoded
    // unreserved characters (%7E) are the one exception: QUrl normalizes them (RFC 3986, 6.2.2.2).
    const auto pages = registry.requestsTo(QStringLiteral("^/v2/app/tags/list$"));
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(1).target, QByteArray("/v2/app/tags/list?n=2&last=abc%2Bdef%3D%3D&x=~"));
    QCOMPARE(pages.at(2).target, pages.at(1).target);
}

void TestRegistryClientScripted::retryAfterHttpDate()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    int calls = 0;
    registry.on("GET", QStringLiteral("^/v2/$"), [&](const Request &) {
        if (++calls == 1) {
            const QByteArray date =
                QLocale::c()
                    .toString(QDateTime::currentDateTimeUtc().addSecs(2), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                    .toLatin1() +
                " GMT";
            return json(503, "unavailable").header("Retry-After", date);
        }
        return json(200, "{}");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    client.setRetryPolicy(3, 60'000);
    QSignalSpy waiting(&client, &RegistryClient::waiting);
    QVERIFY(await<void>([&](auto done) { return client.ping(this, done); }));
    QCOMPARE(waiting.size(), 1);
    const int wait = waiting.first().at(1).toInt();
    QVERIFY2(wait > 500 && wait <= 2000, qPrintable(QString::number(wait)));
    QVERIFY(waiting.first().at(0).toString().contains(QLatin1String("503")));

    // The cap: a huge Retry-After waits no longer than the policy allows; retries are bounded.
    registry.reset();
    registry.on("GET", QStringLiteral("^/v2/$"), [](const Request &) {
        return json(429, R"({"errors":[{"code":"TOOMANYREQUESTS","message":"go away"}]})")
            .header("Retry-After", "3600");
    });
    client.setRetryPolicy(2, 100);
    waiting.clear();
    auto refused = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("go away")), qPrintable(refused.error().message));
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).at(1).toInt(), 100);
    QCOMPARE(registry.requests().size(), 3);
}

void TestRegistryClientScripted::droppedConnectionIsRetried()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    int calls = 0;
    registry.on("GET", QStringLiteral("^/v2/$"), [&](const Request &) {
        Response response = json(200, "{}");
        // Qt resends once by itself on a dropped keep-alive connection; the third call answers.
        response.hangUp = ++calls <= 2;
        return response;
    });
    registry.on("DELETE", QStringLiteral("^/v2/app/blobs/"), [&](const Request &) {
        Response response = json(202, "{}");
        response.hangUp = true;
        return response;
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    client.setRetryPolicy(3, 1000, 50);
    QSignalSpy waiting(&client, &RegistryClient::waiting);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error().message));
    QCOMPARE(calls, 3);
    QCOMPARE(waiting.size(), 1);

    // A DELETE may have reached the registry: the client adds no retry of its own, and says no "waiting".
    // What reaches the server besides is Qt's: its HTTP channel resends a request whose connection closed
    // before any answer, up to three times, how often depending on when it sees the close.
    waiting.clear();
    auto removed = await<void>(
        [&](auto done) { return client.deleteBlob(QStringLiteral("app"), Digest::ofBytes("b"), this, done); });
    QVERIFY(!removed);
    QVERIFY(waiting.isEmpty());
    const qsizetype sent = registry.requestsTo(QStringLiteral("^/v2/app/blobs/")).size();
    QVERIFY2(sent >= 1 && sent <= 4, qPrintable(QString::number(sent)));
}

void TestRegistryClientScripted::paginationRefusesOtherOriginAndLoops()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/elsewhere/tags/list"), [](const Request &) {
        return json(200, R"({"tags":["a"]})")
            .header("Link", R"(<http://other.example/v2/elsewhere/tags/list?last=a>; rel="next")");
    });
    registry.on("GET", QStringLiteral("^/v2/loop/tags/list"), [](const Request &request) {
        const QByteArray next =
            request.query().contains("last=a") ? "</v2/loop/tags/list?n=1000>" : "</v2/loop/tags/list?last=a>";
        return json(200, R"({"tags":["a"]})").header("Link", next + "; rel=\"next\"");
    });
    registry.on("GET", QStringLiteral("^/v2/endless/tags/list"), [](const Request &request) {
        const int page = request.query().mid(request.query().lastIndexOf('=') + 1).toInt();
        return json(200, R"({"tags":["x"]})")
            .header("Link", "</v2/endless/tags/list?page=" + QByteArray::number(page + 1) + ">; rel=next");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    auto other = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("elsewhere"), this, done); });
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(QLatin1String("other.example")), qPrintable(other.error().message));
    auto loop = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("loop"), this, done); });
    QVERIFY(!loop);
    QVERIFY2(loop.error().message.contains(QLatin1String("repeats")), qPrintable(loop.error().message));
    client.setMaxPages(5);
    auto capped = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("endless"), this, done); });
    QVERIFY(capped);
    QCOMPARE(capped->pages, 5);
    QVERIFY(!capped->complete);
}

void TestRegistryClientScripted::blobRedirectToAnotherHostCarriesNoAuthorization()
{
    ScriptedServer registry;
    ScriptedServer storage;
    QVERIFY(registry.listen() && storage.listen());
    const QByteArray blob = "layer bytes kept in object storage";
    const Digest digest = Digest::ofBytes(blob);
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        if (!request.hasHeader("Authorization"))
            return json(401, "{}").header("WWW-Authenticate", "Basic realm=\"r\"");
        return Response{307, {}, {}, false, false}.header("Location",
                                                          storage.baseUrl() + "/bucket/object?X-Signature=abc%2F1");
    });
    storage.on("GET", QStringLiteral("^/bucket/object"), [&](const Request &) {
        return Response{200, {}, blob, false, false};
    });

    ConnectionSettings settings = plainSettings();
    settings.credential.username = QStringLiteral("user");
    settings.credential.password = QStringLiteral("secret");
    RegistryClient client(registry.hostPort(), settings);
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto got = await<qint64>(
        [&](auto done) { return client.getBlob(QStringLiteral("app"), digest, blob.size(), &sink, this, done); });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(sink.data(), blob);
    QCOMPARE(registry.requests().last().header("Authorization"),
             QByteArray("Basic ") + QByteArray("user:secret").toBase64());
    QCOMPARE(storage.requests().size(), 1);
    QVERIFY(!storage.requests().first().hasHeader("Authorization"));
    QVERIFY(!storage.requests().first().hasHeader("Cookie"));
    QCOMPARE(storage.requests().first().target, QByteArray("/bucket/object?X-Signature=abc%2F1"));

    // When storage refuses, the message (and the request trace) names it but does not repeat the signature.
    QSignalSpy trace(&client, &RegistryClient::requestFinished);
    storage.reset();
    storage.on("GET", QStringLiteral("^/bucket/object"), [](const Request &) {
        return Response{403, {}, "<Error>AccessDenied</Error>"};
    });
    auto refused = await<qint64>(
        [&](auto done) { return client.getBlob(QStringLiteral("app"), digest, blob.size(), &sink, this, done); });
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QString::fromLatin1(storage.baseUrl() + "/bucket/object")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("AccessDenied")), qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(QLatin1String("X-Signature")), qPrintable(refused.error().message));
    QVERIFY(!trace.isEmpty());
    for (const auto &entry : std::as_const(trace))
        QVERIFY2(!entry.at(1).toString().contains(QLatin1String("X-Signature")), qPrintable(entry.at(1).toString()));
}

void TestRegistryClientScripted::missingDockerContentDigestIsComputed()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray manifest = sampleManifest();
    registry.on("HEAD", QStringLiteral("^/v2/app/manifests/v1$"), [&](const Request &) {
        return Response{200, {}, manifest, false, false}.header("Content-Type", MediaType::ImageManifest.data());
    });
    registry.on("GET", QStringLiteral("^/v2/app/manifests/v1$"), [&](const Request &) {
        return Response{200, {}, manifest, false, false}.header("Content-Type", MediaType::ImageManifest.data());
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    auto head = await<std::optional<Descriptor>>([&](auto done) {
        return client.headManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/app:v1")), this, done);
    });
    QVERIFY2(head, qPrintable(head ? QString() : head.error().message));
    QVERIFY(head->has_value());
    QCOMPARE((*head)->digest, Digest::ofBytes(manifest));
    QCOMPARE((*head)->size, qint64(manifest.size()));
    QCOMPARE(registry.requests().size(), 2);
    QCOMPARE(registry.requests().at(1).method, QByteArray("GET"));
}

void TestRegistryClientScripted::contentEncodingGzipIsNotDecoded()
{
    // The registry stores gzip bytes and a proxy labels them Content-Encoding: gzip; the digest is over the
    // stored bytes, so they must arrive as they are.
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray stored = gzip(QByteArray(50000, 'z'));
    QVERIFY(stored.size() > 10);
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &) {
        return Response{200, {}, stored, false, false}.header("Content-Encoding", "gzip");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto got = await<qint64>([&](auto done) {
        return client.getBlob(QStringLiteral("app"), Digest::ofBytes(stored), stored.size(), &sink, this, done);
    });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(sink.data(), stored);
    QCOMPARE(registry.requests().first().header("Accept-Encoding"), QByteArray("identity"));
}

void TestRegistryClientScripted::blobDigestMismatchFails()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [](const Request &) {
        return Response{200, {}, "tampered", false, false};
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    const Digest expected = Digest::ofBytes("original");
    auto got = await<qint64>(
        [&](auto done) { return client.getBlob(QStringLiteral("app"), expected, -1, &sink, this, done); });
    QVERIFY(!got);
    QVERIFY2(got.error().message.contains(Digest::ofBytes("tampered").toString()), qPrintable(got.error().message));

    auto sized = await<qint64>([&](auto done) {
        return client.getBlob(QStringLiteral("app"), Digest::ofBytes("tampered"), 100, &sink, this, done);
    });
    QVERIFY(!sized);
    QVERIFY2(sized.error().message.contains(QLatin1String("100")), qPrintable(sized.error().message));
}

void TestRegistryClientScripted::manifestDigestMismatchFails()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray manifest = sampleManifest();
    registry.on("GET", QStringLiteral("^/v2/app/manifests/"), [&](const Request &request) {
        Response response{200, {}, manifest, false, false};
        response.header("Content-Type", MediaType::ImageManifest.data());
        if (request.path().endsWith("/tagged"))
            response.header("Docker-Content-Digest", Digest::ofBytes("other").toString().toLatin1());
        return response;
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    const Digest wrong = Digest::ofBytes("not this manifest");
    auto byDigest = await<ManifestResponse>([&](auto done) {
        return client.getManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/app@") + wrong.toString()),
                                  this, done);
    });
    QVERIFY(!byDigest);
    QVERIFY2(byDigest.error().message.contains(Digest::ofBytes(manifest).toString()),
             qPrintable(byDigest.error().message));

    auto tagged = await<ManifestResponse>([&](auto done) {
        return client.getManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/app:tagged")), this, done);
    });
    QVERIFY(!tagged);
    QVERIFY2(tagged.error().message.contains(QLatin1String("Docker-Content-Digest")),
             qPrintable(tagged.error().message));
}

void TestRegistryClientScripted::oversizedManifestIsRefused_data()
{
    QTest::addColumn<bool>("closeDelimited");
    QTest::newRow("with Content-Length") << false;
    QTest::newRow("without Content-Length") << true;
}

void TestRegistryClientScripted::oversizedManifestIsRefused()
{
    QFETCH(bool, closeDelimited);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray huge = "{\"schemaVersion\":2,\"pad\":\"" + QByteArray(5 * 1024 * 1024, 'p') + "\"}";
    registry.on("GET", QStringLiteral("^/v2/app/manifests/"), [&](const Request &) {
        return Response{200, {}, huge, closeDelimited, false}.header("Content-Type", MediaType::ImageManifest.data());
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    auto got = await<ManifestResponse>([&](auto done) {
        return client.getManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/app:big")), this, done);
    });
    QVERIFY(!got);
    QVERIFY2(got.error().message.contains(QLatin1String("larger than")), qPrintable(got.error().message));
}

void TestRegistryClientScripted::locationWithExistingQueryIsKept()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray data = "monolithic blob";
    const Digest digest = Digest::ofBytes(data);
    registry.on("HEAD", QStringLiteral("^/v2/app/blobs/"), [](const Request &) {
        return Response{404, {}, {}, false, false};
    });
    registry.on("POST", QStringLiteral("^/v2/app/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}, false, false}.header("Location", "../uploads/u-1?_state=ab%2Bc%3D&region=eu");
    });
    registry.on("PUT", QStringLiteral("^/v2/app/blobs/uploads/u-1"), [&](const Request &) {
        return Response{201, {}, {}, false, false}.header("Docker-Content-Digest", digest.toString().toLatin1());
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer source;
    source.setData(data);
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto uploaded = await<UploadOutcome>(
        [&](auto done) { return client.uploadBlob(QStringLiteral("app"), digest, data.size(), &source, this, done); });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    const Request put = registry.requestsTo(QStringLiteral("^/v2/app/blobs/uploads/u-1")).first();

    // A registry that reports another digest than the one sent fails the upload.
    registry.on("PUT", QStringLiteral("^/v2/other/"), [&](const Request &) {
        return Response{201, {}, {}}.header("Docker-Content-Digest", Digest::ofBytes("else").toString().toLatin1());
    });
    registry.on("POST", QStringLiteral("^/v2/other/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}}.header("Location", "/v2/other/up");
    });
    QVERIFY(source.seek(0));
    auto corrupted = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("other"), digest, data.size(), &source, this, done);
    });
    QVERIFY(!corrupted);
    QVERIFY2(corrupted.error().message.contains(QLatin1String("instead of")), qPrintable(corrupted.error().message));
    QCOMPARE(put.target, "/v2/app/blobs/uploads/u-1?_state=ab%2Bc%3D&region=eu&digest=" +
                             QUrl::toPercentEncoding(digest.toString()));
    QCOMPARE(put.body, data);

    // A failed upload names its URL without the opaque upload state, which can run to hundreds of characters.
    const QByteArray state(300, 'Q');
    registry.on("POST", QStringLiteral("^/v2/refused/blobs/uploads/$"), [&](const Request &) {
        return Response{202, {}, {}}.header("Location", "/v2/refused/blobs/uploads/u-9?_state=" + state);
    });
    registry.on("PUT", QStringLiteral("^/v2/refused/blobs/uploads/u-9"), [](const Request &) {
        return Response{500, {}, R"({"errors":[{"code":"UNKNOWN","message":"disk full"}]})"};
    });
    QVERIFY(source.seek(0));
    auto refused = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("refused"), digest, data.size(), &source, this, done);
    });
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QLatin1String("disk full")) && message.contains(QLatin1String("_state=...")) &&
                 !message.contains(QLatin1String(state)),
             qPrintable(message));
}

void TestRegistryClientScripted::chunkedUploadHonoursMinimumAndResumesAfter416()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    QByteArray data;
    for (int i = 0; i < 2500; ++i)
        data += char('a' + i % 26);
    const Digest digest = Digest::ofBytes(data);
    QByteArray stored;
    int patches = 0;
    registry.on("HEAD", QStringLiteral("^/v2/app/blobs/"), [](const Request &) {
        return Response{404, {}, {}, false, false};
    });
    registry.on("POST", QStringLiteral("^/v2/app/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}, false, false}
            .header("Location", "/v2/app/blobs/uploads/s1?_state=0")
            .header("OCI-Chunk-Min-Length", "1000");
    });
    registry.on("PATCH", QStringLiteral("^/v2/app/blobs/uploads/s1"), [&](const Request &request) {
        // The second chunk is "lost": the server answers 416 and tells where it stands via GET.
        if (++patches == 2)
            return Response{416, {}, {}, false, false};
        stored += request.body;
        return Response{202, {}, {}, false, false}
            .header("Location", "/v2/app/blobs/uploads/s1?_state=" + QByteArray::number(stored.size()))
            .header("Range", "0-" + QByteArray::number(stored.size() - 1));
    });
    registry.on("GET", QStringLiteral("^/v2/app/blobs/uploads/s1"), [&](const Request &) {
        return Response{204, {}, {}, false, false}
            .header("Location", "/v2/app/blobs/uploads/s1?_state=" + QByteArray::number(stored.size()))
            .header("Range", "0-" + QByteArray::number(stored.size() - 1));
    });
    registry.on("PUT", QStringLiteral("^/v2/app/blobs/uploads/s1"), [&](const Request &request) {
        if (stored != data || !request.body.isEmpty())
            return json(400, R"({"errors":[{"code":"DIGEST_INVALID","message":"bad"}]})");
        return Response{201, {}, {}, false, false};
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer source;
    source.setData(data);
    QVERIFY(source.open(QIODevice::ReadOnly));
    UploadOptions options;
    options.chunkSize = 100; // below the server's minimum: the minimum wins
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("app"), digest, data.size(), &source, this, done, options);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    const auto patchRequests = registry.requestsTo(QStringLiteral("^/v2/app/blobs/uploads/s1$"));
    QStringList ranges;
    for (const Request &request : patchRequests) {
        if (request.method == "PATCH")
            ranges << QString::fromLatin1(request.header("Content-Range"));
    }
    QCOMPARE(ranges, (QStringList{QStringLiteral("0-999"), QStringLiteral("1000-1999"), QStringLiteral("1000-1999"),
                                  QStringLiteral("2000-2499")}));
    const Request put = patchRequests.last();
    QCOMPARE(put.method, QByteArray("PUT"));
    QVERIFY2(put.target.startsWith("/v2/app/blobs/uploads/s1?_state=2500&digest="), put.target.constData());
}

void TestRegistryClientScripted::droppedChunkResumesFromRange()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray data(3000, 'r');
    QByteArray stored;
    int patches = 0;
    registry.on("HEAD", QStringLiteral("^/v2/app/blobs/"), [](const Request &) { return Response{404, {}, {}}; });
    registry.on("POST", QStringLiteral("^/v2/app/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}}.header("Location", "/up/r");
    });
    registry.on("PATCH", QStringLiteral("^/up/r"), [&](const Request &request) {
        Response response{202, {}, {}};
        // The connection drops while the second chunk is in flight (twice: Qt resends once by itself); the
        // server kept nothing of it.
        ++patches;
        if (patches == 2 || patches == 3) {
            response.hangUp = true;
            return response;
        }
        stored += request.body;
        return response.header("Location", "/up/r").header("Range", "0-" + QByteArray::number(stored.size() - 1));
    });
    registry.on("GET", QStringLiteral("^/up/r"), [&](const Request &) {
        return Response{204, {}, {}}
            .header("Location", "/up/r")
            .header("Range", "0-" + QByteArray::number(stored.size() - 1));
    });
    registry.on("PUT", QStringLiteral("^/up/r"), [&](const Request &) {
        return Response{stored == data ? 201 : 400, {}, {}};
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer source;
    source.setData(data);
    QVERIFY(source.open(QIODevice::ReadOnly));
    UploadOptions options;
    options.chunkSize = 1000;
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("app"), Digest::ofBytes(data), data.size(), &source, this, done,
                                 options);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QCOMPARE(stored, data);
    const auto requests = registry.requestsTo(QStringLiteral("^/up/r$"));
    QCOMPARE(requests.at(3).method, QByteArray("GET"));
    QCOMPARE(requests.at(4).header("Content-Range"), QByteArray("1000-1999"));
}

void TestRegistryClientScripted::monolithic413FallsBackToChunked()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray data(3000, 'm');
    QByteArray stored;
    registry.on("HEAD", QStringLiteral("^/v2/app/blobs/"), [](const Request &) {
        return Response{404, {}, {}, false, false};
    });
    registry.on("POST", QStringLiteral("^/v2/app/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}, false, false}.header("Location", "/up/1");
    });
    registry.on("PUT", QStringLiteral("^/up/1"), [&](const Request &request) {
        if (!request.body.isEmpty())
            return json(413, R"({"errors":[{"code":"SIZE_INVALID","message":"too large"}]})");
        return Response{stored == data ? 201 : 400, {}, {}, false, false};
    });
    registry.on("PATCH", QStringLiteral("^/up/1"), [&](const Request &request) {
        stored += request.body;
        return Response{202, {}, {}, false, false}.header("Location", "/up/1");
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer source;
    source.setData(data);
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("app"), Digest::ofBytes(data), data.size(), &source, this, done);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QCOMPARE(stored, data);
}

void TestRegistryClientScripted::mountFailureFallsBackToUpload()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("HEAD", QStringLiteral("^/v2/app/blobs/"), [](const Request &) {
        return Response{404, {}, {}, false, false};
    });
    registry.on("POST", QStringLiteral("^/v2/app/blobs/uploads/\\?mount="), [](const Request &) {
        return json(500, R"({"errors":[{"code":"UNKNOWN","message":"mount broke"}]})");
    });
    registry.on("POST", QStringLiteral("^/v2/app/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}, false, false}.header("Location", "/up/2");
    });
    registry.on("PUT", QStringLiteral("^/up/2"), [](const Request &) { return Response{201, {}, {}, false, false}; });
    RegistryClient client(registry.hostPort(), plainSettings());
    QBuffer source;
    source.setData("xyz");
    QVERIFY(source.open(QIODevice::ReadOnly));
    UploadOptions options;
    options.mountFrom = QStringLiteral("other/repo");
    auto uploaded = await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("app"), Digest::ofBytes("xyz"), 3, &source, this, done, options);
    });
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().message));
    QCOMPARE(*uploaded, UploadOutcome::Uploaded);
    const Request mount = registry.requestsTo(QStringLiteral("^/v2/app/blobs/uploads/$")).first();
    QCOMPARE(mount.query(),
             "mount=" + QUrl::toPercentEncoding(Digest::ofBytes("xyz").toString()) + "&from=other%2Frepo");
}

void TestRegistryClientScripted::manifestRequestsNegotiate()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray manifest = sampleManifest();
    registry.on("GET", QStringLiteral("^/v2/app/manifests/v1$"), [&](const Request &) {
        return Response{200, {}, manifest, false, false}
            .header("Content-Type", MediaType::ImageManifest.data())
            .header("Docker-Content-Digest", Digest::ofBytes(manifest).toString().toLatin1());
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    auto got = await<ManifestResponse>([&](auto done) {
        return client.getManifest(*Reference::parse(registry.hostPort() + QStringLiteral("/app:v1")), this, done);
    });
    QVERIFY(got);
    const QByteArray accept = registry.requests().first().header("Accept");
    for (const QLatin1String type :
         {MediaType::ImageManifest, MediaType::ImageIndex, MediaType::DockerManifest, MediaType::DockerManifestList})
        QVERIFY2(accept.contains(type.data()), accept.constData());
    QCOMPARE(registry.requests().first().header("Accept-Encoding"), QByteArray("identity"));
}

void TestRegistryClientScripted::ipv6RegistryReference()
{
    ScriptedServer registry;
    if (!registry.listen(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("no IPv6 loopback on this machine");
    const QByteArray manifest = sampleManifest();
    registry.on("GET", QStringLiteral("^/v2/team/app/manifests/v1$"), [&](const Request &) {
        return Response{200, {}, manifest}.header("Content-Type", MediaType::ImageManifest.data());
    });
    const auto reference =
        Reference::parse(QStringLiteral("oci://") + registry.hostPort() + QStringLiteral("/team/app:v1"));
    QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().message));
    QCOMPARE(reference->host(), QStringLiteral("::1"));
    RegistryClient client(reference->registry(), plainSettings());
    auto got = await<ManifestResponse>([&](auto done) { return client.getManifest(*reference, this, done); });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QCOMPARE(got->digest, Digest::ofBytes(manifest));
    QCOMPARE(registry.requests().first().header("Host"), registry.hostPort().toLatin1());
}

void TestRegistryClientScripted::errorBodiesInTheRegistrysWords_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("oci json")
        << QByteArray(R"({"errors":[{"code":"DENIED","message":"requested access to the resource is denied",)"
                      R"("detail":{"repo":"app"}}]})")
        << QStringLiteral(R"(DENIED: requested access to the resource is denied ({"repo":"app"}))");
    QTest::newRow("plain text") << QByteArray("upstream proxy says no\n\n") << QStringLiteral("upstream proxy says no");
    QTest::newRow("huge body is capped") << QByteArray(200000, 'E') << QStringLiteral("EEEE…");
}

void TestRegistryClientScripted::errorBodiesInTheRegistrysWords()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("DELETE", QStringLiteral("^/v2/app/manifests/"), [&](const Request &) { return json(403, body); });
    RegistryClient client(registry.hostPort(), plainSettings());
    const Digest digest = Digest::ofBytes("m");
    auto removed = await<Digest>([&](auto done) {
        return client.deleteManifest(
            *Reference::parse(registry.hostPort() + QStringLiteral("/app@") + digest.toString()), this, done);
    });
    QVERIFY(!removed);
    const QString message = removed.error().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(
        message.contains(QStringLiteral("DELETE http://") + registry.hostPort() + QStringLiteral("/v2/app/manifests/")),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("403")), qPrintable(message));
    QVERIFY(message.size() < 2000);
}

void TestRegistryClientScripted::idleTimeoutAndCancel()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("GET", QStringLiteral("^/v2/"), [](const Request &) { return Response{200, {}, {}, false, true}; });
    ConnectionSettings settings = plainSettings();
    settings.phaseTimeoutMs = 300;
    RegistryClient client(registry.hostPort(), settings);
    auto timedOut = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY(!timedOut);
    QVERIFY2(timedOut.error().message.contains(QLatin1String("no data")), qPrintable(timedOut.error().message));

    settings.phaseTimeoutMs = 60'000;
    RegistryClient patient(registry.hostPort(), settings);
    OperationHandle handle;
    auto cancelled = await<void>(
        [&](auto done) {
            handle = patient.ping(this, done);
            QTimer::singleShot(100, this, [&handle] { handle.cancel(); });
            return handle;
        },
        5000);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(QLatin1String("cancelled")), qPrintable(cancelled.error().message));
}

void TestRegistryClientScripted::slowButMovingTransferDoesNotTimeOut()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const QByteArray blob(10000, 's');
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &) {
        Response response{200, {}, blob};
        response.dripMs = 150; // about 1.5 s in all, never more than 150 ms without bytes
        return response;
    });
    ConnectionSettings settings = plainSettings();
    settings.phaseTimeoutMs = 500;
    RegistryClient client(registry.hostPort(), settings);
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    QElapsedTimer timer;
    timer.start();
    auto got = await<qint64>([&](auto done) {
        return client.getBlob(QStringLiteral("app"), Digest::ofBytes(blob), blob.size(), &sink, this, done);
    });
    QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
    QVERIFY(timer.elapsed() > settings.phaseTimeoutMs);
    QCOMPARE(sink.data(), blob);
}

void TestRegistryClientScripted::concurrencyLimit()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    registry.on("HEAD", QStringLiteral("^/v2/app/blobs/"), [](const Request &) {
        return Response{200, {}, {}, false, true};
    });
    ConnectionSettings settings = plainSettings();
    settings.maxConcurrentRequests = 2;
    settings.phaseTimeoutMs = 1500;
    RegistryClient client(registry.hostPort(), settings);
    int finished = 0;
    for (int i = 0; i < 5; ++i)
        client.blobExists(QStringLiteral("app"), Digest::ofBytes(QByteArray::number(i)), this,
                          [&finished](Util::Result<std::optional<qint64>>) { ++finished; });
    // The server never answers: only two requests may be on the wire; the others wait their turn.
    QTest::qWait(700);
    QCOMPARE(registry.requests().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 10'000);
    QCOMPARE(registry.requests().size(), 5);
}

void TestRegistryClientScripted::referrersApiIsUsedWhenPresent()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    const Digest subject = Digest::ofBytes("subject");
    Manifest index;
    index.setKind(Manifest::Kind::ImageIndex);
    Descriptor sbom{QString(MediaType::ImageManifest),
                    Digest::ofBytes("sbom"),
                    10,
                    {},
                    {},
                    QStringLiteral("application/spdx+json"),
                    {}};
    Descriptor sig{QString(MediaType::ImageManifest),
                   Digest::ofBytes("sig"),
                   11,
                   {},
                   {},
                   QStringLiteral("application/vnd.sig"),
                   {}};
    index.setManifests({sbom, sig});
    registry.on("GET", QStringLiteral("^/v2/app/referrers/"), [&](const Request &) {
        return Response{200, {}, index.serialize(), false, false}.header("Content-Type", MediaType::ImageIndex.data());
    });
    RegistryClient client(registry.hostPort(), plainSettings());
    auto found = await<QList<Descriptor>>([&](auto done) {
        return client.referrers(QStringLiteral("app"), subject, QStringLiteral("application/vnd.sig"), this, done);
    });
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(client.hasReferrersApi(), std::optional<bool>(true));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().digest, sig.digest);
    QVERIFY(registry.requests().first().query().startsWith("artifactType=application%2Fvnd.sig"));
}

void TestRegistryClientScripted::invalidNamesFailBeforeAnyRequest()
{
    ScriptedServer registry;
    QVERIFY(registry.listen());
    RegistryClient client(registry.hostPort(), plainSettings());
    auto tags = await<ListResult>([&](auto done) { return client.listTags(QStringLiteral("Upper/Case"), this, done); });
    QVERIFY(!tags);
    QVERIFY2(tags.error().message.contains(QLatin1String("Upper/Case")), qPrintable(tags.error().message));
    QVERIFY(registry.requests().isEmpty());
}

void TestRegistryClientScripted::tlsRealmTrustAndNoDowngradeOnRedirect()
{
    QTemporaryDir directory;
    TestSupport::TestPki pki;
    const QString pkiError = pki.create(directory.path());
    QVERIFY2(pkiError.isEmpty(), qPrintable(pkiError));
    ScriptedServer registry;
    ScriptedServer plain;
    QVERIFY(registry.listenTls(pki.serverCertificateFile(), pki.serverKeyFile()));
    QVERIFY(plain.listen());

    // The token realm is HTTPS too and trusted through the same custom CA.
    const QByteArray challenge = "Bearer realm=\"" + registry.baseUrl() + "/token\",service=\"tls\"";
    registry.on("GET", QStringLiteral("^/token"),
                [](const Request &) { return json(200, R"({"token":"tls-token"})"); });
    registry.on("GET", QStringLiteral("^/v2/app/blobs/"), [&](const Request &request) {
        if (request.header("Authorization") != "Bearer tls-token")
            return json(401, "{}").header("WWW-Authenticate", challenge);
        return Response{307, {}, {}, false, false}.header("Location", plain.baseUrl() + "/storage/blob");
    });
    plain.on("GET", QStringLiteral("^/storage/blob"), [](const Request &) {
        return Response{200, {}, "x", false, false};
    });

    ConnectionSettings settings;
    settings.caCertificatesPem << pki.caCertificatePem();
    RegistryClient client(registry.hostPort(), settings);
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto got = await<qint64>(
        [&](auto done) { return client.getBlob(QStringLiteral("app"), Digest::ofBytes("x"), 1, &sink, this, done); });
    QVERIFY(!got);
    QVERIFY2(got.error().message.contains(QLatin1String("refused a redirect from HTTPS")),
             qPrintable(got.error().message));
    QCOMPARE(registry.requestsTo(QStringLiteral("^/token")).size(), 1);
    QVERIFY(plain.requests().isEmpty());
    QVERIFY(sink.data().isEmpty());
}

void TestRegistryClientScripted::customCaIsAddedToSystemRoots()
{
    QTemporaryDir directory;
    TestSupport::TestPki pki;
    QVERIFY(pki.create(directory.path()).isEmpty());
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    const QSslCertificate custom = QSslCertificate::fromData(pki.caCertificatePem()).first();

    ConnectionSettings settings;
    settings.caCertificatesPem << pki.caCertificatePem();
    RegistryTransport added(QUrl(QStringLiteral("https://reg.example")), settings);
    const QList<QSslCertificate> trusted = added.sslConfiguration().caCertificates();
    QVERIFY(trusted.contains(custom));
    QCOMPARE(trusted.size(), system.size() + 1);

    // CRLF line ends, text around the block and a bundle of two certificates.
    QByteArray bundle =
        "Our internal CA\r\n" + pki.caCertificatePem() + "\n# second copy\n" + pki.clientCertificatePem();
    bundle.replace("\n", "\r\n");
    settings.caCertificatesPem = {bundle};
    RegistryTransport fromBundle(QUrl(QStringLiteral("https://reg.example")), settings);
    QVERIFY(fromBundle.configurationError().isEmpty());
    QCOMPARE(fromBundle.sslConfiguration().caCertificates().size(), system.size() + 2);
    QVERIFY(fromBundle.sslConfiguration().caCertificates().contains(custom));

    settings.caCertificatesPem = {pki.caCertificatePem()};
    settings.exclusiveTrust = true;
    RegistryTransport exclusive(QUrl(QStringLiteral("https://reg.example")), settings);
    QCOMPARE(exclusive.sslConfiguration().caCertificates(), QList<QSslCertificate>{custom});
}

void TestRegistryClientScripted::unusableTlsMaterialFailsClearly_data()
{
    QTest::addColumn<QByteArray>("ca");
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("ca") << QByteArray("not pem") << QByteArray() << QByteArray() << "CA certificate";
    QTest::newRow("certificate") << QByteArray() << QByteArray("garbage") << QByteArray("garbage")
                                 << "client certificate";
    QTest::newRow("key") << QByteArray() << QByteArray("<certificate>")
                         << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                         << "client key";
}

void TestRegistryClientScripted::unusableTlsMaterialFailsClearly()
{
    QFETCH(QByteArray, ca);
    QFETCH(QByteArray, certificate);
    QFETCH(QByteArray, key);
    QFETCH(QString, messagePart);
    QTemporaryDir directory;
    TestSupport::TestPki pki;
    QVERIFY(pki.create(directory.path()).isEmpty());
    ScriptedServer registry;
    QVERIFY(registry.listen());
    ConnectionSettings settings = plainSettings();
    if (!ca.isEmpty())
        settings.caCertificatesPem << ca;
    settings.clientCertificatePem = certificate == "<certificate>" ? pki.clientCertificatePem() : certificate;
    settings.clientKeyPem = key;
    RegistryClient client(registry.hostPort(), settings);
    auto ping = await<void>([&](auto done) { return client.ping(this, done); });
    QVERIFY(!ping);
    QVERIFY2(ping.error().message.contains(messagePart), qPrintable(ping.error().message));
    QVERIFY(registry.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestRegistryClientScripted)
#include "tst_registryclient_scripted.moc"
