#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include "keyringsession.h"

// The values commands as a user runs them, against the real Secret Service of a throw-away keyring: import
// puts the sample's inline secrets into the keychain, export and validate read them back.
namespace {

const QString program = QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry");
const QString sample = QStringLiteral(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml");

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

YAML::Node gpuEast1(const YAML::Node &values)
{
    for (const YAML::Node &spoke : values["fleetConfig"]["spokes"]) {
        if (spoke["name"].as<std::string>() == "gpu-east-1")
            return spoke["ociRegistry"];
    }
    return {};
}

QByteArray bytesOf(const YAML::Node &node)
{
    return node ? QByteArray::fromStdString(node.as<std::string>()) : QByteArray();
}

// The base64 lines of a PEM block: the secret part of a private key.
QList<QByteArray> pemBody(const QByteArray &pem)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith("-----"))
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

class TestValuesSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importStoresSecretsInTheKeychain();
    void exportReproducesTheSecrets();
    void validateReadsTheKey();
    void unresolvedReference();
    void noKeychainWritesNothing();

private:
    QTemporaryDir m_dir;
    QString m_topology;
    QByteArray m_password;
    QByteArray m_key;
};

void TestValuesSecrets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_topology = m_dir.filePath(QStringLiteral("topology.yaml"));
    const YAML::Node original = YAML::Load(readAll(sample).toStdString());
    m_password = bytesOf(gpuEast1(original)["basicAuth"]["password"]);
    m_key = bytesOf(gpuEast1(original)["certData"]["tls.key"]);
    QCOMPARE(m_password, QByteArray("change-me"));
    QVERIFY(m_key.startsWith("-----BEGIN PRIVATE KEY-----\n"));
}

// The topology refers to the keychain; neither it nor any file under the session's home and XDG directories
// holds the password or any line of the key's body.
void TestValuesSecrets::importStoresSecretsInTheKeychain()
{
    const Run imported =
        run({QStringLiteral("values"), QStringLiteral("import"), sample, QStringLiteral("-o"), m_topology});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QLatin1String("spoke gpu-east-1: ociRegistry.basicAuth.password stored in Secret "
                                                 "Service (org.freedesktop.secrets) as "
                                                 "'zot.east.example.com:443/spoke/gpu-east-1/password'")),
             qPrintable(imported.err));
    QVERIFY(imported.err.contains(QLatin1String("ociRegistry.certData.tls.key stored in")));
    QVERIFY(!imported.err.contains(QLatin1String("change-me")));

    const QByteArray topology = readAll(m_topology);
    QVERIFY(topology.contains("passwordRef: zot.east.example.com:443/spoke/gpu-east-1/password"));
    QVERIFY(topology.contains("tlsKeyRef: zot.east.example.com:443/spoke/gpu-east-1/tls-key"));

    QStringList roots{m_dir.path()};
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
        roots.append(qEnvironmentVariable(variable));
    const QList<QByteArray> forbidden = QList<QByteArray>{m_password} + pemBody(m_key);
    QVERIFY(forbidden.size() >= 3);
    int checked = 0;
    for (const QString &root : std::as_const(roots)) {
        QVERIFY(!root.isEmpty());
        QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets of the session bus and the keyring
            const QByteArray content = file.readAll();
            for (const QByteArray &secret : forbidden)
                QVERIFY2(!content.contains(secret),
                         qPrintable(file.fileName() + QLatin1String(": ") + QString::fromLatin1(secret)));
            ++checked;
        }
    }
    QVERIFY(checked >= 2); // the topology file and the keyring file at least
}

// Back from the keychain: inline values and Secret manifests carry the original password and key byte for byte.
void TestValuesSecrets::exportReproducesTheSecrets()
{
    const QString inlineValues = m_dir.filePath(QStringLiteral("inline/values.yaml"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("inline"))));
    const Run inlined = run({QStringLiteral("values"), QStringLiteral("export"), m_topology, QStringLiteral("-o"),
                             inlineValues, QStringLiteral("--inline-secrets")});
    QVERIFY2(inlined.code == 0, qPrintable(inlined.err));
    const YAML::Node values = YAML::Load(readAll(inlineValues).toStdString());
    QCOMPARE(bytesOf(gpuEast1(values)["basicAuth"]["password"]), m_password);
    QCOMPARE(bytesOf(gpuEast1(values)["certData"]["tls.key"]), m_key);
    QCOMPARE(QFile::permissions(inlineValues) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const QString valuesFile = m_dir.filePath(QStringLiteral("values.yaml"));
    const QString secrets = m_dir.filePath(QStringLiteral("secrets"));
    const Run exported = run({QStringLiteral("values"), QStringLiteral("export"), m_topology, QStringLiteral("-o"),
                              valuesFile, QStringLiteral("--secrets-dir"), secrets});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY(!readAll(valuesFile).contains(m_password));

    const YAML::Node basicAuth =
        YAML::Load(readAll(secrets + QStringLiteral("/gpu-east-1-oci-basic-auth.yaml")).toStdString());
    QCOMPARE(bytesOf(basicAuth["stringData"]["password"]), m_password);
    const QJsonObject docker = QJsonDocument::fromJson(bytesOf(basicAuth["stringData"][".dockerconfigjson"])).object();
    const QJsonObject auth = docker[QStringLiteral("auths")][QStringLiteral("zot.east.example.com:443")].toObject();
    QCOMPARE(auth[QStringLiteral("password")].toString().toUtf8(), m_password);
    QCOMPARE(QByteArray::fromBase64(auth[QStringLiteral("auth")].toString().toLatin1()), "flux-east:" + m_password);

    const YAML::Node tls = YAML::Load(readAll(secrets + QStringLiteral("/gpu-east-1-oci-tls.yaml")).toStdString());
    QCOMPARE(bytesOf(tls["stringData"]["tls.key"]), m_key);
}

