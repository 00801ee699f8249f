#include <QFile>
#include <QTest>

#include "credentials/memorystore.h"
#include "credentials/topologysecrets.h"
#include "helm/valuesimporter.h"
#include "topology/topologyfile.h"
#include "topology/validator.h"

using Credentials::MemoryStore;
using Credentials::TopologySecret;
using Credentials::TopologySecrets;

namespace {

// A values file with every kind of inline secret: the hub's password and proxy password, a spoke's password and
// client key (from the sample file).
QByteArray valuesWithEverySecret()
{
    QFile sample(QStringLiteral(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = sample.readAll();
    text.replace("    basicAuthSecretName: 'hub-registry-creds'\n",
                 "    basicAuth:\n      username: 'pusher'\n      password: 'hub-pässword'\n"
                 "    proxyData:\n      address: 'http://proxy.example.com:3128'\n      username: 'proxy-user'\n"
                 "      password: 'proxy-secret'\n");
    return text;
}

Topology::Topology imported(const QByteArray &text)
{
    auto result = Helm::ValuesImporter::import(text, QStringLiteral("values.yaml"));
    if (!result || result->report.hasErrors())
        qFatal("the test values do not import");
    return std::move(result).value().topology;
}

QStringList findingIds(const Topology::Topology &topology)
{
    QStringList ids;
    for (const Topology::Finding &finding : Topology::validate(topology).findings)
        ids.append(finding.id);
    return ids;
}

// A keychain that refuses one write (the n-th): shows that a half-done import is rolled back.
class FailingStore final : public Credentials::SecretStore
{
public:
    explicit FailingStore(int failingWrite)
        : m_failingWrite(failingWrite)
    {
    }

    MemoryStore memory;

    QString backendName() const override { return QStringLiteral("failing store"); }
    bool isPersistent() const override { return true; }
    Util::Result<void> checkAvailable() override { return {}; }
    Util::Result<std::optional<QByteArray>> read(const QString &key) override { return memory.read(key); }
    Util::Result<void> write(const QString &key, const QByteArray &secret) override
    {
        if (++m_writes == m_failingWrite)
            return Util::makeError(QStringLiteral("the keychain is locked"));
        return memory.write(key, secret);
    }
    Util::Result<void> remove(const QString &key) override { return memory.remove(key); }
    Util::Result<QStringList> list() override { return memory.list(); }

private:
    int m_failingWrite;
    int m_writes = 0;
};

} // namespace

class TestTopologySecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeAndResolve();
    void storeKeepsExistingReferences();
    void unchangedAndReplaced();
    void failedStoreRollsBack();
    void unresolvedReferences();
    void validationWithKeyReference();
};

// Every inline secret goes into the store under a per-registry, per-cluster key; the saved topology holds only
// the references, and resolving them gives back the very same values.
void TestTopologySecrets::storeAndResolve()
{
    const Topology::Topology original = imported(valuesWithEverySecret());
    Topology::Topology topology = original;
    MemoryStore store;

    const auto stored = TopologySecrets::storeInlineSecrets(topology, store);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored->size(), 4);
    QStringList keys;
    for (const TopologySecret &secret : *stored) {
        QCOMPARE(secret.outcome, TopologySecret::Outcome::Stored);
        keys.append(secret.key);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("registry.hub.example.com:443/hub/hub/password"),
                                QStringLiteral("registry.hub.example.com:443/hub/hub/proxy-password"),
                                QStringLiteral("zot.east.example.com:443/spoke/gpu-east-1/password"),
                                QStringLiteral("zot.east.example.com:443/spoke/gpu-east-1/tls-key")}));
    QCOMPARE(store.list().value(), (QStringList{keys[0], keys[1], keys[2], keys[3]}));
    QCOMPARE(topology.hub.registry.basicAuth->passwordRef, keys[0]);
    QVERIFY(topology.hub.registry.basicAuth->password.isEmpty());
    QCOMPARE(topology.hub.registry.proxyData->passwordRef, keys[1]);
    QCOMPARE(topology.spoke(QStringLiteral("gpu-east-1"))->registry.certData->tlsKeyRef, keys[3]);
    QVERIFY(!topology.inlineSecrets);

    const QByteArray file = Topology::TopologyFile::serialize(topology);
    for (const QByteArray &secret :
         {QByteArray("hub-pässword"), QByteArray("proxy-secret"), QByteArray("change-me"), QByteArray("PRIVATE KEY")})
        QVERIFY2(!file.contains(secret), secret.constData());

    auto reread = Topology::TopologyFile::parse(file, QStringLiteral("topology.yaml"));
    QVERIFY(reread);
    Topology::Topology resolvedTopology = reread.value();
    const auto resolved = TopologySecrets::resolveSecretRefs(resolvedTopology, store);
    QVERIFY(resolved);
    QCOMPARE(resolved->size(), 4);
    for (const TopologySecret &secret : *resolved)
        QCOMPARE(secret.outcome, TopologySecret::Outcome::Resolved);
    QCOMPARE(resolvedTopology.hub.registry.basicAuth->password, original.hub.registry.basicAuth->password);
    QCOMPARE(resolvedTopology.hub.registry.proxyData->password, QStringLiteral("proxy-secret"));
    const auto *spoke = resolvedTopology.spoke(QStringLiteral("gpu-east-1"));
    const auto *originalSpoke = original.spoke(QStringLiteral("gpu-east-1"));
    QCOMPARE(spoke->registry.basicAuth->password, QStringLiteral("change-me"));
    QCOMPARE(spoke->registry.certData->tlsKey, originalSpoke->registry.certData->tlsKey);
    QVERIFY(TopologySecrets::pendingReferences(resolvedTopology).isEmpty());
}

