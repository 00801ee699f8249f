#include <cstring>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "oci/fluxartifact.h"
#include "oci/layoutstore.h"
#include "oci/ocilayout.h"
#include "oci/tarwriter.h"
#include "util/atomicfile.h"

using namespace Oci;

class TestLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesLayoutFiles();
    void blobDigestIsVerified();
    void resolvesBothRefNameForms_data();
    void resolvesBothRefNameForms();
    void failedLookupListsRefs();
    void mergeKeepsOtherEntries();
    void linksOutOfTheLayoutAreRefused();
    void unusedNewLayoutIsRemoved();
    void archiveRoundTrip();
    void archiveWithHostileEntries_data();
    void archiveWithHostileEntries();
    void archiveWithCorruptBlob();
    void skopeoReadsOurLayout();
    void weReadSkopeosLayoutAndArchive();

private:
    static QString skopeo();
};

namespace {

const QString definitions = QStringLiteral(PRC_TEST_DATA_DIR "/definitions");

QJsonObject descriptorOf(const QString &mediaType, const Digest &digest, qint64 size)
{
    return {{QLatin1String("mediaType"), mediaType},
            {QLatin1String("digest"), digest.toString()},
            {QLatin1String("size"), size}};
}

QByteArray tarOf(const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray archive;
    QBuffer output(&archive);
    output.open(QIODevice::WriteOnly);
    TarWriter writer(&output);
    for (const auto &[path, content] : files) {
        QByteArray copy = content;
        QBuffer input(&copy);
        input.open(QIODevice::ReadOnly);
        (void)writer.addFile(path, input, copy.size(), false);
    }
    (void)writer.finish();
    return archive;
}

QByteArray symlinkEntry(const QByteArray &name, const QByteArray &target)
{
    QByteArray header(512, '\0');
    std::memcpy(header.data(), name.constData(), size_t(name.size()));
    std::memcpy(header.data() + 100, "0000777", 7);
    std::memcpy(header.data() + 124, "00000000000", 11);
    std::memcpy(header.data() + 136, "00000000000", 11);
    header[156] = '2';
    std::memcpy(header.data() + 157, target.constData(), size_t(target.size()));
    std::memcpy(header.data() + 257,
                "ustar\0"
                "00",
                8);
    std::memset(header.data() + 148, ' ', 8);
    int sum = 0;
    for (char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    std::memcpy(header.data() + 148, QByteArray::number(sum, 8).rightJustified(6, '0').constData(), 6);
    header[154] = '\0';
    return header + QByteArray(1024, '\0');
}

bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000))
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

QString TestLayout::skopeo()
{
    return QStandardPaths::findExecutable(QStringLiteral("skopeo"));
}

void TestLayout::writesLayoutFiles()
{
    QTemporaryDir dir;
    auto layout = OciLayout::create(dir.path());
    QVERIFY(layout.ok());
    auto digest = layout->writeBlobBytes("hello");
    QVERIFY(digest.ok());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("oci-layout"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("blobs/sha256/")) + digest->hex()));
    QVERIFY(layout->addEntry(descriptorOf(QStringLiteral("application/octet-stream"), *digest, 5), QStringLiteral("v1"))
                .ok());
    const QJsonObject index =
        QJsonDocument::fromJson(Util::readFile(dir.filePath(QStringLiteral("index.json"))).value()).object();
    QCOMPARE(index.value(QLatin1String("schemaVersion")).toInt(), 2);
    QCOMPARE(index.value(QLatin1String("manifests")).toArray().size(), 1);
    // Nothing but the layout files (no leftovers of atomic saves).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("index.json"), QStringLiteral("oci-layout")}));
}

void TestLayout::blobDigestIsVerified()
{
    QTemporaryDir dir;
    auto layout = OciLayout::create(dir.path());
    QByteArray data("payload");
    QBuffer source(&data);
    source.open(QIODevice::ReadOnly);
    const Digest wrong = Digest::ofBytes("something else");
    auto written = layout->writeBlob(wrong, data.size(), source);
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QLatin1String("does not match")));
    QVERIFY(!layout->hasBlob(wrong));
}

