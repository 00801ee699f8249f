#include <functional>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "topology/templates.h"
#include "topology/validator.h"

using namespace Topology;

using Mutation = std::function<void(Topology::Topology &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// A fixed moment, so that certificate expiry does not depend on the day the test runs.
const QDateTime testNow = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);

RegistryConnection &firstSpoke(Topology::Topology &topology)
{
    return topology.spokes[0].registry;
}

Cluster remoteSpoke(const QString &name, const QString &registryId)
{
    Cluster spoke;
    spoke.name = name;
    spoke.projects = {QStringLiteral("default")};
    spoke.registry.registryId = registryId;
    return spoke;
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsRule_data();
    void reportsRule();
    void validValuesRaiseNothing_data();
    void validValuesRaiseNothing();
    void healthyTlsMaterialIsDescribed();
    void manualSyncListsWhatToCopy();
    void unknownReachabilityIsAggregated();

private:
    // Shorthands for the columns of reportsRule_data().
    static constexpr int single = int(TopologyKind::SingleExternalRegistry);
    static constexpr int hubAsSpoke = int(TopologyKind::HubAsSpoke);
    static constexpr int onHub = int(TopologyKind::RegistryOnHub);
    static constexpr int multiple = int(TopologyKind::MultipleRegistries);
    static constexpr int error = int(Severity::Error);
    static constexpr int warning = int(Severity::Warning);
    static constexpr int info = int(Severity::Info);
    static constexpr int registry = int(ElementRef::Kind::Registry);
    static constexpr int spoke = int(ElementRef::Kind::Spoke);
    static constexpr int hub = int(ElementRef::Kind::Hub);
    static constexpr int topologyRef = int(ElementRef::Kind::Topology);
    static constexpr int project = int(ElementRef::Kind::Project);
    static constexpr int reachability = int(ElementRef::Kind::Reachability);
    static inline const QString harbor = QStringLiteral("harbor");
    static inline const QString usEast = QStringLiteral("prod-us-east");
    static inline const QString none;

    static Mutation setEndpoint(const char *endpoint);
    void addEndpointRows();
    void addRepositoryAndTimeoutRows();
    void addInsecureRows();
    void addTlsRows();
    void addProxySecretAndProviderRows();
    void addNameAndReferenceRows();
    void addRequirementRows();

    QByteArray runOpenssl(const QStringList &arguments);
    QString m_caPem;
    QString m_clientPem;
    QString m_clientKey;
    QString m_otherKey;
    QString m_encryptedKey; ///< client.key under a passphrase
    QTemporaryDir m_dir;
};

QByteArray TestValidator::runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        qFatal("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
               openssl.readAllStandardError().constData());
    return openssl.readAllStandardOutput();
}

void TestValidator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A CA and a client certificate valid from the day the test runs for 3650 days, and an unrelated key.
    runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Test CA")});
    runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                QStringLiteral("client.key"), QStringLiteral("-out"), QStringLiteral("client.csr"),
                QStringLiteral("-subj"), QStringLiteral("/CN=flux-client")});
    runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("client.csr"),
                QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("client.crt"),
                QStringLiteral("-days"), QStringLiteral("3650")});
    runOpenssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                QStringLiteral("other.key")});
    runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("client.key"), QStringLiteral("-aes256"),
                QStringLiteral("-passout"), QStringLiteral("pass:secret"), QStringLiteral("-out"),
                QStringLiteral("encrypted.key")});

    const auto read = [this](const char *name) {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", name);
        return QString::fromUtf8(file.readAll());
    };
    m_caPem = read("ca.crt");
    m_clientPem = read("client.crt");
    m_clientKey = read("client.key");
    m_otherKey = read("other.key");
    m_encryptedKey = read("encrypted.key");
}

void TestValidator::reportsRule_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("validationNow"); // ISO date the validation runs at; empty: testNow
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("elementKind");
    QTest::addColumn<QString>("elementId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a fragment

    // One row per rule, grouped by area; the rows read best as tables, so the formatter leaves them alone.
    addEndpointRows();
    addRepositoryAndTimeoutRows();
    addInsecureRows();
    addTlsRows();
    addProxySecretAndProviderRows();
    addNameAndReferenceRows();
    addRequirementRows();
}

Mutation TestValidator::setEndpoint(const char *endpoint)
{
    return Mutation([endpoint](Topology::Topology &t) { t.registries[0].endpoint = QString::fromLatin1(endpoint); });
}

