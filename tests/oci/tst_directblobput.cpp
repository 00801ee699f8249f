#include <optional>

#include <QBuffer>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "oci/digest.h"
#include "oci/directblobput.h"
#include "oci/httpheaderparser.h"
#include "oci/registryclient.h"
#include "oci/registryerror.h"
#include "oci/registrytransport.h"
#include "awaitresult.h"
#include "registryserver.h"
#include "scriptedserver.h"

using namespace Oci;
using TestSupport::RegistryServer;
using TestSupport::ScriptedServer;
using Response = ScriptedServer::Response;
using Request = ScriptedServer::Request;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    auto *generator = QRandomGenerator::global();
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator->bounded(256));
    return data;
}

template<typename T> bool waitFor(const std::optional<T> &value, int timeoutMs = 60'000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!value && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return value.has_value();
}

HttpResponse sendThrough(RegistryTransport &transport, const HttpRequest &request)
{
    std::optional<HttpResponse> response;
    transport.send(request, nullptr, [&response](const HttpResponse &answer) { response = answer; });
    waitFor(response);
    return response.value_or(HttpResponse{});
}

// What the direct PUT delivered: the outer optional is empty when it never called back.
using Delivered = std::optional<std::optional<HttpResponse>>;

Delivered putDirect(RegistryTransport &transport, const QUrl &url, QIODevice *source, qint64 size,
                    const QStringList &scopes = {}, int continueTimeoutMs = 1000)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = url;
    request.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"));
    request.bodyDevice = source;
    request.bodySize = size;
    request.scopes = scopes;
    Delivered delivered;
    auto *put = new DirectBlobPut(&transport, request, nullptr,
                                  [&delivered](std::optional<HttpResponse> response) { delivered = response; });
    put->continueTimeoutMs = continueTimeoutMs;
    put->start();
    waitFor(delivered);
    return delivered;
}

// Accepts one connection, answers `100 Continue` to the head, and closes it after \a closeAfter body bytes.
class HangUpServer final : public QObject
{
public:
    explicit HangUpServer(qint64 closeAfter)
        : m_closeAfter(closeAfter)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 received = 0;

private:
    void onData(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        if (!m_headSeen) {
            m_head += data;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headSeen = true;
            received = m_head.size() - end - 4;
            if (m_closeAfter == 0) {
                socket->abort();
                return;
            }
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        } else {
            received += data.size();
        }
        if (received >= m_closeAfter)
            socket->abort();
    }

    QTcpServer m_server;
    qint64 m_closeAfter;
    QByteArray m_head;
    bool m_headSeen = false;
};

} // namespace

class TestDirectBlobPut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realRegistry_data();
    void realRegistry();
    void uploadThroughClient();
    void errorStatusWithOciErrors();
    void unauthorizedFallsBack();
    void unauthorizedFallbackCompletesUpload();
    void closedBeforeBodyFallsBack();
    void closedMidUploadFails();
    void notUsedThroughProxy();
};

void TestDirectBlobPut::realRegistry_data()
{
    QTest::addColumn<RegistryServer::Mode>("mode");
    QTest::newRow("plain") << RegistryServer::Mode::Plain;
    QTest::newRow("htpasswd") << RegistryServer::Mode::Htpasswd;
    QTest::newRow("tls") << RegistryServer::Mode::Tls;
    QTest::newRow("tls+htpasswd") << RegistryServer::Mode::TlsHtpasswd;
    QTest::newRow("tls+client-cert") << RegistryServer::Mode::TlsClientCert;
}

