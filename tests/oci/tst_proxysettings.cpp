#include <QTest>

#include "oci/proxysettings.h"

using namespace Oci;

class TestProxySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProxy_data();
    void noProxy();
    void environment_data();
    void environment();
    void proxyData();
    void invalidProxyData_data();
    void invalidProxyData();
};

void TestProxySettings::noProxy_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("direct");

    QTest::newRow("empty") << ""
                           << "https://zot.example.com" << false;
    QTest::newRow("star") << "*"
                          << "https://zot.example.com" << true;
    QTest::newRow("exact host") << "zot.example.com"
                                << "https://zot.example.com" << true;
    QTest::newRow("exact host, case") << "ZOT.example.com"
                                      << "https://Zot.Example.com" << true;
    QTest::newRow("suffix matches subdomains") << "example.com"
                                               << "https://zot.east.example.com" << true;
    QTest::newRow("suffix not a substring") << "example.com"
                                            << "https://badexample.com" << false;
    QTest::newRow("dot suffix: subdomain") << ".example.com"
                                           << "https://zot.example.com" << true;
    QTest::newRow("dot suffix: not the domain itself") << ".example.com"
                                                       << "https://example.com" << false;
    QTest::newRow("wildcard suffix") << "*.corp"
                                     << "https://registry.corp" << true;
    QTest::newRow("list with spaces") << "a.test, zot.example.com ,b.test"
                                      << "https://zot.example.com" << true;
    QTest::newRow("port matches") << "zot.example.com:5000"
                                  << "https://zot.example.com:5000" << true;
    QTest::newRow("port differs") << "zot.example.com:5000"
                                  << "https://zot.example.com" << false;
    QTest::newRow("default https port") << "zot.example.com:443"
                                        << "oci://zot.example.com" << true;
    QTest::newRow("ipv4 exact") << "10.1.2.3"
                                << "https://10.1.2.3:5000" << true;
    QTest::newRow("ipv4 cidr in") << "10.0.0.0/8"
                                  << "https://10.200.3.4" << true;
    QTest::newRow("ipv4 cidr out") << "10.0.0.0/8"
                                   << "https://11.0.0.1" << false;
    QTest::newRow("ipv4 cidr vs name") << "10.0.0.0/8"
                                       << "https://ten.example.com" << false;
    QTest::newRow("ipv6 exact") << "fd00::1"
                                << "https://[fd00::1]:5000" << true;
    QTest::newRow("ipv6 bracket port") << "[fd00::1]:5000"
                                       << "https://[fd00::1]:5000" << true;
    QTest::newRow("ipv6 bracket other port") << "[fd00::1]:5000"
                                             << "https://[fd00::1]:5001" << false;
    QTest::newRow("ipv6 cidr in") << "fd00::/8"
                                  << "https://[fd12:3456::7]" << true;
    QTest::newRow("ipv6 cidr out") << "fd00::/8"
                                   << "https://[2001:db8::1]" << false;
    QTest::newRow("ipv6 loopback exact") << "::1"
                                         << "http://[::1]:5000" << true;
    QTest::newRow("cidr list") << "10.0.0.0/8, 192.168.0.0/16"
                               << "http://192.168.3.4:5000" << true;
    QTest::newRow("dot suffix, other domain") << ".corp"
                                              << "https://harbor.corporate.example" << false;
}

void TestProxySettings::noProxy()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, url);
    QFETCH(bool, direct);
    QCOMPARE(NoProxyList::parse(noProxy).matches(QUrl(url)), direct);
}