void TestValidator::addEndpointRows()
{
    // clang-format off
    QTest::newRow("https scheme") << single << setEndpoint("https://harbor.example.com") << none << "endpoint.scheme"
                                  << error << registry << harbor << "endpoint" << "'oci://harbor.example.com'";
    QTest::newRow("bare host, port and path")
        << single << setEndpoint("harbor.example.com:5000/path") << none << "endpoint.scheme" << error << registry
        << harbor << "endpoint" << "write 'oci://harbor.example.com:5000' and put 'path'";
    QTest::newRow("path") << single << setEndpoint("oci://harbor.example.com/team") << none << "endpoint.path" << error
                          << registry << harbor << "endpoint" << "the path 'team'";
    QTest::newRow("user info") << single << setEndpoint("oci://robot:pw@harbor.example.com") << none
                               << "endpoint.userinfo" << error << registry << harbor << "endpoint" << "basic auth";
    QTest::newRow("port range") << single << setEndpoint("oci://harbor.example.com:70000") << none << "endpoint.port"
                                << error << registry << harbor << "endpoint" << "outside 1–65535";
    QTest::newRow("ipv6 loopback off hub") << single << setEndpoint("oci://[::1]:5000") << none << "endpoint.in-cluster"
                                           << error << registry << harbor << "endpoint" << "only inside a cluster";
    QTest::newRow("docker hub") << single << setEndpoint("oci://docker.io") << none << "endpoint.docker-hub" << error
                                << registry << harbor << "endpoint" << "Docker Hub";
    QTest::newRow("docker hub registry-1") << single << setEndpoint("oci://registry-1.docker.io") << none
                                           << "endpoint.docker-hub" << error << registry << harbor << "endpoint"
                                           << "Docker Hub";
    QTest::newRow("private address") << single << setEndpoint("oci://10.20.30.40") << none << "endpoint.private"
                                     << warning << registry << harbor << "endpoint" << "must route there";
    QTest::newRow("internal name") << single << setEndpoint("oci://harbor.corp.internal") << none << "endpoint.private"
                                   << warning << registry << harbor << "endpoint" << "private";
    QTest::newRow("in-cluster override on a remote spoke")
        << single << Mutation([](Topology::Topology &t) {
               firstSpoke(t).endpointOverride = QStringLiteral("oci://harbor.registry.svc.cluster.local");
           })
        << none << "endpoint.in-cluster" << error << spoke << usEast << "ociRegistry.endpoint" << "hub-as-spoke";
    QTest::newRow("override syntax") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).endpointOverride = QStringLiteral("http://harbor.example.com");
    }) << none << "endpoint.scheme" << error << spoke << usEast << "ociRegistry.endpoint"
       << "mark the registry insecure";
    // clang-format on
}

void TestValidator::addRepositoryAndTimeoutRows()
{
    // clang-format off
    QTest::newRow("repository upper case") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).repository = QStringLiteral("Mural");
    }) << none << "repository.name" << error << spoke << usEast << "ociRegistry.repository" << "use 'mural'";
    QTest::newRow("timeout without unit") << single << Mutation([](Topology::Topology &t) {
        t.hub.registry.timeout = QStringLiteral("60");
    }) << none << "timeout.syntax" << error << hub << "hub" << "ociRegistry.timeout" << "has no unit";
    QTest::newRow("timeout zero") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).timeout = QStringLiteral("0s");
    }) << none << "timeout.not-positive" << error << spoke << usEast << "ociRegistry.timeout" << "must be positive";
    QTest::newRow("timeout short") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).timeout = QStringLiteral("5s");
    }) << none << "timeout.short" << warning << spoke << usEast << "ociRegistry.timeout" << "under 10s";
    QTest::newRow("timeout long") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).timeout = QStringLiteral("1h");
    }) << none << "timeout.long" << warning << spoke << usEast << "ociRegistry.timeout" << "over 10m";
    // clang-format on
}