void TestTopologySecrets::storeKeepsExistingReferences()
{
    Topology::Topology topology = imported(valuesWithEverySecret());
    topology.hub.registry.basicAuth->passwordRef = QStringLiteral("chosen/by/hand");
    MemoryStore store;
    QVERIFY(TopologySecrets::storeInlineSecrets(topology, store));
    QCOMPARE(topology.hub.registry.basicAuth->passwordRef, QStringLiteral("chosen/by/hand"));
    QCOMPARE(store.read(QStringLiteral("chosen/by/hand")).value(), std::optional<QByteArray>("hub-pässword"));
}

void TestTopologySecrets::unchangedAndReplaced()
{
    MemoryStore store;
    Topology::Topology first = imported(valuesWithEverySecret());
    QVERIFY(TopologySecrets::storeInlineSecrets(first, store));

    Topology::Topology again = imported(valuesWithEverySecret());
    again.spoke(QStringLiteral("gpu-east-1"))->registry.basicAuth->password = QStringLiteral("rotated");
    const auto stored = TopologySecrets::storeInlineSecrets(again, store);
    QVERIFY(stored);
    QCOMPARE(stored->at(0).outcome, TopologySecret::Outcome::Unchanged);
    QCOMPARE(stored->at(2).outcome, TopologySecret::Outcome::Replaced);
    QCOMPARE(store.read(stored->at(2).key).value(), std::optional<QByteArray>("rotated"));
}

// The third write fails: the two before it are undone (the replaced value restored, the new one removed), and the
// topology keeps its inline values.
void TestTopologySecrets::failedStoreRollsBack()
{
    FailingStore store(3);
    QVERIFY(store.memory.write(QStringLiteral("registry.hub.example.com:443/hub/hub/password"), "older").ok());
    Topology::Topology topology = imported(valuesWithEverySecret());
    const Topology::Topology before = topology;

    const auto stored = TopologySecrets::storeInlineSecrets(topology, store);
    QVERIFY(!stored);
    QVERIFY2(stored.error().message.contains(QLatin1String("zot.east.example.com:443/spoke/gpu-east-1/password")),
             qPrintable(stored.error().message));
    QVERIFY(stored.error().message.contains(QLatin1String("spoke gpu-east-1")));
    QCOMPARE(store.memory.list().value(), QStringList{QStringLiteral("registry.hub.example.com:443/hub/hub/password")});
    QCOMPARE(store.memory.read(QStringLiteral("registry.hub.example.com:443/hub/hub/password")).value(),
             std::optional<QByteArray>("older"));
    QCOMPARE(topology.hub.registry.basicAuth->password, before.hub.registry.basicAuth->password);
    QVERIFY(topology.hub.registry.basicAuth->passwordRef.isEmpty());
}

void TestTopologySecrets::unresolvedReferences()
{
    Topology::Topology topology = imported(valuesWithEverySecret());
    MemoryStore store;
    QVERIFY(TopologySecrets::storeInlineSecrets(topology, store));
    const QString missingKey = QStringLiteral("zot.east.example.com:443/spoke/gpu-east-1/tls-key");
    QVERIFY(store.remove(missingKey).ok());

    QCOMPARE(TopologySecrets::pendingReferences(topology).size(), 4);
    const auto resolved = TopologySecrets::resolveSecretRefs(topology, store);
    QVERIFY(resolved);
    QCOMPARE(resolved->size(), 4);
    const TopologySecret &key = resolved->at(3);
    QCOMPARE(key.outcome, TopologySecret::Outcome::Unresolved);
    QCOMPARE(key.key, missingKey);
    QCOMPARE(key.owner(), QStringLiteral("spoke gpu-east-1"));
    QCOMPARE(key.referenceField(), QStringLiteral("ociRegistry.certData.tlsKeyRef"));
    QVERIFY(key.problem.contains(QLatin1String("holds nothing")));
    QVERIFY(topology.spoke(QStringLiteral("gpu-east-1"))->registry.certData->tlsKey.isEmpty());
    QCOMPARE(TopologySecrets::pendingReferences(topology).size(), 1);
}

// A client key given by reference completes the pair; its match with the certificate is checked only once the
// key is resolved, and a key of another certificate is then an error.
void TestTopologySecrets::validationWithKeyReference()
{
    Topology::Topology topology = imported(valuesWithEverySecret());
    MemoryStore store;
    QVERIFY(TopologySecrets::storeInlineSecrets(topology, store));

    const QStringList offline = findingIds(topology);
    QVERIFY(!offline.contains(QStringLiteral("tls.pair-incomplete")));
    QVERIFY(offline.contains(QStringLiteral("tls.key-not-checked")));

    Topology::Topology resolved = topology;
    QVERIFY(TopologySecrets::resolveSecretRefs(resolved, store));
    const QStringList online = findingIds(resolved);
    QVERIFY(!online.contains(QStringLiteral("tls.key-not-checked")));
    QVERIFY(!online.contains(QStringLiteral("tls.key-mismatch")));

    const QString keyRef = topology.spoke(QStringLiteral("gpu-east-1"))->registry.certData->tlsKeyRef;
    QVERIFY(store
                .write(keyRef, "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n"
                               "-----END PRIVATE KEY-----\n")
                .ok());
    Topology::Topology wrongKey = topology;
    QVERIFY(TopologySecrets::resolveSecretRefs(wrongKey, store));
    QVERIFY(findingIds(wrongKey).contains(QStringLiteral("tls.key-mismatch")));
}

QTEST_GUILESS_MAIN(TestTopologySecrets)
#include "tst_topologysecrets.moc"
