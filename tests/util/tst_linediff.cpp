#include <QTest>

#include "util/linediff.h"

using Util::DiffLine;

class TestLineDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marks_data();
    void marks();
    void lineNumbersFollowBothTexts();
    void unifiedDiffMatchesPatchFormat();
    void equalTextsGiveNoDiff();
    void hunksKeepContextOnly();
    void hugeChangesStayCorrect();
};

// Encodes a comparison as one character per line: '=' same, '-' removed, '+' added.
static QString marksOf(const QList<DiffLine> &lines)
{
    QString marks;
    for (const DiffLine &line : lines)
        marks += line.kind == DiffLine::Kind::Same    ? QLatin1Char('=')
                 : line.kind == DiffLine::Kind::Added ? QLatin1Char('+')
                                                      : QLatin1Char('-');
    return marks;
}

void TestLineDiff::marks_data()
{
    QTest::addColumn<QStringList>("oldLines");
    QTest::addColumn<QStringList>("newLines");
    QTest::addColumn<QString>("expected");

    const auto l = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    QTest::newRow("both empty") << QStringList() << QStringList() << QString();
    QTest::newRow("all added") << QStringList() << l("a,b") << QStringLiteral("++");
    QTest::newRow("all removed") << l("a,b") << QStringList() << QStringLiteral("--");
    QTest::newRow("middle changed") << l("a,b,c") << l("a,x,c") << QStringLiteral("=-+=");
    QTest::newRow("inserted") << l("a,c") << l("a,b,c") << QStringLiteral("=+=");
    QTest::newRow("deleted") << l("a,b,c") << l("a,c") << QStringLiteral("=-=");
    QTest::newRow("moved line") << l("a,b,c,d") << l("b,c,d,a") << QStringLiteral("-===+");
}

void TestLineDiff::marks()
{
    QFETCH(QStringList, oldLines);
    QFETCH(QStringList, newLines);
    QFETCH(QString, expected);

    const QList<DiffLine> lines = Util::diffLines(oldLines, newLines);
    QCOMPARE(marksOf(lines), expected);

    // Replaying the comparison must give back both texts.
    QStringList rebuiltOld;
    QStringList rebuiltNew;
    for (const DiffLine &line : lines) {
        if (line.kind != DiffLine::Kind::Added)
            rebuiltOld.append(line.text);
        if (line.kind != DiffLine::Kind::Removed)
            rebuiltNew.append(line.text);
    }
    QCOMPARE(rebuiltOld, oldLines);
    QCOMPARE(rebuiltNew, newLines);
}

void TestLineDiff::lineNumbersFollowBothTexts()
{
    const QList<DiffLine> lines = Util::diffLines({QStringLiteral("a"), QStringLiteral("b")},
                                                  {QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).newLine, 1);
    QCOMPARE(lines.at(0).oldLine, 0);
    QCOMPARE(lines.at(1).oldLine, 1);
    QCOMPARE(lines.at(1).newLine, 2);
    QCOMPARE(lines.at(2).oldLine, 2);
    QCOMPARE(lines.at(2).newLine, 3);
}

void TestLineDiff::unifiedDiffMatchesPatchFormat()
{
    const QString diff = Util::unifiedDiff(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n"),
                                           QStringLiteral("old.yaml"), QStringLiteral("new.yaml"));
    QCOMPARE(diff, QStringLiteral("--- old.yaml\n+++ new.yaml\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"));
}

void TestLineDiff::equalTextsGiveNoDiff()
{
    QVERIFY(Util::unifiedDiff(QStringLiteral("same\n"), QStringLiteral("same\n"), {}, {}).isEmpty());
}

void TestLineDiff::hunksKeepContextOnly()
{
    QStringList oldLines;
    for (int i = 0; i < 40; ++i)
        oldLines.append(QString::number(i));
    QStringList newLines = oldLines;
    newLines[5] = QStringLiteral("five");
    newLines[30] = QStringLiteral("thirty");

    const QList<Util::DiffHunk> hunks = Util::diffHunks(Util::diffLines(oldLines, newLines), 2);
    QCOMPARE(hunks.size(), 2);
    QCOMPARE(hunks.at(0).oldStart, 4);
    QCOMPARE(hunks.at(0).oldCount, 5);
    QCOMPARE(hunks.at(1).newStart, 29);
    QCOMPARE(hunks.at(1).lines.size(), 6);
}

void TestLineDiff::hugeChangesStayCorrect()
{
    QStringList oldLines;
    QStringList newLines;
    for (int i = 0; i < 5000; ++i) {
        oldLines.append(QStringLiteral("old %1").arg(i));
        newLines.append(QStringLiteral("new %1").arg(i));
    }
    oldLines.prepend(QStringLiteral("same"));
    newLines.prepend(QStringLiteral("same"));

    const QList<DiffLine> lines = Util::diffLines(oldLines, newLines);
    QCOMPARE(lines.size(), 1 + 5000 + 5000);
    QCOMPARE(lines.first().kind, DiffLine::Kind::Same);
    QStringList rebuilt;
    for (const DiffLine &line : lines) {
        if (line.kind != DiffLine::Kind::Removed)
            rebuilt.append(line.text);
    }
    QCOMPARE(rebuilt, newLines);
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