void TestValidator::addInsecureRows()
{
    // clang-format off
    QTest::newRow("insecure with certificates") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).insecure = true;
        firstSpoke(t).certSecretName = QStringLiteral("harbor-ca");
    }) << none << "connection.insecure-with-certificates" << warning << spoke << usEast << "ociRegistry.insecure"
       << "ignored";
    QTest::newRow("insecure with credentials") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).insecure = true;
    }) << none << "connection.insecure-with-credentials" << warning << spoke << usEast << "ociRegistry.insecure"
       << "without a verified server";
    QTest::newRow("insecure with integration secrets") << single << Mutation([](Topology::Topology &t) {
        t.hub.registry.insecure = true;
    }) << none << "connection.insecure-integration-secrets" << warning << hub << "hub" << "ociRegistry.insecure"
       << "Integration Secrets";
    QTest::newRow("insecure on a cloud registry") << multiple << Mutation([](Topology::Topology &t) {
        t.spokes[0].registry.insecure = true;
    }) << none << "connection.insecure-cloud" << warning << spoke << "retail-us-1" << "ociRegistry.insecure"
       << "cloud registry";
    // clang-format on
}

void TestValidator::addTlsRows()
{
    // clang-format off
    QTest::newRow("certificate without key") << single << Mutation([this](Topology::Topology &t) {
        firstSpoke(t).basicAuthSecretName.clear();
        firstSpoke(t).certData = CertData{m_caPem, m_clientPem, QString(), QString()};
    }) << none << "tls.pair-incomplete" << error << spoke << usEast << "ociRegistry.certData" << "without its key";
    QTest::newRow("garbage ca") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).certData = CertData{QStringLiteral("-----BEGIN CERTIFICATE-----\nnot base64\n-----END "
                                                         "CERTIFICATE-----\n"),
                                          QString(), QString(), QString()};
    }) << none << "tls.pem-invalid" << error << spoke << usEast << "ociRegistry.certData.ca.crt" << "does not parse";
    QTest::newRow("no pem at all") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).certData = CertData{QStringLiteral("hello"), QString(), QString(), QString()};
    }) << none << "tls.pem-invalid" << error << spoke << usEast << "ociRegistry.certData.ca.crt"
       << "No certificate found";
    QTest::newRow("key of another certificate") << single << Mutation([this](Topology::Topology &t) {
        t.inlineSecrets = true;
        firstSpoke(t).certData = CertData{m_caPem, m_clientPem, QString(), m_otherKey};
    }) << none << "tls.key-mismatch" << error << spoke << usEast << "ociRegistry.certData.tls.key"
       << "does not match the certificate";
    QTest::newRow("encrypted key") << single << Mutation([this](Topology::Topology &t) {
        t.inlineSecrets = true;
        firstSpoke(t).certData = CertData{m_caPem, m_clientPem, QString(), m_encryptedKey};
    }) << none << "tls.key-mismatch" << error << spoke << usEast << "ociRegistry.certData.tls.key"
       << "Flux needs it unencrypted";
    QTest::newRow("certificate expired") << single << Mutation([this](Topology::Topology &t) {
        firstSpoke(t).certData = CertData{m_caPem, QString(), QString(), QString()};
    }) << QDate::currentDate().addYears(11).toString(Qt::ISODate) << "tls.expired" << error << spoke << usEast
       << "ociRegistry.certData.ca.crt" << "expired on";
    QTest::newRow("certificate expiring") << single << Mutation([this](Topology::Topology &t) {
        firstSpoke(t).certData = CertData{m_caPem, QString(), QString(), QString()};
    }) << QDate::currentDate().addDays(3640).toString(Qt::ISODate) << "tls.expiring" << warning << spoke << usEast
       << "ociRegistry.certData.ca.crt" << "within 30 days";
    QTest::newRow("key only in the credential store") << single << Mutation([this](Topology::Topology &t) {
        firstSpoke(t).certData = CertData{m_caPem, m_clientPem, QStringLiteral("keychain:client"), QString()};
    }) << none << "tls.key-not-checked" << info << spoke << usEast << "ociRegistry.certData.tlsKeyRef"
       << "not compared";
    // clang-format on
}

