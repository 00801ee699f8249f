#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "keyringsession.h"
#include "registryserver.h"

using TestSupport::RegistryServer;

// The registry commands as a user runs them after `credentials set`: no --username on the command line, the
// login comes from the real Secret Service of a throw-away keyring (or from a Docker config file), and flags
// given on the command line still win.
namespace {

const QString program = QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry");
const QString definitions = QStringLiteral(PRC_TEST_DATA_DIR "/definitions");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

RegistryServer::Options htpasswd(const QString &username, const QString &password)
{
    RegistryServer::Options options;
    options.mode = RegistryServer::Mode::Htpasswd;
    options.username = username;
    options.password = password;
    return options;
}

} // namespace

class TestRegistryCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedLoginServesLsPushAndCp();
    void flagsOverrideTheStoredLogin();
    void wrongStoredPasswordGivesTheRegistrysWords();
    void noKeychainIsANoteOnce();
    void dockerConfigIsTheFallback();

private:
    Run set(const RegistryServer &registry, const QString &password);
    QString repository(const RegistryServer &registry) const
    {
        return registry.hostPort() + QStringLiteral("/proc/definitions");
    }

    QTemporaryDir m_dir;
    // Two registries with different logins: cp must use each side's own.
    RegistryServer m_source{htpasswd(QStringLiteral("hub-robot"), QStringLiteral("hub-pässword"))};
    RegistryServer m_destination{htpasswd(QStringLiteral("spoke-robot"), QStringLiteral("spoke s3cret"))};
    QString m_digest;
};

void TestRegistryCredentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_source.start(), qPrintable(m_source.errorString()));
    QVERIFY2(m_destination.start(), qPrintable(m_destination.errorString()));
}

Run TestRegistryCredentials::set(const RegistryServer &registry, const QString &password)
{
    return run({QStringLiteral("credentials"), QStringLiteral("set"), registry.hostPort(), QStringLiteral("--username"),
                registry.username(), QStringLiteral("--password-stdin")},
               password.toUtf8() + '\n');
}

void TestRegistryCredentials::storedLoginServesLsPushAndCp()
{
    for (const RegistryServer *registry : {&m_source, &m_destination}) {
        const Run stored = set(*registry, registry->password());
        QVERIFY2(stored.code == 0, qPrintable(stored.err));
    }

    const Run pushed =
        run({QStringLiteral("push"), definitions, repository(m_source) + QStringLiteral(":v1"),
             QStringLiteral("--source"), QStringLiteral("https://git.example/defs"), QStringLiteral("--revision"),
             QStringLiteral("main@sha1:0123"), QStringLiteral("--plain-http")});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    m_digest = pushed.out.trimmed();
    QVERIFY2(m_digest.startsWith(QLatin1String("sha256:")), qPrintable(pushed.out));

    const Run listed = run({QStringLiteral("ls"), m_source.hostPort(), QStringLiteral("--plain-http")});
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(QLatin1String("proc/definitions")), qPrintable(listed.out));

    const Run copied = run({QStringLiteral("cp"), repository(m_source) + QStringLiteral(":v1"),
                            repository(m_destination) + QStringLiteral(":v1"), QStringLiteral("--plain-http")});
    QVERIFY2(copied.code == 0, qPrintable(copied.err));
    QCOMPARE(copied.out.trimmed(), m_digest);

    const Run inspected = run({QStringLiteral("inspect"), repository(m_destination) + QStringLiteral(":v1"),
                               QStringLiteral("--plain-http"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(inspected.code == 0, qPrintable(inspected.err));
    QVERIFY2(inspected.out.contains(m_digest), qPrintable(inspected.out));
}

void TestRegistryCredentials::flagsOverrideTheStoredLogin()
{
    // The stored login is right; the one on the command line is not, and it is the one used.
    const Run denied = run({QStringLiteral("ls"), m_source.hostPort(), QStringLiteral("--plain-http"),
                            QStringLiteral("--username"), m_source.username(), QStringLiteral("--password-stdin")},
                           "not-the-password\n");
    QCOMPARE(denied.code, 1);
    QVERIFY2(denied.err.contains(QLatin1String("401")), qPrintable(denied.err));

    // The other way round: a right flag over a wrong stored password.
    QCOMPARE(set(m_destination, QStringLiteral("stale")).code, 0);
    const Run accepted =
        run({QStringLiteral("ls"), m_destination.hostPort(), QStringLiteral("--plain-http"),
             QStringLiteral("--username"), m_destination.username(), QStringLiteral("--password-stdin")},
            m_destination.password().toUtf8() + '\n');
    QVERIFY2(accepted.code == 0, qPrintable(accepted.err));
    QCOMPARE(set(m_destination, m_destination.password()).code, 0);
}

void TestRegistryCredentials::wrongStoredPasswordGivesTheRegistrysWords()
{
    QCOMPARE(set(m_source, QStringLiteral("wrong")).code, 0);
    const Run denied = run({QStringLiteral("ls"), m_source.hostPort(), QStringLiteral("--plain-http")});
    QCOMPARE(denied.code, 1);
    QVERIFY2(denied.err.contains(QLatin1String("401")), qPrintable(denied.err));
    // Distribution's own error text, not a made-up one.
    QVERIFY2(denied.err.contains(QLatin1String("authentication required")), qPrintable(denied.err));
    QVERIFY(!denied.err.contains(QLatin1String("wrong")));
    QCOMPARE(set(m_source, m_source.password()).code, 0);
}

void TestRegistryCredentials::noKeychainIsANoteOnce()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const Run copied = run({QStringLiteral("cp"), repository(m_source) + QStringLiteral(":v1"),
                            repository(m_destination) + QStringLiteral(":v2"), QStringLiteral("--plain-http")},
                           {}, environment);
    QCOMPARE(copied.code, 1);
    QCOMPARE(copied.err.count(QLatin1String("note: stored secrets are not used")), 1);
    QVERIFY2(copied.err.contains(QLatin1String("Secret Service")), qPrintable(copied.err));
    // Anonymous from then on: the registry's refusal, not a keychain error, ends the command.
    QVERIFY2(copied.err.contains(QLatin1String("401")), qPrintable(copied.err));
}

void TestRegistryCredentials::dockerConfigIsTheFallback()
{
    // A configuration directory without records, and a Docker config that knows the source registry.
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty-config"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("docker"))));
    const QByteArray auth = (m_source.username() + QLatin1Char(':') + m_source.password()).toUtf8().toBase64();
    const QJsonObject config{
        {QLatin1String("auths"), QJsonObject{{QStringLiteral("http://") + m_source.hostPort(),
                                              QJsonObject{{QLatin1String("auth"), QString::fromLatin1(auth)}}}}}};
    QFile file(m_dir.filePath(QStringLiteral("docker/config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("empty-config")));
    environment.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("docker")));
    const Run listed =
        run({QStringLiteral("ls"), m_source.hostPort(), QStringLiteral("--plain-http")}, {}, environment);
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(QLatin1String("proc/definitions")), qPrintable(listed.out));

    // The destination is in neither place: anonymous, refused.
    const Run denied =
        run({QStringLiteral("ls"), m_destination.hostPort(), QStringLiteral("--plain-http")}, {}, environment);
    QCOMPARE(denied.code, 1);
    QVERIFY2(denied.err.contains(QLatin1String("401")), qPrintable(denied.err));
}

int main(int argc, char *argv[])
{
    reexecUnderKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestRegistryCredentials test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registrycredentials.moc"
