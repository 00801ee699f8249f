#include <cstring>

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "oci/gzipreader.h"
#include "oci/gzipwriter.h"
#include "oci/tarreader.h"
#include "oci/tarwriter.h"

using namespace Oci;

class TestTar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void headersAreNormalised();
    void headersAreGos_data();
    void headersAreGos();
    void gzipIsDeterministic();
    void gzipRoundTripThroughSystemTools();
    void gzipRejectsCorruptData();
    void readerRejectsBadChecksum();
    void readerReportsTruncation();
};

namespace {

QByteArray writeArchive(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray archive;
    QBuffer output(&archive);
    output.open(QIODevice::WriteOnly);
    TarWriter writer(&output);
    for (const auto &[path, content] : files) {
        if (path.endsWith(QLatin1Char('/'))) {
            [&] {
                QVERIFY(writer.addDirectory(path.chopped(1)).ok());
            }();
            continue;
        }
        QByteArray copy = content;
        QBuffer input(&copy);
        input.open(QIODevice::ReadOnly);
        [&] {
            QVERIFY(writer.addFile(path, input, copy.size(), false).ok());
        }();
    }
    [&] {
        QVERIFY(writer.finish().ok());
    }();
    return archive;
}

} // namespace

void TestTar::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("small") << QStringLiteral("a.yaml") << QByteArray("kind: Test\n");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray();
    QTest::newRow("exact block") << QStringLiteral("block") << QByteArray(512, 'x');
    QTest::newRow("nested") << QStringLiteral("dir/sub/file") << QByteArray(1000, 'y');
    QTest::newRow("ustar prefix") << (QString(120, QLatin1Char('p')) + QStringLiteral("/name.yaml")) << QByteArray("p");
    QTest::newRow("pax long name") << (QString(130, QLatin1Char('q')) + QLatin1Char('/') +
                                       QString(120, QLatin1Char('r')))
                                   << QByteArray("long");
    QTest::newRow("utf8") << QStringLiteral("d\u00e9finitions/\u00fcber.yaml") << QByteArray("u");
}

void TestTar::roundTrip()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);

    QByteArray archive = writeArchive({{path, content}});
    QCOMPARE(archive.size() % 512, 0);
    QBuffer input(&archive);
    input.open(QIODevice::ReadOnly);
    TarReader reader(&input);
    auto more = reader.next();
    QVERIFY2(more.ok(), qPrintable(more.ok() ? QString() : more.error().message));
    QVERIFY(*more);
    QCOMPARE(reader.entry().path, path);
    QCOMPARE(reader.entry().size, qint64(content.size()));
    QCOMPARE(reader.entry().type, TarEntry::Type::File);

    QByteArray read(content.size() + 10, '\0');
    qint64 total = 0;
    for (qint64 chunk; (chunk = reader.read(read.data() + total, read.size() - total)) > 0;)
        total += chunk;
    QCOMPARE(read.left(total), content);
    auto end = reader.next();
    QVERIFY(end.ok());
    QVERIFY(!*end);
}

void TestTar::headersAreNormalised()
{
    const QByteArray archive = writeArchive({{QStringLiteral("dir/"), {}}, {QStringLiteral("dir/f"), "data"}});
    const char *header = archive.constData();
    QCOMPARE(QByteArray(header, 4), QByteArray("dir/"));
    QCOMPARE(header[156], '5');
    QCOMPARE(QByteArray(header + 100, 7), QByteArray("0000755"));
    QCOMPARE(QByteArray(header + 108, 7), QByteArray("0000000"));      // uid
    QCOMPARE(QByteArray(header + 136, 11), QByteArray("00000000000")); // mtime
    QCOMPARE(QByteArray(header + 257, 6), QByteArray("ustar\0", 6));
    QCOMPARE(header[265], '\0'); // uname empty
    const char *file = header + 512;
    QCOMPARE(QByteArray(file + 100, 7), QByteArray("0000644"));
    QCOMPARE(file[156], '0');
}

