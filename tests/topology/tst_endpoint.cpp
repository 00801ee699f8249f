#include <QTest>

#include "topology/endpoint.h"
#include "topology/repositoryname.h"

using namespace Topology;

class TestEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validEndpoints_data();
    void validEndpoints();
    void invalidEndpoints_data();
    void invalidEndpoints();
    void hostScope_data();
    void hostScope();
    void hostService_data();
    void hostService();
    void repositoryNames_data();
    void repositoryNames();
    void problemKinds_data();
    void problemKinds();
};

void TestEndpoint::validEndpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("dns name") << "oci://registry.example.com"
                              << "registry.example.com" << 0 << "oci://registry.example.com";
    QTest::newRow("dns name and port") << "oci://zot.example.com:5000"
                                       << "zot.example.com" << 5000 << "oci://zot.example.com:5000";
    QTest::newRow("upper case folded") << "OCI://Zot.Example.COM"
                                       << "zot.example.com" << 0 << "oci://zot.example.com";
    QTest::newRow("ipv4") << "oci://10.0.0.12:443"
                          << "10.0.0.12" << 443 << "oci://10.0.0.12:443";
    QTest::newRow("bracketed ipv6 loopback") << "oci://[::1]:5000"
                                             << "::1" << 5000 << "oci://[::1]:5000";
    QTest::newRow("bracketed ipv6") << "oci://[2001:db8::7]"
                                    << "2001:db8::7" << 0 << "oci://[2001:db8::7]";
    QTest::newRow("port 1") << "oci://r.example.com:1"
                            << "r.example.com" << 1 << "oci://r.example.com:1";
    QTest::newRow("port 65535") << "oci://r.example.com:65535"
                                << "r.example.com" << 65535 << "oci://r.example.com:65535";
    QTest::newRow("in-cluster service") << "oci://zot.mural-system.svc.cluster.local:5000"
                                        << "zot.mural-system.svc.cluster.local" << 5000
                                        << "oci://zot.mural-system.svc.cluster.local:5000";
}

void TestEndpoint::validEndpoints()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, normalized);

    const auto endpoint = Endpoint::parse(text);
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().message));
    QCOMPARE(endpoint->host(), host);
    QCOMPARE(endpoint->port(), port);
    QCOMPARE(endpoint->toString(), normalized);
}

void TestEndpoint::invalidEndpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a fragment the message must contain

    QTest::newRow("https scheme") << "https://registry.example.com"
                                  << "'oci://registry.example.com'";
    QTest::newRow("http scheme") << "http://registry.example.com:5000"
                                 << "mark the registry insecure";
    QTest::newRow("other scheme") << "docker://registry.example.com"
                                  << "scheme 'docker://' is not supported";
    QTest::newRow("bare host and port") << "registry.example.com:5000"
                                        << "no scheme; write "
                                           "'oci://registry.example.com:5000'";
    QTest::newRow("bare host, port and path") << "host:5000/path"
                                              << "write 'oci://host:5000' and put 'path'";
    QTest::newRow("path") << "oci://registry.example.com/team/app"
                          << "the path 'team/app'";
    QTest::newRow("trailing slash") << "oci://registry.example.com/"
                                    << "ends with '/'";
    QTest::newRow("tag") << "oci://registry.example.com/app:1.0"
                         << "the path 'app:1.0'";
    QTest::newRow("digest") << "oci://registry.example.com@sha256:abc"
                            << "or a digest";
    QTest::newRow("user info") << "oci://admin:secret@registry.example.com"
                               << "user information";
    QTest::newRow("query") << "oci://registry.example.com?x=1"
                           << "carries a query";
    QTest::newRow("fragment") << "oci://registry.example.com#top"
                              << "carries a fragment";
    QTest::newRow("port zero") << "oci://registry.example.com:0"
                               << "outside 1–65535";
    QTest::newRow("port too large") << "oci://registry.example.com:65536"
                                    << "outside 1–65535";
    QTest::newRow("port not numeric") << "oci://registry.example.com:http"
                                      << "not a decimal number";
    QTest::newRow("port empty") << "oci://registry.example.com:"
                                << "no port number";
    QTest::newRow("empty") << ""
                           << "endpoint is empty";
    QTest::newRow("no host") << "oci://"
                             << "has no host";
    QTest::newRow("unbracketed ipv6") << "oci://::1:5000"
                                      << "without brackets";
    QTest::newRow("bad ipv6") << "oci://[zz::1]:5000"
                              << "is not an IPv6 address";
    QTest::newRow("unclosed ipv6") << "oci://[::1:5000"
                                   << "does not close it";
    QTest::newRow("bad ipv4") << "oci://300.1.2.3"
                              << "is not an IPv4 address";
    QTest::newRow("underscore host") << "oci://my_registry.example.com"
                                     << "is not a DNS name";
    QTest::newRow("label starts with dash") << "oci://-bad.example.com"
                                            << "is not a DNS name";
}

void TestEndpoint::invalidEndpoints()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const auto endpoint = Endpoint::parse(text);
    QVERIFY2(!endpoint.ok(), qPrintable(text));
    QVERIFY2(endpoint.error().message.contains(expected), qPrintable(endpoint.error().message));
}

