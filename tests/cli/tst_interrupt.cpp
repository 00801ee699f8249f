#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

#include "registryserver.h"

using namespace TestSupport;

namespace {

const QString program = QStringLiteral(PRC_BINARY_DIR "/app/cli/paletteai-registry");

// A directory of one file of random bytes (which compress slowly and do not shrink).
void writeRandomFile(const QString &path, int mebibytes)
{
    QFile out(path);
    QFile random(QStringLiteral("/dev/urandom"));
    if (!out.open(QIODevice::WriteOnly) || !random.open(QIODevice::ReadOnly))
        return;
    for (int i = 0; i < mebibytes; ++i)
        out.write(random.read(1024 * 1024));
}

int runCli(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// The tags `tags` prints for \a reference, one per line.
QString runTags(const QString &reference)
{
    QProcess process;
    process.start(program, {QStringLiteral("tags"), reference});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

/// Ctrl-C, SIGTERM and SIGHUP (a closed terminal) cancel a long command cleanly: the job stops and what it
/// staged is removed.
class TestInterrupt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushInterruptedWhileBuildingLeavesNothing_data();
    void pushInterruptedWhileBuildingLeavesNothing();
    void copyIntoALayoutStopsAndKeepsItsPartialBlob();
    void parallelCopiesIntoOneLayoutAllLand();
};

void TestInterrupt::pushInterruptedWhileBuildingLeavesNothing_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
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

void TestInterrupt::copyIntoALayoutStopsAndKeepsItsPartialBlob()
{
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    QTemporaryDir source;
    writeRandomFile(source.filePath(QStringLiteral("big.bin")), 160);
    const QString reference = registry.hostPort() + QStringLiteral("/big/layer:v1");
    QCOMPARE(runCli({QStringLiteral("push"), source.path(), reference, QStringLiteral("--source"), QStringLiteral("s"),
                     QStringLiteral("--revision"), QStringLiteral("r"), QStringLiteral("--plain-http")}),
             0);

    // Interrupted while the layer streams into the layout: the copy stops there, not after the last byte.
    QTemporaryDir target;
    const QString layout = target.filePath(QStringLiteral("bundle"));
    QProcess process;
    process.start(program,
                  {QStringLiteral("cp"), reference, QStringLiteral("oci-layout:") + layout + QStringLiteral(":v1"),
                   QStringLiteral("--plain-http")});
    QVERIFY(process.waitForStarted());
    const QDir blobs(layout + QStringLiteral("/blobs/sha256"));
    // Polled closely: on a fast machine the whole layer lands in well under a second.
    QElapsedTimer waited;
    waited.start();
    // Bytes must have arrived: a layout that holds only an empty partial file is removed as unused.
    const auto bytesArrived = [&blobs] {
        const QFileInfoList partials = blobs.entryInfoList({QStringLiteral("*.partial")}, QDir::Files);
        return !partials.isEmpty() && partials.first().size() > 0;
    };
    while (!bytesArrived() && waited.elapsed() < 20000)
        QThread::msleep(2);
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 130);

    const QStringList partial = blobs.entryList({QStringLiteral("*.partial")}, QDir::Files);
    QCOMPARE(partial.size(), 1);
    QVERIFY(QFileInfo(blobs.filePath(partial.first())).size() < 160LL * 1024 * 1024);
    QFile index(layout + QStringLiteral("/index.json"));
    if (index.open(QIODevice::ReadOnly))
        QVERIFY2(!index.readAll().contains("\"v1\""), "a cancelled copy tagged the layout");

    // The next run continues from the partial blob and finishes.
    QByteArray err;
    QCOMPARE(runCli({QStringLiteral("cp"), reference, QStringLiteral("oci-layout:") + layout + QStringLiteral(":v1"),
                     QStringLiteral("--plain-http")},
                    &err),
             0);
    QVERIFY(blobs.entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
}

void TestInterrupt::parallelCopiesIntoOneLayoutAllLand()
{
    // Flux artifacts all share the `{}` config blob: parallel copies write it, and index.json, at once.
    RegistryServer registry;
    QVERIFY2(registry.start(), qPrintable(registry.errorString()));
    QTemporaryDir source;
    QFile file(source.filePath(QStringLiteral("cm.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("kind: ConfigMap\n") > 0);
    file.close();
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                            QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    for (const QString &name : names) {
        QCOMPARE(runCli({QStringLiteral("push"), source.path(),
                         registry.hostPort() + QStringLiteral("/p/") + name + QStringLiteral(":v1"),
                         QStringLiteral("--source"), name, QStringLiteral("--revision"), QStringLiteral("r"),
                         QStringLiteral("--plain-http")}),
                 0);
    }

    QTemporaryDir target;
    const QString layout = target.filePath(QStringLiteral("shared"));
    std::vector<std::unique_ptr<QProcess>> copies;
    for (const QString &name : names) {
        auto process = std::make_unique<QProcess>();
        process->start(program, {QStringLiteral("cp"),
                                 registry.hostPort() + QStringLiteral("/p/") + name + QStringLiteral(":v1"),
                                 QStringLiteral("oci-layout:") + layout + QLatin1Char(':') + name,
                                 QStringLiteral("--plain-http")});
        copies.push_back(std::move(process));
    }
    for (const auto &process : copies) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QFile index(layout + QStringLiteral("/index.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray text = index.readAll();
    for (const QString &name : names)
        QVERIFY2(text.contains(QByteArray("\"" + name.toUtf8() + "\"")), text.constData());

    // An archive is rewritten whole: a copy that cannot have it to itself is refused, and every copy that
    // said it succeeded has its tag in the archive at the end.
    const QString archive = target.filePath(QStringLiteral("shared.tar"));
    copies.clear();
    for (const QString &name : names) {
        auto process = std::make_unique<QProcess>();
        process->start(program, {QStringLiteral("cp"),
                                 registry.hostPort() + QStringLiteral("/p/") + name + QStringLiteral(":v1"),
                                 QStringLiteral("oci-layout:") + archive + QLatin1Char(':') + name,
                                 QStringLiteral("--plain-http")});
        copies.push_back(std::move(process));
    }
    QStringList landed;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QProcess &process = *copies.at(i);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        if (process.exitCode() == 0)
            landed << names.at(i);
        else
            QVERIFY2(err.contains("another process is writing this archive"), err.constData());
    }
    QVERIFY(!landed.isEmpty());
    QStringList tagged = runTags(QStringLiteral("oci-layout:") + archive).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    tagged.sort();
    landed.sort();
    QCOMPARE(tagged, landed);
}

QTEST_GUILESS_MAIN(TestInterrupt)
#include "tst_interrupt.moc"
