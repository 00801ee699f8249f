#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "topology/templates.h"
#include "topology/topologyfile.h"

using namespace Topology;

namespace {

const char header[] = "kind: RegistryTopology\nversion: 1\n";

QByteArray withHeader(const char *body)
{
    return QByteArray(header) + body;
}

// Every field the format carries, with values chosen to trip naive writers: strings that YAML 1.1 reads as
// booleans, numbers or dates, multi-line PEM text, and empty optional sections.
Topology::Topology fullTopology()
{
    Topology::Topology topology = makeTemplate(TopologyKind::MultipleRegistries);
    topology.name = QStringLiteral("yes");
    topology.description = QStringLiteral("line one\nline two\n");
    topology.inlineSecrets = true;
    topology.hub.registry.insecure = false;
    topology.hub.registry.timeout = QStringLiteral("1m30s");
    topology.hub.registry.provider = Provider::Azure;
    topology.hub.registry.basicAuth =
        BasicAuth{QStringLiteral("on"), QStringLiteral("keychain:hub"), QStringLiteral("0123"), true};
    topology.hub.registry.proxyData = ProxyData{QStringLiteral("http://proxy.example.com:3128"),
                                                QStringLiteral("proxy-user"), QString(), QStringLiteral("1:30")};
    topology.hub.registry.certData =
        CertData{QStringLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END "
                                "CERTIFICATE-----\n"),
                 QStringLiteral("no trailing newline\nsecond"), QStringLiteral("ref"), QStringLiteral("2001-12-14")};
    topology.spokes[0].registry.endpointOverride = QStringLiteral("oci://[2001:db8::1]:5000");
    topology.spokes[0].registry.insecure = true;
    topology.spokes[1].inCluster = true;
    topology.spokes[1].projects.append(QStringLiteral("null"));
    topology.registries[0].displayName = QStringLiteral("~");
    topology.registries[1].onHub = true;
    topology.registries[1].exposure = Exposure::LoadBalancer;
    topology.registries[1].exposedEndpoint = QStringLiteral("oci://10.0.0.5:443");
    topology.registries[1].replicas = 4;
    topology.registries[1].storage = Storage::ReadWriteMany;
    topology.registries[1].ingressTls = false;
    topology.registries[1].ingressUnlimitedBody = false;
    topology.federationRules.append({QStringLiteral("workloads/**"), FederationRule::Scope::Workload});
    // Characters YAML gives a meaning to at the start of a plain scalar, spaces at the ends, and non-ASCII.
    topology.spokes[0].region = QStringLiteral(" eu-west ");
    topology.spokes[1].region = QStringLiteral("*anchor-like");
    topology.spokes[2].region = QStringLiteral("# not a comment");
    topology.spokes[3].region = QString::fromUtf8("Z\u00fcrich: \"Nord\" - 'A'");
    topology.reachability[0].origin = QStringLiteral("measured 2026-12-03T15:00:00Z");
    return topology;
}

// One overload per model type, so that optional sections and lists compare through the same two templates.
void compare(const BasicAuth &a, const BasicAuth &b)
{
    QCOMPARE(a.username, b.username);
    QCOMPARE(a.passwordRef, b.passwordRef);
    QCOMPARE(a.password, b.password);
    QCOMPARE(a.canPush, b.canPush);
}

void compare(const ProxyData &a, const ProxyData &b)
{
    QCOMPARE(a.address, b.address);
    QCOMPARE(a.username, b.username);
    QCOMPARE(a.passwordRef, b.passwordRef);
    QCOMPARE(a.password, b.password);
}

void compare(const CertData &a, const CertData &b)
{
    QCOMPARE(a.caCrt, b.caCrt);
    QCOMPARE(a.tlsCrt, b.tlsCrt);
    QCOMPARE(a.tlsKeyRef, b.tlsKeyRef);
    QCOMPARE(a.tlsKey, b.tlsKey);
}

template<typename T> void compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    QCOMPARE(a.has_value(), b.has_value());
    if (a)
        compare(*a, *b);
}

void compare(const RegistryConnection &a, const RegistryConnection &b)
{
    QCOMPARE(a.registryId, b.registryId);
    QCOMPARE(a.endpointOverride, b.endpointOverride);
    QCOMPARE(a.repository, b.repository);
    QCOMPARE(a.insecure, b.insecure);
    QCOMPARE(a.timeout, b.timeout);
    QCOMPARE(a.provider, b.provider);
    QCOMPARE(a.basicAuthSecretName, b.basicAuthSecretName);
    QCOMPARE(a.proxySecretName, b.proxySecretName);
    QCOMPARE(a.certSecretName, b.certSecretName);
    compareOptional(a.basicAuth, b.basicAuth);
    compareOptional(a.proxyData, b.proxyData);
    compareOptional(a.certData, b.certData);
}

