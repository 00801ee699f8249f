#include <QBuffer>
#include <QTest>

#include "oci/verifyingreader.h"

using namespace Oci;

class TestVerifyingReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesMatchingContent();
    void holdsBackTheEndOfForgedContent_data();
    void holdsBackTheEndOfForgedContent();
};

namespace {

std::unique_ptr<QIODevice> bufferOf(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

QByteArray sample(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7);
    return bytes;
}

} // namespace

void TestVerifyingReader::passesMatchingContent()
{
    const QByteArray blob = sample(100'000, 1);
    VerifyingReader reader(bufferOf(blob), Digest::ofBytes(blob), blob.size(), QStringLiteral("blob"));
    QByteArray received;
    char block[4096];
    for (qint64 read; (read = reader.read(block, sizeof block)) > 0;)
        received.append(block, read);
    QCOMPARE(received, blob);
    QVERIFY(reader.atEnd());
}

void TestVerifyingReader::holdsBackTheEndOfForgedContent_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray blob = sample(100'000, 1);
    QByteArray lastByteChanged = blob;
    lastByteChanged[lastByteChanged.size() - 1] = char(lastByteChanged.back() + 1);
    QTest::newRow("same size, other bytes") << sample(100'000, 2) << QStringLiteral("does not match its digest");
    QTest::newRow("last byte changed") << lastByteChanged << QStringLiteral("does not match its digest");
    QTest::newRow("shorter") << blob.left(99'999) << QStringLiteral("ends after 99999 of its 100000 bytes");
}

void TestVerifyingReader::holdsBackTheEndOfForgedContent()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QByteArray blob = sample(100'000, 1);
    VerifyingReader reader(bufferOf(content), Digest::ofBytes(blob), blob.size(), QStringLiteral("layer.tgz"));
    qint64 delivered = 0;
    qint64 read = 0;
    char block[4096];
    while ((read = reader.read(block, sizeof block)) > 0)
        delivered += read;
    QCOMPARE(read, -1);
    QVERIFY(delivered < blob.size());
    QVERIFY(!reader.atEnd());
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().startsWith(QLatin1String("layer.tgz")));
}

QTEST_GUILESS_MAIN(TestVerifyingReader)
#include "tst_verifyingreader.moc"