void TestValidator::addProxySecretAndProviderRows()
{
    // clang-format off
    QTest::newRow("proxy address") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).proxyData = ProxyData{QStringLiteral("proxy.example.com:3128"), QString(), QString(), QString()};
    }) << none << "proxy.address" << error << spoke << usEast << "ociRegistry.proxyData.address" << "http://";
    QTest::newRow("proxy username without password") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).proxyData = ProxyData{QStringLiteral("http://proxy:3128"),
                                            QStringLiteral("u"), QString(), QString()};
    }) << none << "proxy.credentials-incomplete" << warning << spoke << usEast << "ociRegistry.proxyData"
       << "no password";
    QTest::newRow("secret name and inline data") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).basicAuth = BasicAuth{QStringLiteral("robot"), QStringLiteral("ref"), QString(), false};
    }) << none << "secret.inline-and-name" << error << spoke << usEast << "ociRegistry.basicAuth"
       << "basicAuthSecretName";
    QTest::newRow("inline password") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).basicAuthSecretName.clear();
        firstSpoke(t).basicAuth = BasicAuth{QStringLiteral("robot"), QStringLiteral("ref"), QString(), false};
    }) << none << "secret.inline-password" << warning << spoke << usEast << "ociRegistry.basicAuth" << "plain text";
    QTest::newRow("inline data collides") << single << Mutation([](Topology::Topology &t) {
        t.hub.registry.basicAuthSecretName.clear();
        t.hub.registry.basicAuth = BasicAuth{QStringLiteral("pusher"), QStringLiteral("ref-a"), QString(), true};
        firstSpoke(t).basicAuthSecretName.clear();
        firstSpoke(t).basicAuth = BasicAuth{QStringLiteral("puller"), QStringLiteral("ref-b"), QString(), false};
    }) << none << "secret.inline-collision" << warning << topologyRef << "single-external" << ""
       << "'oci-basic-auth' in the namespace 'mural-system'";
    QTest::newRow("spoke can push") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).basicAuthSecretName.clear();
        firstSpoke(t).basicAuth = BasicAuth{QStringLiteral("robot"), QStringLiteral("ref"), QString(), true};
    }) << none << "credentials.spoke-can-push" << warning << spoke << usEast << "ociRegistry.basicAuth"
       << "pull access";
    QTest::newRow("provider with static credentials") << single << Mutation([](Topology::Topology &t) {
        t.registries[0].endpoint = QStringLiteral("oci://123456789012.dkr.ecr.eu-west-1.amazonaws.com");
        firstSpoke(t).provider = Provider::Aws;
    }) << none << "provider.static-credentials" << warning << spoke << usEast << "ociRegistry.provider" << "static";
    QTest::newRow("provider against host") << multiple << Mutation([](Topology::Topology &t) {
        t.spokes[0].registry.provider = Provider::Azure;
    }) << none << "provider.host-mismatch" << error << spoke << "retail-us-1" << "ociRegistry.provider"
       << "provider 'aws'";
    QTest::newRow("provider on an unknown host") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).provider = Provider::Gcp;
        firstSpoke(t).basicAuthSecretName.clear();
    }) << none << "provider.host-unknown" << warning << spoke << usEast << "ociRegistry.provider" << "kept as written";
    QTest::newRow("cloud host without provider") << multiple << Mutation([](Topology::Topology &t) {
        t.spokes[0].registry.provider = Provider::Generic;
    }) << none << "provider.missing" << warning << spoke << "retail-us-1" << "ociRegistry.provider" << "provider 'aws'";
    QTest::newRow("registry kind against host") << single << Mutation([](Topology::Topology &t) {
        t.registries[0].kind = RegistryKind::Ecr;
    }) << none << "registry.kind-host" << warning << registry << harbor << "kind" << "not a host of that service";
    // clang-format on
}