void TestLayout::resolvesBothRefNameForms_data()
{
    QTest::addColumn<QString>("refName");
    QTest::addColumn<QString>("lookup");

    QTest::newRow("bare tag") << QStringLiteral("v1") << QStringLiteral("v1");
    QTest::newRow("full reference") << QStringLiteral("registry.example.com:5000/team/app:v1") << QStringLiteral("v1");
    QTest::newRow("full reference, exact")
        << QStringLiteral("registry.example.com/team/app:v1") << QStringLiteral("registry.example.com/team/app:v1");
}

void TestLayout::resolvesBothRefNameForms()
{
    QFETCH(QString, refName);
    QFETCH(QString, lookup);

    QTemporaryDir dir;
    auto layout = OciLayout::create(dir.path());
    const Digest digest = *layout->writeBlobBytes("{}");
    QVERIFY(
        layout->addEntry(descriptorOf(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), digest, 2), refName)
            .ok());
    auto entry = layout->resolve(lookup);
    QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().message));
    QCOMPARE(entry->digest, digest);
    QCOMPARE(layout->resolve(digest.toString())->refName, refName);
}

void TestLayout::failedLookupListsRefs()
{
    QTemporaryDir dir;
    auto layout = OciLayout::create(dir.path());
    const Digest digest = *layout->writeBlobBytes("{}");
    const QJsonObject descriptor = descriptorOf(QStringLiteral("application/octet-stream"), digest, 2);
    QVERIFY(layout->addEntry(descriptor, QStringLiteral("alpha")).ok());
    QVERIFY(layout->addEntry(descriptor, QStringLiteral("beta")).ok());
    auto entry = layout->resolve(QStringLiteral("gamma"));
    QVERIFY(!entry.ok());
    QVERIFY(entry.error().message.contains(QLatin1String("alpha")));
    QVERIFY(entry.error().message.contains(QLatin1String("beta")));
}

void TestLayout::mergeKeepsOtherEntries()
{
    QTemporaryDir dir;
    auto layout = OciLayout::create(dir.path());
    // An index written by another tool, with fields we do not know.
    const QByteArray foreign = R"({"schemaVersion":2,"x-tool":"other","manifests":[
        {"mediaType":"application/octet-stream","digest":"sha256:)" +
                               Digest::ofBytes("a").hex().toLatin1() + R"(","size":1,"platform":{"os":"linux"},
         "annotations":{"org.opencontainers.image.ref.name":"keep","custom":"yes"}}]})";
    QVERIFY(Util::writeFileAtomically(dir.filePath(QStringLiteral("index.json")), foreign).ok());

    const Digest first = *layout->writeBlobBytes("first");
    const Digest second = *layout->writeBlobBytes("second");
    QVERIFY(layout->addEntry(descriptorOf(QStringLiteral("application/octet-stream"), first, 5), QStringLiteral("v1"))
                .ok());
    QVERIFY(layout->addEntry(descriptorOf(QStringLiteral("application/octet-stream"), second, 6), QStringLiteral("v1"))
                .ok());

    auto entries = layout->entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).refName, QStringLiteral("keep"));
    QCOMPARE(
        entries->at(0).descriptor.value(QLatin1String("platform")).toObject().value(QLatin1String("os")).toString(),
        QStringLiteral("linux"));
    QCOMPARE(entries->at(1).digest, second);
    const QJsonObject index =
        QJsonDocument::fromJson(Util::readFile(dir.filePath(QStringLiteral("index.json"))).value()).object();
    QCOMPARE(index.value(QLatin1String("x-tool")).toString(), QStringLiteral("other"));
}