void compare(const Registry &a, const Registry &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.displayName, b.displayName);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.endpoint, b.endpoint);
    QCOMPARE(a.onHub, b.onHub);
    QCOMPARE(a.exposure, b.exposure);
    QCOMPARE(a.exposedEndpoint, b.exposedEndpoint);
    QCOMPARE(a.replicas, b.replicas);
    QCOMPARE(a.storage, b.storage);
    QCOMPARE(a.ingressTls, b.ingressTls);
    QCOMPARE(a.ingressUnlimitedBody, b.ingressUnlimitedBody);
    QCOMPARE(a.hubCanPush, b.hubCanPush);
}

void compare(const Cluster &a, const Cluster &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.projects, b.projects);
    QCOMPARE(a.inCluster, b.inCluster);
    QCOMPARE(a.region, b.region);
    compare(a.registry, b.registry);
}

void compare(const Project &a, const Project &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.tenant, b.tenant);
}

void compare(const Tenant &a, const Tenant &b)
{
    QCOMPARE(a.name, b.name);
}

void compare(const ReachabilityFact &a, const ReachabilityFact &b)
{
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.from, b.from);
    QCOMPARE(a.to, b.to);
    QCOMPARE(a.reach, b.reach);
    QCOMPARE(a.origin, b.origin);
}

void compare(const FederationRule &a, const FederationRule &b)
{
    QCOMPARE(a.pattern, b.pattern);
    QCOMPARE(a.scope, b.scope);
}

// Stops at the first element that differs, as a QCOMPARE in a plain loop would.
template<typename T> void compareEach(const QList<T> &a, const QList<T> &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size() && !QTest::currentTestFailed(); ++i)
        compare(a.at(i), b.at(i));
}

void compareTopologies(const Topology::Topology &a, const Topology::Topology &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.production, b.production);
    QCOMPARE(a.inlineSecrets, b.inlineSecrets);
    QCOMPARE(a.hub.name, b.hub.name);
    QCOMPARE(a.hub.apiServer, b.hub.apiServer);
    QCOMPARE(a.hub.releaseNamespace, b.hub.releaseNamespace);
    compare(a.hub.registry, b.hub.registry);

    compareEach(a.registries, b.registries);
    compareEach(a.spokes, b.spokes);
    compareEach(a.projects, b.projects);
    compareEach(a.tenants, b.tenants);
    compareEach(a.reachability, b.reachability);
    compareEach(a.federationRules, b.federationRules);
}

} // namespace

class TestTopologyFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripTemplates_data();
    void roundTripTemplates();
    void roundTripEveryField();
    void writesDeterministically();
    void secretsStayOutUnlessInline();
    void ambiguousStringsAreQuoted();
    void readsAYamlOneOneReader();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void nothingWrittenOnError();
    void defaultsWhenSectionsAreMissing();
    void documentedExampleReads();
};

void TestTopologyFile::roundTripTemplates_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("hub-as-spoke") << int(TopologyKind::HubAsSpoke);
    QTest::newRow("single-external") << int(TopologyKind::SingleExternalRegistry);
    QTest::newRow("registry-on-hub") << int(TopologyKind::RegistryOnHub);
    QTest::newRow("multiple-registries") << int(TopologyKind::MultipleRegistries);
}

void TestTopologyFile::roundTripTemplates()
{
    QFETCH(int, kind);
    const Topology::Topology original = makeTemplate(TopologyKind(kind));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("topology.yaml"));
    const Util::Result<void> written = TopologyFile::write(path, original);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

    const Util::Result<Topology::Topology> read = TopologyFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    compareTopologies(original, *read);
}

void TestTopologyFile::roundTripEveryField()
{
    const Topology::Topology original = fullTopology();
    const QByteArray text = TopologyFile::serialize(original);
    const Util::Result<Topology::Topology> read = TopologyFile::parse(text, QStringLiteral("full.yaml"));
    QVERIFY2(read.ok(),
             qPrintable(read.ok() ? QString() : read.error().toString() + QLatin1Char('\n') + QString::fromUtf8(text)));
    compareTopologies(original, *read);
}

void TestTopologyFile::writesDeterministically()
{
    const Topology::Topology topology = fullTopology();
    const QByteArray first = TopologyFile::serialize(topology);
    const QByteArray second = TopologyFile::serialize(*TopologyFile::parse(first, QStringLiteral("x")));
    QCOMPARE(second, first);
}