void TestValidator::addNameAndReferenceRows()
{
    // clang-format off
    QTest::newRow("duplicate spoke names") << single << Mutation([](Topology::Topology &t) {
        t.spokes[1].name = t.spokes[0].name;
    }) << none << "spoke.name-duplicate" << error << spoke << usEast << "name" << "more than once";
    QTest::newRow("spoke name not dns") << single << Mutation([](Topology::Topology &t) {
        t.spokes[0].name = QStringLiteral("Edge_1");
    }) << none << "spoke.name-invalid" << error << spoke << "Edge_1" << "name" << "DNS-1123";
    QTest::newRow("unknown project") << single << Mutation([](Topology::Topology &t) {
        t.spokes[0].projects = {QStringLiteral("nope")};
    }) << none << "spoke.project-unknown" << error << spoke << usEast << "projects" << "'nope'";
    QTest::newRow("unknown tenant") << single << Mutation([](Topology::Topology &t) {
        t.projects[0].tenant = QStringLiteral("ghost");
    }) << none << "project.tenant-unknown" << error << project << "vision" << "tenant" << "'ghost'";
    QTest::newRow("unknown registry") << single << Mutation([](Topology::Topology &t) {
        firstSpoke(t).registryId = QStringLiteral("gone");
    }) << none << "connection.registry-unknown" << error << spoke << usEast << "ociRegistry.registry" << "'gone'";
    QTest::newRow("no registry") << single << Mutation([](Topology::Topology &t) {
        t.hub.registry.registryId.clear();
    }) << none << "connection.registry-missing" << error << hub << "hub" << "ociRegistry.registry" << "no registry";
    QTest::newRow("api server not https") << single << Mutation([](Topology::Topology &t) {
        t.hub.apiServer = QStringLiteral("http://hub:6443");
    }) << none << "hub.api-server" << error << hub << "hub" << "apiServer" << "https://";
    QTest::newRow("fact about an unknown cluster") << single << Mutation([](Topology::Topology &t) {
        t.setReach(ReachabilityFact::Kind::SpokeToRegistry, QStringLiteral("ghost"), QStringLiteral("harbor"),
                   Reach::Reachable);
    }) << none << "reachability.unknown-element" << warning << reachability << "5" << "from" << "'ghost'";
    QTest::newRow("conflicting facts") << single << Mutation([](Topology::Topology &t) {
        ReachabilityFact fact = t.reachability.first();
        fact.reach = Reach::Unreachable;
        t.reachability.append(fact);
    }) << none << "reachability.conflict" << warning << reachability << "5" << "reach" << "first one counts";
    QTest::newRow("project rule without placeholder") << single << Mutation([](Topology::Topology &t) {
        t.federationRules[1].pattern = QStringLiteral("projects/**");
    }) << none << "federation.project-placeholder" << error << topologyRef << "single-external" << "federationRules[1]"
       << "{project}";
    QTest::newRow("no global rule") << single << Mutation([](Topology::Topology &t) {
        t.federationRules.removeFirst();
    }) << none << "federation.no-definitions-rule" << warning << topologyRef << "single-external"
       << "federationRules" << "Definitions";
    QTest::newRow("inline secrets") << single << Mutation([](Topology::Topology &t) { t.inlineSecrets = true; }) << none
                                    << "topology.inline-secrets" << warning << topologyRef << "single-external"
                                    << "inlineSecrets" << "plain text";
    // clang-format on
}