void TestProxySettings::environment_data()
{
    QTest::addColumn<QString>("variables"); // NAME=value;NAME=value
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("proxy"); // host:port, or empty for direct

    QTest::newRow("https proxy") << "HTTPS_PROXY=http://proxy.corp:3128"
                                 << "https://zot.example.com"
                                 << "proxy.corp:3128";
    QTest::newRow("lower case") << "https_proxy=proxy.corp:8080"
                                << "oci://zot.example.com"
                                << "proxy.corp:8080";
    QTest::newRow("upper case wins") << "HTTPS_PROXY=http://up:1;https_proxy=http://low:2"
                                     << "https://zot.example.com"
                                     << "up:1";
    QTest::newRow("plain http uses HTTP_PROXY") << "HTTPS_PROXY=http://s:1;HTTP_PROXY=http://p:2"
                                                << "http://zot.example.com"
                                                << "p:2";
    QTest::newRow("https without HTTPS_PROXY goes direct") << "HTTP_PROXY=http://p:2"
                                                           << "https://zot.example.com"
                                                           << "";
    QTest::newRow("no_proxy") << "HTTPS_PROXY=http://p:1;no_proxy=.example.com"
                              << "https://zot.example.com"
                              << "";
    QTest::newRow("loopback direct") << "HTTPS_PROXY=http://p:1"
                                     << "https://127.0.0.1:5000"
                                     << "";
    QTest::newRow("localhost direct") << "HTTPS_PROXY=http://p:1"
                                      << "https://localhost:5000"
                                      << "";
    QTest::newRow("default port 80") << "HTTPS_PROXY=http://p"
                                     << "https://zot.example.com"
                                     << "p:80";
}

void TestProxySettings::environment()
{
    QFETCH(QString, variables);
    QFETCH(QString, url);
    QFETCH(QString, proxy);

    QProcessEnvironment environment;
    for (const QString &variable : variables.split(QLatin1Char(';')))
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    const QNetworkProxy chosen = ProxySettings::fromEnvironment(environment).proxyFor(QUrl(url));
    if (proxy.isEmpty()) {
        QCOMPARE(chosen.type(), QNetworkProxy::NoProxy);
        return;
    }
    QCOMPARE(chosen.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(chosen.hostName() + QLatin1Char(':') + QString::number(chosen.port()), proxy);
}

void TestProxySettings::proxyData()
{
    const auto settings = ProxySettings::fromProxyData(QStringLiteral("http://proxy.corp:3128"), QStringLiteral("jdoe"),
                                                       QStringLiteral("pä55"));
    QVERIFY(settings);
    // proxyData applies to every request of the registry, loopback included.
    for (const QString &url : {QStringLiteral("https://zot.example.com"), QStringLiteral("http://127.0.0.1:5000")}) {
        const QNetworkProxy proxy = settings->proxyFor(QUrl(url));
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(proxy.user(), QStringLiteral("jdoe"));
        QCOMPARE(proxy.password(), QStringLiteral("pä55"));
    }

    const auto fromUrl = ProxySettings::fromProxyData(QStringLiteral("http://u%40corp:p%3Aw@proxy.corp:3128"), {}, {});
    QVERIFY(fromUrl);
    QCOMPARE(fromUrl->proxyFor(QUrl(QStringLiteral("https://a"))).user(), QStringLiteral("u@corp"));
    QCOMPARE(fromUrl->proxyFor(QUrl(QStringLiteral("https://a"))).password(), QStringLiteral("p:w"));
    QCOMPARE(fromUrl->proxyFor(QUrl(QStringLiteral("https://a"))).port(), quint16(3128));

    const auto socks = ProxySettings::fromProxyData(QStringLiteral("socks5://s:1080"), {}, {});
    QVERIFY(socks);
    QCOMPARE(socks->proxyFor(QUrl(QStringLiteral("https://a"))).type(), QNetworkProxy::Socks5Proxy);
    const auto socksDefaultPort = ProxySettings::fromProxyData(QStringLiteral("socks5h://s"), {}, {});
    QVERIFY(socksDefaultPort);
    QCOMPARE(socksDefaultPort->proxyFor(QUrl(QStringLiteral("https://a"))).port(), quint16(1080));
}

void TestProxySettings::invalidProxyData_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("error");
    QTest::newRow("tls to proxy") << "https://proxy.corp:443"
                                  << "is reached over TLS";
    QTest::newRow("unknown scheme") << "ftp://proxy.corp"
                                    << "unsupported scheme 'ftp'";
    QTest::newRow("no host") << "http://"
                             << "is not a valid URL";
}

void TestProxySettings::invalidProxyData()
{
    QFETCH(QString, address);
    QFETCH(QString, error);
    const auto settings = ProxySettings::fromProxyData(address, {}, {});
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(error), qPrintable(settings.error().message));
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