void TestEndpoint::hostScope_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("scope");

    const int inCluster = int(HostScope::InCluster);
    const int privateScope = int(HostScope::Private);
    const int publicScope = int(HostScope::Public);
    QTest::newRow("svc") << "zot.mural-system.svc" << inCluster;
    QTest::newRow("svc.cluster.local") << "zot.mural-system.svc.cluster.local" << inCluster;
    QTest::newRow("localhost") << "localhost" << inCluster;
    QTest::newRow("ipv4 loopback") << "127.0.0.1" << inCluster;
    QTest::newRow("ipv6 loopback") << "::1" << inCluster;
    QTest::newRow("single label") << "zot" << inCluster;
    QTest::newRow("10/8") << "10.1.2.3" << privateScope;
    QTest::newRow("172.16/12") << "172.31.0.9" << privateScope;
    QTest::newRow("172.32 is public") << "172.32.0.9" << publicScope;
    QTest::newRow("192.168/16") << "192.168.1.1" << privateScope;
    QTest::newRow("cgnat") << "100.64.3.4" << privateScope;
    QTest::newRow("ipv6 ula") << "fd00::5" << privateScope;
    QTest::newRow(".local") << "registry.local" << privateScope;
    QTest::newRow(".internal") << "zot.corp.internal" << privateScope;
    QTest::newRow("public name") << "registry.example.com" << publicScope;
    QTest::newRow("public ipv4") << "8.8.8.8" << publicScope;
}

void TestEndpoint::hostScope()
{
    QFETCH(QString, host);
    QFETCH(int, scope);
    QCOMPARE(int(Topology::hostScope(host)), scope);
}

void TestEndpoint::hostService_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("service");

    QTest::newRow("docker.io") << "docker.io" << int(HostService::DockerHub);
    QTest::newRow("registry-1.docker.io") << "registry-1.docker.io" << int(HostService::DockerHub);
    QTest::newRow("index.docker.io") << "index.docker.io" << int(HostService::DockerHub);
    QTest::newRow("ecr") << "123456789012.dkr.ecr.us-east-1.amazonaws.com" << int(HostService::Ecr);
    QTest::newRow("ecr fips") << "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com" << int(HostService::Ecr);
    QTest::newRow("ecr china") << "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn" << int(HostService::Ecr);
    QTest::newRow("ecr iso") << "123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov" << int(HostService::Ecr);
    QTest::newRow("ecr short account") << "12345.dkr.ecr.us-east-1.amazonaws.com" << int(HostService::Unknown);
    QTest::newRow("acr") << "myregistry.azurecr.io" << int(HostService::Acr);
    QTest::newRow("acr china") << "myregistry.azurecr.cn" << int(HostService::Acr);
    QTest::newRow("acr government") << "myregistry.azurecr.us" << int(HostService::Acr);
    QTest::newRow("gar") << "europe-west1-docker.pkg.dev" << int(HostService::GoogleArtifactRegistry);
    QTest::newRow("gcr") << "gcr.io" << int(HostService::Gcr);
    QTest::newRow("gcr regional") << "eu.gcr.io" << int(HostService::Gcr);
    QTest::newRow("ghcr") << "ghcr.io" << int(HostService::Ghcr);
    QTest::newRow("harbor") << "harbor.example.com" << int(HostService::Unknown);
}

void TestEndpoint::hostService()
{
    QFETCH(QString, host);
    QFETCH(int, service);
    QCOMPARE(int(Topology::hostService(host)), service);
}

void TestEndpoint::repositoryNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected"); // empty: valid; else a fragment of the message

    QTest::newRow("default") << "mural-workloads"
                             << ""
                             << "";
    QTest::newRow("nested") << "team/mural_workloads.v1"
                            << ""
                            << "";
    QTest::newRow("double underscore") << "a__b"
                                       << ""
                                       << "";
    QTest::newRow("several dashes") << "a--b"
                                    << ""
                                    << "";
    QTest::newRow("upper case") << "Mural"
                                << ""
                                << "use 'mural'";
    QTest::newRow("empty component") << "a//b"
                                     << ""
                                     << "empty path component";
    QTest::newRow("leading slash") << "/a"
                                   << ""
                                   << "start or end with '/'";
    QTest::newRow("tag") << "a:1"
                         << ""
                         << "tag or digest";
    QTest::newRow("triple underscore") << "a___b"
                                       << ""
                                       << "component 'a___b'";
    QTest::newRow("trailing dot") << "a."
                                  << ""
                                  << "component 'a.'";
    QTest::newRow("empty") << ""
                           << ""
                           << "is empty";
    QTest::newRow("too long") << QString(250, QLatin1Char('a')) << "registry.example.com"
                              << "the limit is 254";
}

void TestEndpoint::repositoryNames()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(QString, expected);

    const Util::Result<void> result = validateRepositoryName(name, host);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestEndpoint::problemKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");

    QTest::newRow("valid") << "oci://zot.example.com:5000" << int(Endpoint::Problem::None);
    QTest::newRow("empty") << "" << int(Endpoint::Problem::Empty);
    QTest::newRow("https") << "https://host" << int(Endpoint::Problem::Scheme);
    QTest::newRow("bare host and path") << "host:5000/path" << int(Endpoint::Problem::Scheme);
    QTest::newRow("path") << "oci://host/path" << int(Endpoint::Problem::Path);
    QTest::newRow("user info") << "oci://u:p@host" << int(Endpoint::Problem::UserInfo);
    QTest::newRow("query") << "oci://host?q" << int(Endpoint::Problem::Query);
    QTest::newRow("host") << "oci://bad_host" << int(Endpoint::Problem::Host);
    QTest::newRow("port") << "oci://host:99999" << int(Endpoint::Problem::Port);
    QTest::newRow("trailing space") << "oci://host " << int(Endpoint::Problem::Whitespace);
    QTest::newRow("loopback is valid syntax") << "oci://[::1]:5000" << int(Endpoint::Problem::None);
    QTest::newRow("docker hub is valid syntax") << "oci://docker.io" << int(Endpoint::Problem::None);
}

void TestEndpoint::problemKinds()
{
    QFETCH(QString, text);
    QFETCH(int, problem);
    QCOMPARE(int(Endpoint::problemOf(text)), problem);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