void TestLayout::linksOutOfTheLayoutAreRefused()
{
    QTemporaryDir dir;
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QDir().mkpath(outside);
    auto elsewhere = OciLayout::create(outside);
    const Digest digest = *elsewhere->writeBlobBytes("secret");

    // A layout whose blob directory is a link to another place.
    const QString path = dir.filePath(QStringLiteral("layout"));
    auto layout = OciLayout::create(path);
    QVERIFY(QDir(path + QStringLiteral("/blobs")).removeRecursively());
    QVERIFY(QFile::link(outside + QStringLiteral("/blobs"), path + QStringLiteral("/blobs")));
    auto blob = layout->openBlob(digest);
    QVERIFY(!blob.ok());
    QVERIFY2(blob.error().message.contains(QLatin1String("outside")), qPrintable(blob.error().message));

    QVERIFY(QFile::link(outside + QStringLiteral("/oci-layout"), path + QStringLiteral("/index.json")));
    QVERIFY(!layout->entries().ok());
}

void TestLayout::unusedNewLayoutIsRemoved()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    {
        auto store = LayoutStore::open(fresh, LayoutStore::Mode::Write);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        QVERIFY(QFileInfo::exists(fresh + QStringLiteral("/oci-layout")));
        // What a download that never started leaves: an empty partial file.
        QFile partial((*store)->layout().partialPath(Digest::ofBytes("x")));
        QVERIFY(QDir().mkpath(QFileInfo(partial).absolutePath()) && partial.open(QIODevice::WriteOnly));
    }
    QVERIFY(!QFileInfo::exists(fresh));
    // So do the parents made for it; the directory that was there before stays.
    {
        QVERIFY(LayoutStore::open(dir.filePath(QStringLiteral("made/for/it")), LayoutStore::Mode::Write));
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("made"))));
    QVERIFY(QFileInfo::exists(dir.path()));

    // A blob that arrived stays for the next run to find.
    const QByteArray content("{}");
    const Digest digest = Digest::ofBytes(content);
    {
        auto store = LayoutStore::open(fresh, LayoutStore::Mode::Write);
        QVERIFY(store);
        QBuffer source;
        source.setData(content);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY((*store)->writeBlob(Descriptor::of(QStringLiteral("application/json"), digest, content.size()), source,
                                    {}));
    }
    QVERIFY((*OciLayout::open(fresh)).hasBlob(digest, content.size()));

    // A directory with someone's files in it is not made a layout.
    const QString foreign = dir.filePath(QStringLiteral("foreign"));
    QVERIFY(QDir().mkpath(foreign));
    QFile notes(foreign + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    auto refused = LayoutStore::open(foreign, LayoutStore::Mode::Write);
    QVERIFY(!refused);
    QCOMPARE(refused.error().file, foreign);
    QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("/oci-layout")));

    // A directory that was there before is never removed, even when empty.
    const QString existing = dir.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(existing));
    {
        QVERIFY(LayoutStore::open(existing, LayoutStore::Mode::Write));
    }
    QVERIFY(QFileInfo::exists(existing + QStringLiteral("/oci-layout")));
}

void TestLayout::archiveRoundTrip()
{
    QTemporaryDir dir;
    auto layout = OciLayout::create(dir.filePath(QStringLiteral("layout")));
    FluxArtifact::BuildOptions options;
    options.reproducible = true;
    auto built = FluxArtifact::build(definitions, options, layout.value(), QStringLiteral("v1"));
    QVERIFY(built.ok());
    const QString archive = dir.filePath(QStringLiteral("bundle.tar"));
    QVERIFY(layout->writeArchive(archive).ok());

    auto unpacked = OciLayout::extractArchive(archive, dir.filePath(QStringLiteral("unpacked")));
    QVERIFY2(unpacked.ok(), qPrintable(unpacked.ok() ? QString() : unpacked.error().toString()));
    QCOMPARE(unpacked->resolve(QStringLiteral("v1"))->digest, built->manifestDigest);

    // Packing the same layout again gives the same archive bytes.
    const QString again = dir.filePath(QStringLiteral("again.tar"));
    QVERIFY(layout->writeArchive(again).ok());
    QCOMPARE(Util::readFile(again, 1 << 26).value(), Util::readFile(archive, 1 << 26).value());
}