void TestTopologyFile::secretsStayOutUnlessInline()
{
    Topology::Topology topology = fullTopology();
    topology.inlineSecrets = false;
    const QByteArray text = TopologyFile::serialize(topology);
    QVERIFY(!text.contains("password:"));
    QVERIFY(!text.contains("tls.key:"));
    QVERIFY(!text.contains("0123"));
    QVERIFY(text.contains("passwordRef: \"keychain:hub\"") || text.contains("passwordRef: keychain:hub"));
    QVERIFY(text.contains("tlsKeyRef: ref"));

    // Read back, the references survive and the secret values are gone.
    const Util::Result<Topology::Topology> read = TopologyFile::parse(text, QStringLiteral("x"));
    QVERIFY(read.ok());
    QCOMPARE(read->hub.registry.basicAuth->passwordRef, QStringLiteral("keychain:hub"));
    QVERIFY(read->hub.registry.basicAuth->password.isEmpty());
    QVERIFY(read->hub.registry.certData->tlsKey.isEmpty());

    topology.inlineSecrets = true;
    QVERIFY(TopologyFile::serialize(topology).contains("password: \"0123\""));
}

void TestTopologyFile::ambiguousStringsAreQuoted()
{
    const QByteArray text = TopologyFile::serialize(fullTopology());
    QVERIFY2(text.contains("name: \"yes\""), text.constData());
    QVERIFY(text.contains("username: \"on\""));
    QVERIFY(text.contains("displayName: \"~\""));
    QVERIFY(text.contains("\"null\""));
    QVERIFY(text.contains("tls.key: \"2001-12-14\""));
    QVERIFY(text.contains("password: \"1:30\""));
}

void TestTopologyFile::readsAYamlOneOneReader()
{
    // PyYAML implements YAML 1.1: what it reads must have the same types as what we wrote.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.yaml"));
    QVERIFY(TopologyFile::write(path, fullTopology()).ok());

    QProcess python;
    const QString script = QStringLiteral("import sys, yaml\n"
                                          "d = yaml.safe_load(open(sys.argv[1]))\n"
                                          "assert d['name'] == 'yes', d['name']\n"
                                          "h = d['hub']['ociRegistry']\n"
                                          "assert h['basicAuth']['username'] == 'on'\n"
                                          "assert h['basicAuth']['password'] == '0123'\n"
                                          "assert h['proxyData']['password'] == '1:30'\n"
                                          "assert h['certData']['tls.key'] == '2001-12-14'\n"
                                          "assert h['insecure'] is False and h['timeout'] == '1m30s'\n"
                                          "assert d['registries'][0]['displayName'] == '~'\n"
                                          "assert d['spokes'][1]['projects'][-1] == 'null'\n"
                                          "assert d['version'] == 1 and d['registries'][1]['replicas'] == 4\n");
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

void TestTopologyFile::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("malformed yaml") << withHeader("hub: [a, b\n") << 4 << 1 << "not valid YAML";
    QTest::newRow("tab indentation") << withHeader("hub:\n\tname: x\n") << 0 << 0 << "not valid YAML";
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << "the file is empty";
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << 1 << "not a YAML mapping";
    QTest::newRow("wrong kind") << QByteArray("kind: Values\nversion: 1\n") << 1 << 7 << "'kind' is 'Values'";
    QTest::newRow("missing version") << QByteArray("kind: RegistryTopology\n") << 1 << 1 << "has no 'version'";
    QTest::newRow("unknown version") << QByteArray("kind: RegistryTopology\nversion: 2\n") << 2 << 10
                                     << "version 2 is not supported";
    QTest::newRow("version as text") << QByteArray("kind: RegistryTopology\nversion: one\n") << 2 << 10
                                     << "must be a whole number";
    QTest::newRow("unknown top-level key") << withHeader("spoke: []\n") << 3 << 1 << "unknown key 'spoke'";
    QTest::newRow("unknown nested key") << withHeader("hub:\n  ociRegistry:\n    endpiont: oci://x\n") << 5 << 5
                                        << "hub.ociRegistry has the unknown key 'endpiont'";
    QTest::newRow("duplicate key") << withHeader("name: a\nname: b\n") << 4 << 1 << "has the key 'name' twice";
    QTest::newRow("boolean spelled yes") << withHeader("production: yes\n") << 3 << 13
                                         << "production must be true or false, not 'yes'";
    QTest::newRow("quoted boolean") << withHeader("production: \"true\"\n") << 3 << 13 << "must be true or false";
    QTest::newRow("list for a string") << withHeader("name: [a]\n") << 3 << 7 << "name must be a single value";
    QTest::newRow("mapping for a list") << withHeader("spokes: {a: b}\n") << 3 << 9 << "'spokes' must be a list";
    QTest::newRow("replicas as text") << withHeader("registries:\n  - id: r\n    replicas: three\n") << 5 << 15
                                      << "registries[0].replicas must be a decimal whole number";
    QTest::newRow("replicas hex") << withHeader("registries:\n  - id: r\n    replicas: 0x3\n") << 5 << 15
                                  << "decimal whole number";
    QTest::newRow("unknown enum") << withHeader("registries:\n  - id: r\n    kind: quay\n") << 5 << 11
                                  << "'quay' is not a valid kind; use one of generic, zot, harbor, ecr, acr, gar, ghcr";
    QTest::newRow("plain number as string") << withHeader("spokes:\n  - name: s\n    ociRegistry: {timeout: 60}\n") << 5
                                            << 28 << "timeout '60' is not a string for every YAML reader";
    QTest::newRow("duplicate spoke names") << withHeader("spokes:\n  - name: edge\n  - name: other\n  - name: edge\n")
                                           << 6 << 5 << "spokes[2]: the spoke name 'edge' is used twice";
    QTest::newRow("duplicate registry ids")
        << withHeader("registries:\n  - id: r\n  - id: r\n") << 5 << 5 << "the registry id 'r' is used twice";
    QTest::newRow("spoke without name") << withHeader("spokes:\n  - region: eu\n") << 4 << 5
                                        << "spokes[0].name is missing";
    QTest::newRow("secret without opt-in")
        << withHeader("hub:\n  ociRegistry:\n    basicAuth:\n      username: u\n      password: p\n") << 7 << 17
        << "'password' holds a secret value";
}

