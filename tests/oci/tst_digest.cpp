#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

#include "oci/digest.h"

using Oci::Digest;
using Oci::DigestHasher;

class TestDigest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues_data();
    void knownValues();
    void streamingEqualsOneShot_data();
    void streamingEqualsOneShot();
    void parse_data();
    void parse();
    void ofFile();
};

void TestDigest::knownValues_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("sha512prefix");
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                           << "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce";
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                         << "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a";
}

void TestDigest::knownValues()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, sha256);
    QFETCH(QString, sha512prefix);
    QCOMPARE(Digest::ofBytes(data).toString(), QStringLiteral("sha256:") + sha256);
    const Digest sha512 = Digest::ofBytes(data, Digest::Algorithm::Sha512);
    QCOMPARE(sha512.algorithmName(), QStringLiteral("sha512"));
    QCOMPARE(sha512.hex().size(), 128);
    QVERIFY(sha512.hex().startsWith(sha512prefix));
}

void TestDigest::streamingEqualsOneShot_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("block");
    QTest::newRow("small blocks") << 100000 << 7;
    QTest::newRow("over the device block") << 3 * 1024 * 1024 + 5 << 65536;
    QTest::newRow("one byte") << 1 << 1;
}

void TestDigest::streamingEqualsOneShot()
{
    QFETCH(int, size);
    QFETCH(int, block);
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 31 + 7) % 251);
    for (const auto algorithm : {Digest::Algorithm::Sha256, Digest::Algorithm::Sha512}) {
        DigestHasher hasher(algorithm);
        for (int offset = 0; offset < size; offset += block)
            hasher.addData(data.constData() + offset, qMin(block, size - offset));
        QCOMPARE(hasher.bytesHashed(), qint64(size));
        const Digest streamed = hasher.result();
        QCOMPARE(streamed, Digest::ofBytes(data, algorithm));
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(*Digest::ofDevice(buffer, algorithm), streamed);
        // The hasher starts over after result().
        hasher.addData(data);
        QCOMPARE(hasher.result(), streamed);
    }
}

void TestDigest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sha256") << QStringLiteral("sha256:") + QString(64, QLatin1Char('0')) << true;
    QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('f')) << true;
    QTest::newRow("upper hex") << QStringLiteral("sha256:") + QString(64, QLatin1Char('A')) << false;
    QTest::newRow("short") << QStringLiteral("sha256:abc") << false;
    QTest::newRow("sha512 length for sha256") << QStringLiteral("sha256:") + QString(128, QLatin1Char('a')) << false;
    QTest::newRow("unknown algorithm") << QStringLiteral("md5:") + QString(32, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDigest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    auto digest = Digest::parse(text);
    QCOMPARE(digest.ok(), valid);
    if (valid)
        QCOMPARE(digest->toString(), text);
    else
        QVERIFY(digest.error().message.contains(QLatin1String("not a digest")));
}

void TestDigest::ofFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("file content");
    file.close();
    QCOMPARE(*Digest::ofFile(file.fileName()), Digest::ofBytes("file content"));
    auto missing = Digest::ofFile(QStringLiteral("/nonexistent/file"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().file, QStringLiteral("/nonexistent/file"));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