// With the keychain the key is compared with its certificate; offline the reference completes the pair and the
// comparison is an open note.
void TestValuesSecrets::validateReadsTheKey()
{
    const Run online = run({QStringLiteral("topology"), QStringLiteral("validate"), m_topology,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(online.code == 0, qPrintable(online.err));
    const QJsonObject report = QJsonDocument::fromJson(online.out).object();
    const QJsonArray references = report[QStringLiteral("secretReferences")].toArray();
    QCOMPARE(references.size(), 2);
    for (const QJsonValue &reference : references)
        QVERIFY(reference[QStringLiteral("resolved")].toBool());
    QVERIFY(!online.out.contains("tls.key-not-checked"));
    QVERIFY(!online.out.contains("tls.pair-incomplete"));

    const Run offline =
        run({QStringLiteral("topology"), QStringLiteral("validate"), m_topology, QStringLiteral("--no-secret-store")});
    QVERIFY2(offline.code == 0, qPrintable(offline.err));
    QVERIFY(offline.out.contains("tls.key-not-checked"));
    QVERIFY(!offline.out.contains("tls.pair-incomplete"));
}

// A reference to nothing: the export names the spoke, the field and the key; written inline it is an error.
void TestValuesSecrets::unresolvedReference()
{
    QByteArray text = readAll(m_topology);
    text.replace("tlsKeyRef: zot.east.example.com:443/spoke/gpu-east-1/tls-key", "tlsKeyRef: nowhere/tls-key");
    const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const QString expected = QStringLiteral("spoke gpu-east-1: ociRegistry.certData.tlsKeyRef 'nowhere/tls-key' is "
                                            "not resolved");
    const Run exported = run({QStringLiteral("values"), QStringLiteral("export"), broken});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY2(exported.err.contains(QLatin1String("warning: ") + expected), qPrintable(exported.err));

    const QString values = m_dir.filePath(QStringLiteral("never.yaml"));
    const Run inlined = run({QStringLiteral("values"), QStringLiteral("export"), broken, QStringLiteral("-o"), values,
                             QStringLiteral("--inline-secrets")});
    QCOMPARE(inlined.code, 1);
    QVERIFY2(inlined.err.contains(QLatin1String("error: ") + expected), qPrintable(inlined.err));
    QVERIFY(!QFile::exists(values));
}

// No session bus, so no Secret Service: import names the backend and both alternatives, exits with 2 and
// writes nothing.
void TestValuesSecrets::noKeychainWritesNothing()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const QString output = m_dir.filePath(QStringLiteral("no-keychain/topology.yaml"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("no-keychain"))));

    const Run imported =
        run({QStringLiteral("values"), QStringLiteral("import"), sample, QStringLiteral("-o"), output}, environment);
    QCOMPARE(imported.code, 2);
    QVERIFY2(imported.err.contains(QLatin1String("Secret Service (org.freedesktop.secrets) is not available")),
             qPrintable(imported.err));
    QVERIFY(imported.err.contains(QLatin1String("--keep-inline-secrets")));
    QVERIFY(imported.err.contains(QLatin1String("--no-store-secrets")));
    QVERIFY(imported.out.isEmpty());
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("no-keychain"))).isEmpty());

    // The explicit alternative works without a keychain.
    const Run dropped = run({QStringLiteral("values"), QStringLiteral("import"), sample, QStringLiteral("-o"), output,
                             QStringLiteral("--no-store-secrets")},
                            environment);
    QVERIFY2(dropped.code == 0, qPrintable(dropped.err));
    QVERIFY(!readAll(output).contains(m_password));
}

int main(int argc, char *argv[])
{
    reexecUnderKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestValuesSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_valuessecrets.moc"