void TestTopologyFile::rejectsBadInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    const Util::Result<Topology::Topology> result = TopologyFile::parse(text, QStringLiteral("bad.yaml"));
    QVERIFY(!result.ok());
    const Util::Error &error = result.error();
    QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
    QCOMPARE(error.file, QStringLiteral("bad.yaml"));
    if (line > 0) {
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }
}

void TestTopologyFile::nothingWrittenOnError()
{
    QTemporaryDir dir;
    const QString blocked = dir.filePath(QStringLiteral("missing-directory/topology.yaml"));
    QVERIFY(!TopologyFile::write(blocked, fullTopology()).ok());
    QVERIFY(!QFile::exists(blocked));

    // A target that cannot be replaced (a directory) stays as it was.
    const QString occupied = dir.filePath(QStringLiteral("occupied.yaml"));
    QVERIFY(QDir().mkpath(occupied + QStringLiteral("/keep")));
    QVERIFY(!TopologyFile::write(occupied, fullTopology()).ok());
    QVERIFY(QFileInfo(occupied).isDir());
    QVERIFY(QFileInfo::exists(occupied + QStringLiteral("/keep")));
}

void TestTopologyFile::defaultsWhenSectionsAreMissing()
{
    const Util::Result<Topology::Topology> read =
        TopologyFile::parse(withHeader("name: minimal\n"), QStringLiteral("m"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read->name, QStringLiteral("minimal"));
    QCOMPARE(read->hub.name, QStringLiteral("hub"));
    QCOMPARE(read->hub.releaseNamespace, QStringLiteral("mural-system"));
    QCOMPARE(read->hub.registry.repository, QStringLiteral("mural-workloads"));
    QCOMPARE(read->federationRules.size(), Topology::Topology::defaultFederationRules().size());
    QVERIFY(read->spokes.isEmpty());
}

void TestTopologyFile::documentedExampleReads()
{
    // The example in the format documentation must stay a valid file.
    QFile documentation(QStringLiteral(PRC_SOURCE_DIR "/docs/topology-format.md"));
    QVERIFY(documentation.open(QIODevice::ReadOnly));
    const QByteArray text = documentation.readAll();
    const qsizetype start = text.indexOf("```yaml\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    const QByteArray example = text.mid(start + 8, end - start - 8);

    const Util::Result<Topology::Topology> read = TopologyFile::parse(example, QStringLiteral("example"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read->spokes.size(), 1);
    QCOMPARE(read->registries.first().kind, RegistryKind::Harbor);
}

QTEST_GUILESS_MAIN(TestTopologyFile)
#include "tst_topologyfile.moc"
