#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "helm/exportplan.h"
#include "helm/secretwriter.h"
#include "yamltypes.h"

using Helm::SecretWriter;

namespace {

const QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
const QString key = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n");

Topology::Topology oneSpoke(const Topology::RegistryConnection &connection)
{
    Topology::Topology topology;
    topology.hub.releaseNamespace = QStringLiteral("palette-system");
    topology.registries.append(Topology::Registry());
    topology.registries[0].id = QStringLiteral("r");
    topology.registries[0].endpoint = QStringLiteral("oci://registry.example.com:5000");
    topology.hub.registry.registryId = QStringLiteral("r");
    Topology::Cluster spoke;
    spoke.name = QStringLiteral("edge-1");
    spoke.registry = connection;
    spoke.registry.registryId = QStringLiteral("r");
    topology.spokes.append(spoke);
    return topology;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// kind 0: basic auth, 1: proxy, 2: TLS. Without \a complete the secret value is left to the keychain.
Topology::RegistryConnection inlineConnection(int kind, bool complete)
{
    Topology::RegistryConnection connection;
    if (kind == 0) {
        connection.basicAuth = Topology::BasicAuth{QStringLiteral("reader"), QStringLiteral("key-1"),
                                                   complete ? QStringLiteral("s3cr:t") : QString(), false};
    } else if (kind == 1) {
        connection.proxyData =
            Topology::ProxyData{QStringLiteral("http://proxy:3128"), QStringLiteral("p"), {}, QStringLiteral("yes")};
    } else {
        connection.certData = Topology::CertData{pem, pem, QStringLiteral("key-2"), complete ? key : QString()};
    }
    return connection;
}

// Flux and the container runtimes read the credentials of a basic-auth Secret from .dockerconfigjson.
void checkDockerConfig(const YAML::Node &secret)
{
    const QJsonObject config =
        QJsonDocument::fromJson(QByteArray::fromStdString(secret["stringData"][".dockerconfigjson"].as<std::string>()))
            .object();
    const QJsonObject entry =
        config.value(QStringLiteral("auths")).toObject().value(QStringLiteral("registry.example.com:5000")).toObject();
    QCOMPARE(entry.value(QStringLiteral("username")).toString(), QStringLiteral("reader"));
    QCOMPARE(entry.value(QStringLiteral("password")).toString(), QStringLiteral("s3cr:t"));
    QCOMPARE(QByteArray::fromBase64(entry.value(QStringLiteral("auth")).toString().toLatin1()),
             QByteArray("reader:s3cr:t"));
}

} // namespace

class TestSecretWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifests_data();
    void manifests();
    void writtenAtomicallyToDirectory();
};

void TestSecretWriter::manifests_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("complete");

    QTest::newRow("basic auth") << 0 << QStringLiteral("edge-1-oci-basic-auth")
                                << QStringLiteral("kubernetes.io/dockerconfigjson")
                                << QStringList{QStringLiteral(".dockerconfigjson"), QStringLiteral("username"),
                                               QStringLiteral("password")}
                                << true;
    QTest::newRow("basic auth, password only in keychain")
        << 0 << QStringLiteral("edge-1-oci-basic-auth") << QString() << QStringList() << false;
    QTest::newRow("proxy") << 1 << QStringLiteral("edge-1-oci-proxy") << QStringLiteral("Opaque")
                           << QStringList{QStringLiteral("address"), QStringLiteral("username"),
                                          QStringLiteral("password")}
                           << true;
    QTest::newRow("tls") << 2 << QStringLiteral("edge-1-oci-tls") << QStringLiteral("Opaque")
                         << QStringList{QStringLiteral("ca.crt"), QStringLiteral("tls.crt"), QStringLiteral("tls.key")}
                         << true;
    QTest::newRow("tls, key only in keychain")
        << 2 << QStringLiteral("edge-1-oci-tls") << QString() << QStringList() << false;
}

void TestSecretWriter::manifests()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QStringList, keys);
    QFETCH(bool, complete);

    const Helm::ExportPlan plan = Helm::ExportPlan::build(oneSpoke(inlineConnection(kind, complete)), {});
    QCOMPARE(plan.secrets().size(), 1);
    QCOMPARE(plan.secrets().first().name, name);

    const SecretWriter::Output output = SecretWriter::render(plan);
    if (!complete) {
        QVERIFY(output.manifests.isEmpty());
        QCOMPARE(output.report.items().size(), 1);
        QVERIFY2(output.report.items().first().message.contains(QLatin1String("key-")),
                 qPrintable(output.report.toText()));
        return;
    }
    QCOMPARE(output.manifests.size(), 1);
    QCOMPARE(output.manifests.first().fileName, name + QLatin1String(".yaml"));

    const QByteArray text = output.manifests.first().text;
    const YAML::Node secret = YAML::Load(text.toStdString());
    QCOMPARE(secret["kind"].as<std::string>(), std::string("Secret"));
    QCOMPARE(secret["type"].as<std::string>(), type.toStdString());
    QCOMPARE(secret["metadata"]["name"].as<std::string>(), name.toStdString());
    QCOMPARE(secret["metadata"]["namespace"].as<std::string>(), std::string("palette-system"));
    QStringList found;
    for (const auto &entry : secret["stringData"])
        found.append(QString::fromStdString(entry.first.Scalar()));
    QCOMPARE(found, keys);

    if (kind == 0)
        checkDockerConfig(secret);
    if (kind == 2)
        QCOMPARE(QString::fromStdString(secret["stringData"]["tls.key"].as<std::string>()), key);

    QString error;
    const QJsonValue python = YamlTypes::fromPython(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromText(text)), python);
}

void TestSecretWriter::writtenAtomicallyToDirectory()
{
    Topology::RegistryConnection connection;
    connection.basicAuth = Topology::BasicAuth{QStringLiteral("u"), {}, QStringLiteral("p"), false};
    connection.certData = Topology::CertData{pem, {}, {}, {}};
    const SecretWriter::Output output = SecretWriter::render(Helm::ExportPlan::build(oneSpoke(connection), {}));

    QTemporaryDir temporary;
    const QString directory = temporary.filePath(QStringLiteral("nested/secrets"));
    const auto written = SecretWriter::writeAll(output.manifests, directory);
    QVERIFY(written.ok());
    QCOMPARE(written->size(), 2);
    QCOMPARE(QDir(directory).entryList(QDir::Files),
             (QStringList{QStringLiteral("edge-1-oci-basic-auth.yaml"), QStringLiteral("edge-1-oci-tls.yaml")}));
    for (const QString &path : *written) {
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readAll(path), output.manifests.at(written->indexOf(path)).text);
    }

    // Writing again replaces the files in place and leaves no staged files behind.
    QVERIFY(SecretWriter::writeAll(output.manifests, directory).ok());
    QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // A directory that cannot be created is an error naming it.
    QFile blocker(temporary.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto failed = SecretWriter::writeAll(output.manifests, blocker.fileName() + QLatin1String("/sub"));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().toString().contains(blocker.fileName()));
}

QTEST_GUILESS_MAIN(TestSecretWriter)
#include "tst_secretwriter.moc"