void TestValidator::addRequirementRows()
{
    // clang-format off
    QTest::newRow("hub-as-spoke in production") << hubAsSpoke << Mutation([](Topology::Topology &t) {
        t.production = true;
    }) << none << "hub-as-spoke.production" << warning << topologyRef << "hub-as-spoke" << "production" << "production";
    QTest::newRow("hub-as-spoke with a remote spoke") << hubAsSpoke << Mutation([](Topology::Topology &t) {
        t.spokes.append(remoteSpoke(QStringLiteral("edge-1"), QStringLiteral("zot")));
    }) << none << "hub-as-spoke.not-exposed" << error << registry << "zot" << "exposure" << "1 remote spoke";
    QTest::newRow("remote spoke on the in-cluster endpoint") << hubAsSpoke << Mutation([](Topology::Topology &t) {
        t.spokes.append(remoteSpoke(QStringLiteral("edge-1"), QStringLiteral("zot")));
    }) << none << "endpoint.in-cluster" << error << spoke << "edge-1" << "ociRegistry.endpoint"
       << "only inside a cluster";
    QTest::newRow("registry on hub with one replica") << onHub << Mutation([](Topology::Topology &t) {
        t.registries[0].replicas = 1;
    }) << none << "registry-on-hub.replicas" << error << registry << "hub-zot" << "replicas" << "more than one replica";
    QTest::newRow("replicas on one RWO volume") << onHub << Mutation([](Topology::Topology &t) {
        t.registries[0].storage = Storage::ReadWriteOnce;
    }) << none << "registry-on-hub.storage-not-shared" << error << registry << "hub-zot" << "storage"
       << "ReadWriteOnce";
    QTest::newRow("ephemeral storage") << onHub << Mutation([](Topology::Topology &t) {
        t.registries[0].storage = Storage::Ephemeral;
    }) << none << "registry-on-hub.storage-ephemeral" << error << registry << "hub-zot" << "storage" << "ephemeral";
    QTest::newRow("ingress without tls") << onHub << Mutation([](Topology::Topology &t) {
        t.registries[0].ingressTls = false;
    }) << none << "registry-on-hub.ingress-tls" << warning << registry << "hub-zot" << "ingressTls" << "TLS";
    QTest::newRow("ingress with limits") << onHub << Mutation([](Topology::Topology &t) {
        t.registries[0].ingressUnlimitedBody = false;
    }) << none << "registry-on-hub.ingress-limits" << warning << registry << "hub-zot" << "ingressUnlimitedBody"
       << "body size";
    QTest::newRow("hub cannot push") << single << Mutation([](Topology::Topology &t) {
        t.registries[0].hubCanPush = false;
    }) << none << "credentials.hub-cannot-push" << error << registry << harbor << "hubCanPush" << "cannot push";
    QTest::newRow("hub cannot reach its registry") << single << Mutation([](Topology::Topology &t) {
        t.setReach(ReachabilityFact::Kind::HubToRegistry, QStringLiteral("hub"), QStringLiteral("harbor"),
                   Reach::Unreachable);
    }) << none << "reach.hub-to-registry" << error << hub << "hub" << "" << "cannot publish";
    QTest::newRow("spoke cannot reach its registry") << single << Mutation([](Topology::Topology &t) {
        t.setReach(ReachabilityFact::Kind::SpokeToRegistry, QStringLiteral("prod-us-east"), QStringLiteral("harbor"),
                   Reach::Unreachable);
    }) << none << "reach.spoke-to-registry" << error << spoke << usEast << "ociRegistry.endpoint" << "cannot pull";
    QTest::newRow("spoke cannot reach the hub api") << multiple << Mutation([](Topology::Topology &t) {
        t.setReach(ReachabilityFact::Kind::SpokeToHubApi, QStringLiteral("lab-eu-2"), QStringLiteral("hub"),
                   Reach::Unreachable);
    }) << none << "reach.spoke-to-hub-api" << error << spoke << "lab-eu-2" << "" << "hub API server";
    QTest::newRow("manual sync") << multiple << Mutation([](Topology::Topology &) {}) << none << "multiple.manual-sync"
                                 << warning << spoke << "factory-1" << "" << "the projects vision";
    QTest::newRow("registry shared by projects") << single << Mutation([](Topology::Topology &t) {
        t.projects.append({QStringLiteral("nlp"), QStringLiteral("research")});
        t.spokes[1].projects = {QStringLiteral("nlp")};
    }) << none << "registry.shared-across-projects" << warning << registry << harbor << "" << "vision, nlp";
    QTest::newRow("unknown reachability") << single << Mutation([](Topology::Topology &t) { t.reachability.clear(); })
                                          << none << "reach.unknown" << info << reachability << "" << ""
                                          << "prod-eu-west can reach registry 'harbor'";
    // clang-format on
}

void TestValidator::reportsRule()
{
    QFETCH(int, kind);
    QFETCH(Mutation, mutate);
    QFETCH(QString, validationNow);
    QFETCH(QString, id);
    QFETCH(int, severity);
    QFETCH(int, elementKind);
    QFETCH(QString, elementId);
    QFETCH(QString, field);
    QFETCH(QString, reason);

    Topology::Topology topology = makeTemplate(TopologyKind(kind));
    mutate(topology);
    ValidationOptions options;
    options.now =
        validationNow.isEmpty() ? testNow : QDateTime(QDate::fromString(validationNow, Qt::ISODate), QTime(), Qt::UTC);
    const ValidationReport report = validate(topology, options);

    QStringList seen;
    for (const Finding &finding : report.findings) {
        seen.append(finding.toString());
        if (finding.id != id || int(finding.element.kind) != elementKind || finding.element.id != elementId ||
            finding.element.field != field)
            continue;
        QCOMPARE(int(finding.severity), severity);
        QVERIFY2(finding.reason.contains(reason), qPrintable(finding.reason));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no %1 finding on %2/%3; got:\n").arg(id, elementId, field) +
                     seen.join(QLatin1Char('\n'))));
}

