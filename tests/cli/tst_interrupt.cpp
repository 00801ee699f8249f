#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "registryserver.h"

using namespace TestSupport;

namespace {

const QString program = QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry");

} // namespace

/// Ctrl-C and SIGTERM cancel a long command cleanly: the job stops and what it staged is removed.
class TestInterrupt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushInterruptedWhileBuildingLeavesNothing_data();
    void pushInterruptedWhileBuildingLeavesNothing();
};

void TestInterrupt::pushInterruptedWhileBuildingLeavesNothing_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
}

void TestInterrupt::pushInterruptedWhileBuildingLeavesNothing()
{
    QFETCH(int, signalNumber);
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));

    // Random bytes compress slowly: building the layer takes seconds, time enough to interrupt it.
    QTemporaryDir source;
    QFile big(source.filePath(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QFile random(QStringLiteral("/dev/urandom"));
    QVERIFY(random.open(QIODevice::ReadOnly));
    for (int i = 0; i < 96; ++i)
        big.write(random.read(1024 * 1024));
    big.close();

    QTemporaryDir scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), scratch.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program,
                  {QStringLiteral("push"), source.path(), registry.hostPort() + QStringLiteral("/big/layer:v1"),
                   QStringLiteral("--source"), QStringLiteral("s"), QStringLiteral("--revision"), QStringLiteral("r"),
                   QStringLiteral("--plain-http")});
    QVERIFY(process.waitForStarted());

    // The scratch layout appears once the command watches for signals.
    const QDir tmp(scratch.path());
    QTRY_VERIFY_WITH_TIMEOUT(!tmp.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), 20000);
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(60000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(process.readAllStandardError().contains("cancelled"), "no word of the cancel");
    QVERIFY2(tmp.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
             qPrintable(tmp.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestInterrupt)
#include "tst_interrupt.moc"