void TestDirectBlobPut::realRegistry()
{
    QFETCH(RegistryServer::Mode, mode);
    RegistryServer registry(mode);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryTransport transport(QUrl(registry.baseUrl()), registry.connectionSettings());
    QVERIFY(DirectBlobPut::applies(&transport, QUrl(registry.baseUrl() + QStringLiteral("/v2/"))));

    // The session is opened through the transport, which also learns the registry's authentication.
    const QStringList scopes{QStringLiteral("repository:direct/put:pull,push")};
    HttpRequest open;
    open.method = "POST";
    open.url = QUrl(registry.baseUrl() + QStringLiteral("/v2/direct/put/blobs/uploads/"));
    open.scopes = scopes;
    const HttpResponse session = sendThrough(transport, open);
    QCOMPARE(session.status, 202);

    // Several blocks, and not a multiple of the block size.
    const QByteArray blob = randomBytes(3 * 1024 * 1024 + 12345);
    const Digest digest = Digest::ofBytes(blob);
    QBuffer source;
    source.setData(blob);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QUrl location = HttpHeaderParser::resolveLocation(session.header("Location"), session.url);
    const QUrl target = HttpHeaderParser::addQueryItem(location, "digest", digest.toString());
    const Delivered delivered = putDirect(transport, target, &source, blob.size(), scopes);
    QVERIFY(delivered);
    QVERIFY2(delivered->has_value(), "the direct PUT fell back instead of uploading");
    const HttpResponse &put = **delivered;
    QVERIFY2(put.networkError.isEmpty(), qPrintable(put.networkError));
    QCOMPARE(put.status, 201);
    QCOMPARE(put.header("Docker-Content-Digest"), digest.toString().toLatin1());

    HttpRequest get;
    get.url = QUrl(registry.baseUrl() + QStringLiteral("/v2/direct/put/blobs/") + digest.toString());
    get.scopes = scopes;
    get.maxBodySize = blob.size();
    const HttpResponse stored = sendThrough(transport, get);
    QCOMPARE(stored.status, 200);
    QVERIFY(stored.body == blob);
}

void TestDirectBlobPut::uploadThroughClient()
{
    // The client's monolithic upload takes the direct path; a sequential source streams through it.
    RegistryServer registry(RegistryServer::Mode::TlsHtpasswd);
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    RegistryClient client(registry.hostPort(), registry.connectionSettings());
    const QByteArray blob = randomBytes(5 * 1024 * 1024 + 7);
    const Digest digest = Digest::ofBytes(blob);
    QBuffer source;
    source.setData(blob);
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto outcome = TestSupport::await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("direct/client"), digest, blob.size(), &source, this, done);
    });
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(*outcome, UploadOutcome::Uploaded);
    auto back = TestSupport::await<QByteArray>([&](auto done) {
        return client.getBlobBytes(QStringLiteral("direct/client"), digest, blob.size(), this, done);
    });
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QVERIFY(*back == blob);
}

void TestDirectBlobPut::errorStatusWithOciErrors()
{
    ScriptedServer server;
    server.on("PUT", QStringLiteral("^/upload/2\\?"), [](const Request &request) {
        Response response{400, {}, {}, false, false};
        response.header("Content-Type", "application/json");
        response.body = R"({"errors":[{"code":"DIGEST_INVALID","message":"digest did not match content",)"
                        R"("detail":")" +
                        request.body.left(4).toHex() + R"("}]})";
        return response;
    });
    QVERIFY(server.listen());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    RegistryTransport transport(QUrl(base), {});
    const QByteArray blob = randomBytes(300 * 1024);
    QBuffer source;
    source.setData(blob);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const Delivered delivered =
        putDirect(transport, QUrl(base + QStringLiteral("/upload/2?digest=x")), &source, blob.size(), {}, 50);
    QVERIFY(delivered && delivered->has_value());
    const HttpResponse &put = **delivered;
    QCOMPARE(put.status, 400);
    QCOMPARE(RegistryError::codes(put.body), QStringList{QStringLiteral("DIGEST_INVALID")});
    // The server saw the whole body: its first bytes come back in the detail.
    QVERIFY(put.body.contains(blob.left(4).toHex()));
    const Util::Error error = RegistryError::fromResponse(put, QStringLiteral("uploading"));
    QVERIFY2(error.message.contains(QLatin1String("digest did not match content")), qPrintable(error.message));
}

void TestDirectBlobPut::unauthorizedFallsBack()
{
    ScriptedServer server;
    server.on("PUT", QStringLiteral("^/upload$"), [](const Request &) {
        return Response{401, {}, {}, false, false}.header("WWW-Authenticate", R"(Basic realm="registry")");
    });
    QVERIFY(server.listen());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    RegistryTransport transport(QUrl(base), {});
    const QByteArray blob = randomBytes(64 * 1024);
    QBuffer source;
    source.setData(blob);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const Delivered delivered =
        putDirect(transport, QUrl(base + QStringLiteral("/upload")), &source, blob.size(), {}, 50);
    QVERIFY(delivered);
    QVERIFY2(!delivered->has_value(), "a 401 must be left to the transport");
    QCOMPARE(source.pos(), 0); // rewound for the transport's attempt
    QCOMPARE(server.requestsTo(QStringLiteral("^/upload$")).size(), 1);
}