void TestLayout::archiveWithHostileEntries_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::newRow("parent") << tarOf({{QStringLiteral("../escaped"), "x"}});
    QTest::newRow("absolute") << tarOf({{QStringLiteral("/tmp/escaped"), "x"}});
    QTest::newRow("symlink") << symlinkEntry("blobs", "/etc");
}

void TestLayout::archiveWithHostileEntries()
{
    QFETCH(QByteArray, archive);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.tar"));
    QVERIFY(Util::writeFileAtomically(path, archive).ok());
    auto layout = OciLayout::extractArchive(path, dir.filePath(QStringLiteral("out")));
    QVERIFY(!layout.ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escaped"))));
}

void TestLayout::archiveWithCorruptBlob()
{
    QTemporaryDir dir;
    const QString layoutDir = dir.filePath(QStringLiteral("layout"));
    auto layout = OciLayout::create(layoutDir);
    FluxArtifact::BuildOptions options;
    auto built = FluxArtifact::build(definitions, options, layout.value(), QStringLiteral("v1"));
    QVERIFY(built.ok());
    // Same size, different bytes: only a digest check can tell.
    QFile layer(layout->blobPath(built->layerDigest));
    QVERIFY(layer.open(QIODevice::ReadWrite));
    layer.seek(20);
    layer.write("XXXX");
    layer.close();
    QVERIFY(layout->writeArchive(dir.filePath(QStringLiteral("corrupt.tar"))).ok());

    auto unpacked =
        OciLayout::extractArchive(dir.filePath(QStringLiteral("corrupt.tar")), dir.filePath(QStringLiteral("out")));
    QVERIFY(!unpacked.ok());
    QVERIFY2(unpacked.error().message.contains(QLatin1String("digest")), qPrintable(unpacked.error().message));
}

void TestLayout::skopeoReadsOurLayout()
{
    if (skopeo().isEmpty())
        QSKIP("skopeo is not installed");
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours"));
    auto layout = OciLayout::create(ours);
    FluxArtifact::BuildOptions options;
    options.reproducible = true;
    auto built = FluxArtifact::build(definitions, options, layout.value(), QStringLiteral("v1"));
    QVERIFY(built.ok());

    QByteArray raw;
    QVERIFY(
        run(skopeo(),
            {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("oci:") + ours + QStringLiteral(":v1")},
            &raw));
    QCOMPARE(raw, built->manifest);

    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    QVERIFY(run(skopeo(), {QStringLiteral("copy"), QStringLiteral("oci:") + ours + QStringLiteral(":v1"),
                           QStringLiteral("oci:") + theirs + QStringLiteral(":copied")}));
    auto copied = OciLayout::open(theirs);
    QVERIFY(copied.ok());
    QCOMPARE(copied->resolve(QStringLiteral("copied"))->digest, built->manifestDigest);
    QVERIFY(copied->verify().ok());
}

void TestLayout::weReadSkopeosLayoutAndArchive()
{
    if (skopeo().isEmpty())
        QSKIP("skopeo is not installed");
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    auto layout = OciLayout::create(source);
    FluxArtifact::BuildOptions options;
    auto built = FluxArtifact::build(definitions, options, layout.value(), QStringLiteral("v1"));
    QVERIFY(built.ok());

    const QString archive = dir.filePath(QStringLiteral("skopeo.tar"));
    QVERIFY(run(skopeo(), {QStringLiteral("copy"), QStringLiteral("oci:") + source + QStringLiteral(":v1"),
                           QStringLiteral("oci-archive:") + archive + QStringLiteral(":v1")}));
    auto unpacked = OciLayout::extractArchive(archive, dir.filePath(QStringLiteral("unpacked")));
    QVERIFY2(unpacked.ok(), qPrintable(unpacked.ok() ? QString() : unpacked.error().toString()));
    const auto entry = unpacked->resolve(QStringLiteral("v1"));
    QVERIFY(entry.ok());
    QCOMPARE(entry->digest, built->manifestDigest);

    auto blob = unpacked->openBlob(built->layerDigest);
    QVERIFY(blob.ok());
    auto files = FluxArtifact::listFiles(**blob);
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 3);
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