void TestValidator::validValuesRaiseNothing_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("idPrefix");

    QTest::newRow("timeout 1m30s") << Mutation([](Topology::Topology &t) {
        firstSpoke(t).timeout = QStringLiteral("1m30s");
    }) << "timeout.";
    QTest::newRow("endpoint with port") << Mutation([](Topology::Topology &t) {
        t.registries[0].endpoint = QStringLiteral("oci://harbor.example.com:8443");
    }) << "endpoint.";
    QTest::newRow("matching key and certificate") << Mutation([this](Topology::Topology &t) {
        t.inlineSecrets = true;
        firstSpoke(t).certData = CertData{m_caPem, m_clientPem, QString(), m_clientKey};
    }) << "tls.";
    QTest::newRow("nested repository") << Mutation([](Topology::Topology &t) {
        firstSpoke(t).repository = QStringLiteral("platform/mural-workloads");
    }) << "repository.";
    QTest::newRow("proxy with credentials by secret")
        << Mutation([](Topology::Topology &t) { firstSpoke(t).proxySecretName = QStringLiteral("corp-proxy"); })
        << "proxy.";
}

void TestValidator::validValuesRaiseNothing()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, idPrefix);

    Topology::Topology topology = makeTemplate(TopologyKind::SingleExternalRegistry);
    mutate(topology);
    ValidationOptions options;
    options.now = testNow.addYears(-4);
    for (const Finding &finding : validate(topology, options).findings) {
        // Healthy material is still reported, as information.
        if (finding.severity == Topology::Severity::Info)
            continue;
        QVERIFY2(!finding.id.startsWith(idPrefix), qPrintable(finding.toString()));
    }
}

void TestValidator::healthyTlsMaterialIsDescribed()
{
    Topology::Topology topology = makeTemplate(TopologyKind::SingleExternalRegistry);
    topology.inlineSecrets = true;
    firstSpoke(topology).certData = CertData{m_caPem, m_clientPem, QString(), m_clientKey};
    ValidationOptions options;
    options.now = testNow.addYears(-4);

    QStringList described;
    for (const Finding &finding : validate(topology, options).findings) {
        if (finding.id == QLatin1String("tls.certificate") || finding.id == QLatin1String("tls.key-matches")) {
            QCOMPARE(finding.severity, Topology::Severity::Info);
            described.append(finding.reason);
        }
    }
    QCOMPARE(described.size(), 3); // the CA, the client certificate, the key
    QVERIFY(described.join(QLatin1Char('|')).contains(QLatin1String("CN=Test CA")));
    QVERIFY(described.join(QLatin1Char('|')).contains(QLatin1String("valid until")));
    QVERIFY(described.join(QLatin1Char('|')).contains(QLatin1String("matches tls.crt")));
}

void TestValidator::manualSyncListsWhatToCopy()
{
    Topology::Topology topology = makeTemplate(TopologyKind::MultipleRegistries);
    // The hub reaches the factory registry now, but has no push credentials there.
    topology.setReach(ReachabilityFact::Kind::HubToRegistry, QStringLiteral("hub"), QStringLiteral("zot-factory"),
                      Reach::Reachable);
    topology.spokes[3].projects = {QStringLiteral("vision"), QStringLiteral("checkout")};

    const ValidationReport report = validate(topology);
    qsizetype manual = 0;
    for (const Finding &finding : report.findings) {
        if (finding.id != QLatin1String("multiple.manual-sync"))
            continue;
        ++manual;
        QCOMPARE(finding.element.id, QStringLiteral("factory-1"));
        QVERIFY2(finding.reason.contains(QLatin1String("no push credentials")), qPrintable(finding.reason));
        QVERIFY(finding.reason.contains(QLatin1String("Definitions")));
        QVERIFY(finding.reason.contains(QLatin1String("vision, checkout")));
    }
    QCOMPARE(manual, 1);
    QVERIFY(!report.hasErrors());
}

void TestValidator::unknownReachabilityIsAggregated()
{
    Topology::Topology topology = makeTemplate(TopologyKind::SingleExternalRegistry);
    topology.reachability.clear();
    for (int i = 0; i < 40; ++i) {
        Cluster spoke = topology.spokes.first();
        spoke.name = QStringLiteral("edge-%1").arg(i);
        topology.spokes.append(spoke);
    }

    qsizetype unknown = 0;
    for (const Finding &finding : validate(topology).findings) {
        if (finding.id != QLatin1String("reach.unknown"))
            continue;
        ++unknown;
        QVERIFY(finding.hint.contains(QLatin1String("live check")));
    }
    // One finding per fact (hub → registry, spokes → registry, spokes → hub API), not one per spoke.
    QCOMPARE(unknown, 2);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