void TestTar::headersAreGos_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("directory");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("paxName");    // name of the PAX header before the entry; empty: none
    QTest::addColumn<QByteArray>("paxRecords"); // its content
    QTest::addColumn<QByteArray>("name");       // the entry's name field
    QTest::addColumn<QByteArray>("prefix");     // the entry's prefix field

    const QByteArray p(120, 'p');
    const QByteArray q(130, 'q');
    const QByteArray r(120, 'r');
    QTest::newRow("root") << QStringLiteral(".") << true << 0750 << QByteArray() << QByteArray() << QByteArray(".")
                          << QByteArray();
    QTest::newRow("directory without slash") << QStringLiteral("deploy") << true << 0755 << QByteArray() << QByteArray()
                                             << QByteArray("deploy") << QByteArray();
    QTest::newRow("sticky directory") << QStringLiteral("tmp") << true << 01777 << QByteArray() << QByteArray()
                                      << QByteArray("tmp") << QByteArray();
    QTest::newRow("executable") << QStringLiteral("bin/run") << false << 0755 << QByteArray() << QByteArray()
                                << QByteArray("bin/run") << QByteArray();
    QTest::newRow("private") << QStringLiteral("key") << false << 0600 << QByteArray() << QByteArray()
                             << QByteArray("key") << QByteArray();
    QTest::newRow("ustar prefix") << QString::fromLatin1(p + "/name.yaml") << false << 0644 << QByteArray()
                                  << QByteArray() << QByteArray("name.yaml") << p;
    QTest::newRow("non-ascii") << QStringLiteral("d\u00e9/\u00fcber.yaml") << false << 0644
                               << QByteArray("d/PaxHeaders.0/ber.yaml")
                               << QByteArray("23 path=d\xc3\xa9/\xc3\xbc"
                                             "ber.yaml\n")
                               << QByteArray("d/ber.yaml") << QByteArray();
    QTest::newRow("unsplittable") << QString::fromLatin1(q + '/' + r) << false << 0644
                                  << QByteArray(q + "/PaxHeaders.0/" + r).left(100)
                                  << QByteArray("261 path=" + q + '/' + r + '\n') << q.left(100) << QByteArray();
}

// The header fields as Go's archive/tar fills them for Flux: see tests/data/flux-tar for a whole tree.
void TestTar::headersAreGos()
{
    QFETCH(QString, path);
    QFETCH(bool, directory);
    QFETCH(int, mode);
    QFETCH(QByteArray, paxName);
    QFETCH(QByteArray, paxRecords);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, prefix);

    QByteArray archive;
    QBuffer output(&archive);
    output.open(QIODevice::WriteOnly);
    TarWriter writer(&output);
    QByteArray content("x");
    QBuffer input(&content);
    input.open(QIODevice::ReadOnly);
    QVERIFY(directory ? writer.addDirectoryEntry(path, mode).ok() : writer.addFileEntry(path, input, 1, mode).ok());

    const auto field = [](const char *header, int offset, int width) {
        const QByteArray bytes(header + offset, width);
        return bytes.left(bytes.indexOf('\0') < 0 ? width : bytes.indexOf('\0'));
    };
    const char *header = archive.constData();
    if (!paxName.isEmpty()) {
        QCOMPARE(field(header, 0, 100), paxName);
        QCOMPARE(header[156], 'x');
        QCOMPARE(QByteArray(header + 100, 8), QByteArray("0000000\0", 8)); // mode 0
        QCOMPARE(QByteArray(header + 329, 16), QByteArray(16, '\0'));      // device numbers left empty
        QCOMPARE(archive.mid(512, paxRecords.size()), paxRecords);
        header += 512 + (paxRecords.size() + 511) / 512 * 512;
    }
    QCOMPARE(field(header, 0, 100), name);
    QCOMPARE(field(header, 345, 155), prefix);
    QCOMPARE(header[156], directory ? '5' : '0');
    QCOMPARE(QByteArray(header + 100, 8), QByteArray::number(mode, 8).rightJustified(7, '0') + '\0');
    QCOMPARE(QByteArray(header + 108, 16), QByteArray("0000000\0"
                                                      "0000000\0",
                                                      16));                  // uid, gid
    QCOMPARE(QByteArray(header + 136, 12), QByteArray("00000000000\0", 12)); // mtime
    QCOMPARE(QByteArray(header + 257, 8), QByteArray("ustar\0"
                                                     "00",
                                                     8));
    QCOMPARE(QByteArray(header + 265, 64), QByteArray(64, '\0')); // owner names
    QCOMPARE(QByteArray(header + 329, 16), QByteArray("0000000\0"
                                                      "0000000\0",
                                                      16));

    // And the reader sees the full path again.
    archive.append(QByteArray(1024, '\0'));
    QBuffer back(&archive);
    back.open(QIODevice::ReadOnly);
    TarReader reader(&back);
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.entry().path, path);
    QCOMPARE(reader.entry().mode, mode);
}

