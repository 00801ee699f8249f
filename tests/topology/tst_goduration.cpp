#include <QTest>

#include "topology/goduration.h"
#include "topology/yamlscalar.h"

using namespace Topology;

class TestGoDuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void yamlAmbiguity_data();
    void yamlAmbiguity();
};

void TestGoDuration::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanoseconds");
    QTest::addColumn<QString>("canonical");

    constexpr qint64 ms = 1'000'000;
    constexpr qint64 s = 1000 * ms;
    QTest::newRow("60s") << "60s" << 60 * s << "1m0s";
    QTest::newRow("1m30s") << "1m30s" << 90 * s << "1m30s";
    QTest::newRow("500ms") << "500ms" << 500 * ms << "500ms";
    QTest::newRow("2m") << "2m" << 120 * s << "2m0s";
    QTest::newRow("1h") << "1h" << 3600 * s << "1h0m0s";
    QTest::newRow("fraction") << "1.5h" << 5400 * s << "1h30m0s";
    QTest::newRow("leading point") << ".5s" << 500 * ms << "500ms";
    QTest::newRow("zero") << "0" << qint64(0) << "0s";
    QTest::newRow("negative") << "-2s" << -2 * s << "-2s";
    QTest::newRow("plus sign") << "+3s" << 3 * s << "3s";
    QTest::newRow("microseconds") << "15us" << qint64(15'000) << QString::fromUtf8("15\u00b5s");
    QTest::newRow("micro sign") << QString::fromUtf8("2\u00b5s") << qint64(2000) << QString::fromUtf8("2\u00b5s");
    QTest::newRow("nanoseconds") << "7ns" << qint64(7) << "7ns";
    QTest::newRow("mixed order") << "1s1h" << 3601 * s << "1h0m1s";
    QTest::newRow("fractional seconds") << "1.25s" << 1250 * ms << "1.25s";
}

void TestGoDuration::valid()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanoseconds);
    QFETCH(QString, canonical);

    const auto duration = GoDuration::parse(text);
    QVERIFY2(duration.ok(), qPrintable(duration.ok() ? QString() : duration.error().message));
    QCOMPARE(duration->nanoseconds(), nanoseconds);
    QCOMPARE(duration->toString(), canonical);
    QCOMPARE(GoDuration::parse(canonical)->nanoseconds(), nanoseconds);
}

void TestGoDuration::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << ""
                           << "is empty";
    QTest::newRow("no unit") << "60"
                             << "'60' has no unit";
    QTest::newRow("unknown unit") << "3d"
                                  << "unknown unit 'd'";
    QTest::newRow("spelled unit") << "10sec"
                                  << "unknown unit 'sec'";
    QTest::newRow("sign only") << "-"
                               << "no number";
    QTest::newRow("unit only") << "s"
                               << "expected a number";
    QTest::newRow("space") << "1 s"
                           << "unknown unit ' s'";
    QTest::newRow("overflow") << "9999999999999h"
                              << "too large";
    QTest::newRow("sum overflow") << "2562047h2562047h"
                                  << "too large";
}

void TestGoDuration::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const auto duration = GoDuration::parse(text);
    QVERIFY2(!duration.ok(), qPrintable(text));
    QVERIFY2(duration.error().message.contains(expected), qPrintable(duration.error().message));
}

void TestGoDuration::yamlAmbiguity_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ambiguous");

    const char *ambiguous[] = {"yes",
                               "No",
                               "ON",
                               "off",
                               "y",
                               "true",
                               "FALSE",
                               "~",
                               "null",
                               "",
                               "0123",
                               "0o17",
                               "0x1F",
                               "0b101",
                               "1_000",
                               "42",
                               "-7",
                               "1:30",
                               "190:20:30.15",
                               "1.5",
                               ".5",
                               "1e3",
                               ".inf",
                               "-.Inf",
                               ".NaN",
                               "2001-12-14",
                               "2001-12-14t21:59:43.10-05:00",
                               "<<",
                               "="};
    for (const char *text : ambiguous)
        QTest::newRow(text[0] ? text : "empty") << QString::fromLatin1(text) << true;

    const char *plain[] = {"mural-workloads", "60s",    "1m30s",    "hub",      "oci://zot.example.com:5000",
                           "yesterday",       "v1.2.3", "10.0.0.1", "spoke-01", "nope"};
    for (const char *text : plain)
        QTest::newRow(text) << QString::fromLatin1(text) << false;
}

void TestGoDuration::yamlAmbiguity()
{
    QFETCH(QString, value);
    QFETCH(bool, ambiguous);
    QCOMPARE(yamlPlainScalarIsAmbiguous(value), ambiguous);
}

QTEST_GUILESS_MAIN(TestGoDuration)
#include "tst_goduration.moc"
