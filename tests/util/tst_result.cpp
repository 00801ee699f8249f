#include <QTemporaryDir>
#include <QTest>

#include "util/activitylog.h"
#include "util/atomicfile.h"
#include "util/result.h"

class TestUtil final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorLocation_data();
    void errorLocation();
    void resultHoldsValueOrError();
    void atomicWriteReplacesWhole();
    void atomicWriteFailureKeepsOldFile();
    void activityLogStaysBounded();
};

void TestUtil::errorLocation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("message only") << QString() << 0 << 0 << QStringLiteral("boom");
    QTest::newRow("file") << QStringLiteral("a.yaml") << 0 << 0 << QStringLiteral("a.yaml: boom");
    QTest::newRow("line") << QStringLiteral("a.yaml") << 3 << 0 << QStringLiteral("a.yaml:3: boom");
    QTest::newRow("column") << QStringLiteral("a.yaml") << 3 << 7 << QStringLiteral("a.yaml:3:7: boom");
}

void TestUtil::errorLocation()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    const Util::Error error{QStringLiteral("boom"), file, line, column};
    QCOMPARE(error.toString(), expected);
}

void TestUtil::resultHoldsValueOrError()
{
    const Util::Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);

    const Util::Result<int> bad(Util::makeError(QStringLiteral("nope")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("nope"));
}

void TestUtil::atomicWriteReplacesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.txt"));
    QVERIFY(Util::writeFileAtomically(path, "first").ok());
    QVERIFY(Util::writeFileAtomically(path, "second").ok());
    const auto read = Util::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QByteArray("second"));
}

void TestUtil::atomicWriteFailureKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/file.txt"));
    const auto result = Util::writeFileAtomically(path, "data");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QVERIFY(!QFile::exists(path));
}

void TestUtil::activityLogStaysBounded()
{
    Util::ActivityLog log(100);
    for (int i = 0; i < 1000; ++i)
        log.info(QStringLiteral("test"), QString::number(i));
    QVERIFY(log.entries().size() <= 100);
    QCOMPARE(log.entries().last().message, QStringLiteral("999"));
}

QTEST_GUILESS_MAIN(TestUtil)
#include "tst_result.moc"