void TestTar::gzipIsDeterministic()
{
    auto compress = [](const QByteArray &data) {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        GzipWriter gzip(&buffer);
        gzip.open(QIODevice::WriteOnly);
        gzip.write(data);
        [&] {
            QVERIFY(gzip.finish().ok());
        }();
        return out;
    };
    const QByteArray data = QByteArray("deterministic ").repeated(5000);
    const QByteArray first = compress(data);
    QTest::qWait(1100); // a time stamp in the header would now differ
    QCOMPARE(compress(data), first);
    QCOMPARE(first.mid(4, 4), QByteArray(4, '\0')); // mtime
    QCOMPARE(quint8(first.at(3)), quint8(0));       // no name, no flags
    QCOMPARE(quint8(first.at(9)), quint8(255));     // OS unknown
}

void TestTar::gzipRoundTripThroughSystemTools()
{
    QTemporaryDir dir;
    const QString archivePath = dir.filePath(QStringLiteral("a.tar.gz"));
    QByteArray big(3 * 1024 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    const QByteArray tar = writeArchive({{QStringLiteral("docs/"), {}}, {QStringLiteral("docs/big.bin"), big}});
    {
        QFile file(archivePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        GzipWriter gzip(&file);
        QVERIFY(gzip.open(QIODevice::WriteOnly));
        QCOMPARE(gzip.write(tar), qint64(tar.size()));
        QVERIFY(gzip.finish().ok());
    }

    // GNU tar and gzip must read what we wrote.
    QProcess tarTool;
    tarTool.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), archivePath, QStringLiteral("-C"), dir.path()});
    QVERIFY(tarTool.waitForFinished());
    QCOMPARE(tarTool.exitCode(), 0);
    QFile extracted(dir.filePath(QStringLiteral("docs/big.bin")));
    QVERIFY(extracted.open(QIODevice::ReadOnly));
    QCOMPARE(extracted.readAll(), big);

    // And we read what gzip(1) writes.
    QProcess gzipTool;
    gzipTool.start(QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-9")});
    QVERIFY(gzipTool.waitForStarted());
    gzipTool.write(big);
    gzipTool.closeWriteChannel();
    QVERIFY(gzipTool.waitForFinished());
    QByteArray compressed = gzipTool.readAllStandardOutput();
    QBuffer source(&compressed);
    source.open(QIODevice::ReadOnly);
    GzipReader reader(&source);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QCOMPARE(reader.readAll(), big);
}

void TestTar::gzipRejectsCorruptData()
{
    QByteArray garbage("this is not gzip at all, not even close");
    QBuffer source(&garbage);
    source.open(QIODevice::ReadOnly);
    GzipReader reader(&source);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    char buffer[64];
    QCOMPARE(reader.read(buffer, sizeof buffer), qint64(-1));
    QVERIFY(!reader.errorString().isEmpty());
}

void TestTar::readerRejectsBadChecksum()
{
    QByteArray archive = writeArchive({{QStringLiteral("f"), "x"}});
    archive[0] = 'g';
    QBuffer input(&archive);
    input.open(QIODevice::ReadOnly);
    TarReader reader(&input);
    auto more = reader.next();
    QVERIFY(!more.ok());
    QVERIFY(more.error().message.contains(QLatin1String("checksum")));
}

void TestTar::readerReportsTruncation()
{
    QByteArray archive = writeArchive({{QStringLiteral("f"), QByteArray(2000, 'z')}}).left(1024);
    QBuffer input(&archive);
    input.open(QIODevice::ReadOnly);
    TarReader reader(&input);
    QVERIFY(reader.next().ok());
    auto second = reader.next();
    QVERIFY(!second.ok());
}

QTEST_GUILESS_MAIN(TestTar)
#include "tst_tar.moc"