void TestDirectBlobPut::unauthorizedFallbackCompletesUpload()
{
    ScriptedServer server;
    server.on("POST", QStringLiteral("^/v2/team/app/blobs/uploads/$"), [](const Request &) {
        return Response{202, {}, {}, false, false}.header("Location", "/v2/team/app/blobs/uploads/session-1");
    });
    server.on("PUT", QStringLiteral("^/v2/team/app/blobs/uploads/session-1\\?"), [](const Request &request) {
        if (request.header("Authorization").isEmpty())
            return Response{401, {}, {}, false, false}.header("WWW-Authenticate", R"(Basic realm="registry")");
        const QByteArray digest = request.query().mid(request.query().indexOf('=') + 1);
        return Response{201, {}, {}, false, false}.header("Docker-Content-Digest",
                                                          QByteArray::fromPercentEncoding(digest));
    });
    QVERIFY(server.listen());
    ConnectionSettings settings;
    settings.plainHttp = true;
    settings.credential.username = QStringLiteral("tester");
    settings.credential.password = QStringLiteral("secret");
    RegistryClient client(QStringLiteral("127.0.0.1:%1").arg(server.port()), settings);
    const QByteArray blob = randomBytes(256 * 1024);
    const Digest digest = Digest::ofBytes(blob);
    QBuffer source;
    source.setData(blob);
    QVERIFY(source.open(QIODevice::ReadOnly));
    auto outcome = TestSupport::await<UploadOutcome>([&](auto done) {
        return client.uploadBlob(QStringLiteral("team/app"), digest, blob.size(), &source, this, done);
    });
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    // The direct PUT meets the challenge and leaves it to the transport, which learns it (its own PUT is
    // challenged too) and then sends the credentials with the whole body.
    const auto puts = server.requestsTo(QStringLiteral("^/v2/team/app/blobs/uploads/session-1$"));
    QCOMPARE(puts.size(), 3);
    QCOMPARE(puts.first().header("Expect"), QByteArray("100-continue"));
    QVERIFY(puts.at(0).header("Authorization").isEmpty());
    QVERIFY(puts.at(1).header("Authorization").isEmpty());
    QVERIFY(puts.at(2).header("Authorization").startsWith("Basic "));
    QVERIFY(puts.last().body == blob);
}

void TestDirectBlobPut::closedBeforeBodyFallsBack()
{
    HangUpServer server(0);
    QVERIFY(server.listen());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    RegistryTransport transport(QUrl(base), {});
    QBuffer source;
    source.setData(randomBytes(1024));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const Delivered delivered = putDirect(transport, QUrl(base + QStringLiteral("/upload")), &source, 1024);
    QVERIFY(delivered);
    QVERIFY(!delivered->has_value());
    QCOMPARE(source.pos(), 0);
}

void TestDirectBlobPut::closedMidUploadFails()
{
    HangUpServer server(1024 * 1024);
    QVERIFY(server.listen());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    RegistryTransport transport(QUrl(base), {});
    const qint64 size = 32 * 1024 * 1024;
    QBuffer source;
    source.setData(QByteArray(size, 'x'));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const Delivered delivered = putDirect(transport, QUrl(base + QStringLiteral("/upload")), &source, size);
    QVERIFY(delivered);
    QVERIFY2(delivered->has_value(), "a body already started must not be sent again behind the caller's back");
    const HttpResponse &put = **delivered;
    QCOMPARE(put.status, 0);
    QVERIFY2(put.networkError.contains(QLatin1String("connection lost after")), qPrintable(put.networkError));
    QVERIFY2(put.networkError.contains(QString::number(size)), qPrintable(put.networkError));
    QVERIFY(server.received >= 1024 * 1024);
}

void TestDirectBlobPut::notUsedThroughProxy()
{
    ConnectionSettings settings;
    settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 3128);
    RegistryTransport proxied(QUrl(QStringLiteral("http://127.0.0.1:5000")), settings);
    QVERIFY(!DirectBlobPut::applies(&proxied, QUrl(QStringLiteral("http://127.0.0.1:5000/v2/x/blobs/uploads/1"))));

    RegistryTransport direct(QUrl(QStringLiteral("http://127.0.0.1:5000")), {});
    QVERIFY(DirectBlobPut::applies(&direct, QUrl(QStringLiteral("http://127.0.0.1:5000/v2/x/blobs/uploads/1"))));
    // Another host (object storage) never takes the direct path.
    QVERIFY(!DirectBlobPut::applies(&direct, QUrl(QStringLiteral("http://127.0.0.2:5000/upload"))));
}

QTEST_GUILESS_MAIN(TestDirectBlobPut)
#include "tst_directblobput.moc"
