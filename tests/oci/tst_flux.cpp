#include <cstdio>
#include <cstring>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "oci/fluxartifact.h"
#include "oci/gzipreader.h"
#include "oci/gzipwriter.h"
#include "oci/ocilayout.h"

using namespace Oci;

class TestFlux final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducibleBuildsHaveOneDigest();
    void manifestHasFluxFormat();
    void manifestBytesAreFixed();
    void createdIsRfc3339Utc();
    void defaultIgnoreRules();
    void singleFile();
    void layerHeadersMatchFlux();
    void modesAreKept_data();
    void modesAreKept();
    void sameModesGiveTheSameLayer();
    void listMatchesExtract();
    void layersOfManySizesReadBack_data();
    void layersOfManySizesReadBack();
    void hostileEntriesAreRejected_data();
    void hostileEntriesAreRejected();
    void refusesToWriteThroughExistingLink();
    void sourcesBeyondTheExtractLimitsAreRefused();
    void namesPullCannotTakeAreRefused();
};

namespace {

const QString definitions = QStringLiteral(PRC_TEST_DATA_DIR "/definitions");
// golden.tar there is what Flux's builder writes for the tree make-tree.sh creates (see reference/).
const QString fluxTar = QStringLiteral(PRC_TEST_DATA_DIR "/flux-tar");

// The tree of golden.tar, every mode set explicitly; empty when the script failed.
QString makeTree(const QString &root)
{
    QProcess shell;
    shell.start(QStringLiteral("sh"), {fluxTar + QStringLiteral("/make-tree.sh"), root});
    if (!shell.waitForFinished() || shell.exitCode() != 0) {
        qWarning("make-tree.sh: %s", shell.readAllStandardError().constData());
        return {};
    }
    return root;
}

QByteArray layerOf(const QString &source)
{
    QByteArray layer;
    QBuffer output(&layer);
    output.open(QIODevice::WriteOnly);
    auto count = FluxArtifact::writeLayer(source, output);
    if (!count)
        qWarning("writeLayer: %s", qPrintable(count.error().toString()));
    return count ? layer : QByteArray();
}

QByteArray gunzip(QByteArray layer)
{
    QBuffer input(&layer);
    input.open(QIODevice::ReadOnly);
    GzipReader gzip(&input);
    gzip.open(QIODevice::ReadOnly);
    return gzip.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A raw ustar header, so that tests can write entries our own writer never would.
QByteArray rawHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link = {})
{
    QByteArray header(512, '\0');
    std::memcpy(header.data(), name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    std::memcpy(header.data() + 100, "0000644", 7);
    std::memcpy(header.data() + 108, "0000000", 7);
    std::memcpy(header.data() + 116, "0000000", 7);
    const QByteArray sizeText = QByteArray::number(size, 8).rightJustified(11, '0');
    std::memcpy(header.data() + 124, sizeText.constData(), 11);
    std::memcpy(header.data() + 136, "00000000000", 11);
    header[156] = type;
    std::memcpy(header.data() + 157, link.constData(), size_t(qMin<qsizetype>(link.size(), 100)));
    std::memcpy(header.data() + 257,
                "ustar\0"
                "00",
                8);
    std::memset(header.data() + 148, ' ', 8);
    int sum = 0;
    for (char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    const QByteArray sumText = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header.data() + 148, sumText.constData(), 6);
    header[154] = '\0';
    return header;
}

QByteArray entry(const QByteArray &name, char type, const QByteArray &content, const QByteArray &link = {})
{
    QByteArray data = rawHeader(name, type, content.size(), link) + content;
    data.append(QByteArray((512 - content.size() % 512) % 512, '\0'));
    return data;
}

QByteArray gzipped(const QByteArray &tar)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    GzipWriter gzip(&buffer);
    gzip.open(QIODevice::WriteOnly);
    gzip.write(tar);
    (void)gzip.finish();
    return out;
}

FluxArtifact::Built buildInto(const QString &source, const QString &layoutDir, bool reproducible)
{
    Util::Result<OciLayout> layout = OciLayout::create(layoutDir);
    if (!layout.ok())
        qFatal("layout: %s", qPrintable(layout.error().message));
    FluxArtifact::BuildOptions options;
    options.source = QStringLiteral("https://git.example.com/fleet.git");
    options.revision = QStringLiteral("main@sha1:0123456789abcdef");
    options.reproducible = reproducible;
    auto built = FluxArtifact::build(source, options, layout.value(), QStringLiteral("v1"));
    if (!built)
        qFatal("build: %s", qPrintable(built.error().toString()));
    return *built;
}

} // namespace

void TestFlux::reproducibleBuildsHaveOneDigest()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const auto first = buildInto(definitions, a.path(), true);
    QTest::qWait(1100);
    const auto second = buildInto(definitions, b.path(), true);
    QCOMPARE(second.manifestDigest, first.manifestDigest);
    QCOMPARE(second.layerDigest, first.layerDigest);
    QCOMPARE(first.fileCount, 3);

    // Without --reproducible the time stamp differs, but the content layer stays the same.
    QTemporaryDir c;
    const auto third = buildInto(definitions, c.path(), false);
    QVERIFY(third.manifestDigest != first.manifestDigest);
    QCOMPARE(third.layerDigest, first.layerDigest);
}

void TestFlux::manifestHasFluxFormat()
{
    QTemporaryDir dir;
    const auto built = buildInto(definitions, dir.path(), true);
    const QJsonObject manifest = QJsonDocument::fromJson(built.manifest).object();
    QCOMPARE(manifest.value(QLatin1String("schemaVersion")).toInt(), 2);
    QCOMPARE(manifest.value(QLatin1String("mediaType")).toString(),
             QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
    const QJsonObject config = manifest.value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("mediaType")).toString(),
             QStringLiteral("application/vnd.cncf.flux.config.v1+json"));
    QCOMPARE(config.value(QLatin1String("size")).toInt(), 2);
    const QJsonArray layers = manifest.value(QLatin1String("layers")).toArray();
    QCOMPARE(layers.size(), 1);
    QCOMPARE(layers.at(0).toObject().value(QLatin1String("mediaType")).toString(),
             QStringLiteral("application/vnd.cncf.flux.content.v1.tar+gzip"));
    const QJsonObject annotations = manifest.value(QLatin1String("annotations")).toObject();
    QCOMPARE(annotations.value(QLatin1String("org.opencontainers.image.created")).toString(),
             QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(annotations.value(QLatin1String("org.opencontainers.image.source")).toString(),
             QStringLiteral("https://git.example.com/fleet.git"));
    QCOMPARE(annotations.value(QLatin1String("org.opencontainers.image.revision")).toString(),
             QStringLiteral("main@sha1:0123456789abcdef"));

    auto layout = OciLayout::open(dir.path());
    QVERIFY(layout.ok());
    QVERIFY(layout->verify().ok());
    auto resolved = layout->resolve(QStringLiteral("v1"));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->digest, built.manifestDigest);
    QCOMPARE(layout->readBlob(resolved->digest).value(), built.manifest);
}

// The exact bytes, not only the fields: the manifest digest of a reproducible build depends on them.
void TestFlux::manifestBytesAreFixed()
{
    QTemporaryDir dir;
    const auto built = buildInto(definitions, dir.path(), true);
    const QByteArray expected =
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":)"
        R"("application/vnd.cncf.flux.config.v1+json","digest":)"
        R"("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[)"
        R"({"mediaType":"application/vnd.cncf.flux.content.v1.tar+gzip","digest":")" +
        built.layerDigest.toString().toLatin1() + R"(","size":)" + QByteArray::number(built.layerSize) +
        R"(}],"annotations":{"org.opencontainers.image.created":"1970-01-01T00:00:00Z",)"
        R"("org.opencontainers.image.revision":"main@sha1:0123456789abcdef",)"
        R"("org.opencontainers.image.source":"https://git.example.com/fleet.git"}})";
    QCOMPARE(built.manifest, expected);
    QCOMPARE(built.manifestDigest, Digest::ofBytes(expected));

    // Go's encoding/json (and so Flux) escapes <, > and & in strings; the same source gives the same bytes.
    Util::Result<OciLayout> layout = OciLayout::create(dir.filePath(QStringLiteral("escaped")));
    QVERIFY(layout.ok());
    FluxArtifact::BuildOptions options;
    options.source = QStringLiteral("https://git.example.com/fleet.git?ref=main&path=<defs>");
    options.revision = QStringLiteral("main");
    options.reproducible = true;
    const auto escaped = FluxArtifact::build(definitions, options, layout.value(), QString());
    QVERIFY(escaped.ok());
    const QByteArray source = R"("https://git.example.com/fleet.git?ref=main\u0026path=\u003cdefs\u003e")";
    QVERIFY2(escaped->manifest.contains(source), escaped->manifest.constData());
}

void TestFlux::createdIsRfc3339Utc()
{
    QTemporaryDir dir;
    const auto built = buildInto(definitions, dir.path(), false);
    const QString created = QJsonDocument::fromJson(built.manifest)
                                .object()
                                .value(QLatin1String("annotations"))
                                .toObject()
                                .value(QLatin1String("org.opencontainers.image.created"))
                                .toString();
    static const QRegularExpression rfc3339(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QVERIFY2(rfc3339.match(created).hasMatch(), qPrintable(created));
    const QDateTime parsed = QDateTime::fromString(created, Qt::ISODate);
    QVERIFY(qAbs(parsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestFlux::defaultIgnoreRules()
{
    QTemporaryDir source;
    for (const char *name : {"keep.yaml", ".git/config", ".gitignore", "logo.png", "bundle.tar.gz",
                             ".github/workflows/ci.yml", "apps/.sops.yaml", "apps/deploy.yaml", "apps/secret.yaml",
                             "apps/nested/.flux.yaml", "apps/notes.txt", ".sourceignore"})
        writeFile(source.filePath(QString::fromUtf8(name)), "x: 1\n");
    writeFile(source.filePath(QStringLiteral(".sourceignore")), "# ours\napps/secret.yaml\n*.txt\n");
    QVERIFY(QFile::link(source.filePath(QStringLiteral("keep.yaml")), source.filePath(QStringLiteral("link.yaml"))));

    QByteArray layer;
    QBuffer output(&layer);
    output.open(QIODevice::WriteOnly);
    auto count = FluxArtifact::writeLayer(source.path(), output);
    QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : count.error().toString()));
    output.close();
    output.open(QIODevice::ReadOnly);
    auto files = FluxArtifact::listFiles(output);
    QVERIFY(files.ok());
    QStringList paths;
    for (const auto &file : *files)
        paths.append(file.path);
    QCOMPARE(paths,
             (QStringList{QStringLiteral(".sourceignore"), QStringLiteral("apps"), QStringLiteral("apps/deploy.yaml"),
                          QStringLiteral("apps/nested"), QStringLiteral("keep.yaml")}));
}

void TestFlux::singleFile()
{
    QTemporaryDir dir;
    const QString file = definitions + QStringLiteral("/gpu-toleration.traitdefinition.yaml");
    const auto built = buildInto(file, dir.path(), true);
    QCOMPARE(built.fileCount, 1);
    auto layout = OciLayout::open(dir.path());
    auto blob = layout->openBlob(built.layerDigest);
    QVERIFY(blob.ok());
    auto files = FluxArtifact::listFiles(**blob);
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->first().path, QStringLiteral("gpu-toleration.traitdefinition.yaml"));

    // Flux stages a single file in a new directory, which the layer holds as its root entry.
    const QByteArray tar = gunzip(layerOf(file));
    QCOMPARE(tar.left(2), QByteArray(".\0", 2));
    QCOMPARE(tar.at(156), '5');
    QCOMPARE(tar.mid(512, 35), QByteArray("gpu-toleration.traitdefinition.yaml"));
}

// The uncompressed layer is byte for byte the tar Flux writes for the same tree: root entry ".", walk order,
// modes as on disk (set-id bit included), no trailing '/', ustar with a prefix for long ASCII paths, and PAX
// headers named like Go's for a non-ASCII name and a name ustar cannot split.
void TestFlux::layerHeadersMatchFlux()
{
    QTemporaryDir dir;
    const QString root = makeTree(dir.filePath(QStringLiteral("tree")));
    QVERIFY(!root.isEmpty());
    QFile golden(fluxTar + QStringLiteral("/golden.tar"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();

    const QByteArray tar = gunzip(layerOf(root));
    qsizetype differs = 0;
    while (differs < qMin(tar.size(), expected.size()) && tar.at(differs) == expected.at(differs))
        ++differs;
    QVERIFY2(tar == expected, qPrintable(QStringLiteral("%1 bytes against Flux's %2; first difference at byte %3")
                                             .arg(tar.size())
                                             .arg(expected.size())
                                             .arg(differs)));
}

void TestFlux::modesAreKept_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("directory");

    QTest::newRow("executable") << QStringLiteral("deploy/run.sh") << 0755 << false;
    QTest::newRow("private") << QStringLiteral("secret.yaml") << 0600 << false;
    QTest::newRow("read-only") << QString(120, QLatin1Char('n')) + QStringLiteral(".yaml") << 0444 << false;
    QTest::newRow("ordinary") << QStringLiteral("deploy/app.yaml") << 0644 << false;
    QTest::newRow("group-writable") << QStringLiteral("long-") + QString(60, QLatin1Char('d')) + QLatin1Char('/') +
                                           QString(60, QLatin1Char('e')) + QStringLiteral("/file.yaml")
                                    << 0664 << false;
    QTest::newRow("directory") << QStringLiteral("deploy") << 0755 << true;
    QTest::newRow("empty directory") << QStringLiteral("deploy/empty") << 0755 << true;
    QTest::newRow("set-group-id directory") << QStringLiteral("shared") << 02775 << true;
}

void TestFlux::modesAreKept()
{
    QFETCH(QString, path);
    QFETCH(int, mode);
    QFETCH(bool, directory);

    QTemporaryDir dir;
    const QString root = makeTree(dir.filePath(QStringLiteral("tree")));
    QVERIFY(!root.isEmpty());
    QByteArray layer = layerOf(root);
    QBuffer input(&layer);
    input.open(QIODevice::ReadOnly);
    auto files = FluxArtifact::listFiles(input);
    QVERIFY(files.ok());
    const auto found =
        std::find_if(files->cbegin(), files->cend(), [&](const auto &file) { return file.path == path; });
    QVERIFY2(found != files->cend(), qPrintable(path));
    QCOMPARE(found->mode, mode);
    QCOMPARE(found->directory, directory);
}

void TestFlux::sameModesGiveTheSameLayer()
{
    QTemporaryDir first;
    QTemporaryDir second;
    const QString a = makeTree(first.filePath(QStringLiteral("a")));
    QTest::qWait(1100); // other times on disk; they must not matter
    const QString b = makeTree(second.filePath(QStringLiteral("b")));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QByteArray layer = layerOf(a);
    QVERIFY(!layer.isEmpty());
    QCOMPARE(Digest::ofBytes(layerOf(b)), Digest::ofBytes(layer));

    // A mode is part of the content: changing one changes the digest.
    QVERIFY(QFile::setPermissions(b + QStringLiteral("/secret.yaml"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QVERIFY(Digest::ofBytes(layerOf(b)) != Digest::ofBytes(layer));
}

void TestFlux::listMatchesExtract()
{
    QTemporaryDir dir;
    const auto built = buildInto(definitions, dir.path(), true);
    auto layout = OciLayout::open(dir.path());
    auto listed = FluxArtifact::listFiles(**layout->openBlob(built.layerDigest));
    QTemporaryDir target;
    auto extracted = FluxArtifact::extract(**layout->openBlob(built.layerDigest), target.path());
    QVERIFY2(extracted.ok(), qPrintable(extracted.ok() ? QString() : extracted.error().toString()));
    QCOMPARE(extracted->size(), listed->size());
    for (const auto &file : *extracted) {
        QFile original(definitions + QLatin1Char('/') + file.path);
        QFile copy(target.filePath(file.path));
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }
}

void TestFlux::layersOfManySizesReadBack_data()
{
    // Uncompressed sizes around the 16 KiB blocks the readers work in, and far beyond.
    QTest::addColumn<int>("files");
    for (const int files : {1, 14, 15, 16, 17, 31, 32, 33, 300})
        QTest::addRow("%d files", files) << files;
}

void TestFlux::layersOfManySizesReadBack()
{
    QFETCH(int, files);
    QTemporaryDir source;
    for (int i = 0; i < files; ++i) {
        QFile file(source.filePath(QStringLiteral("cm-%1.yaml").arg(i, 4, 10, QLatin1Char('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-%1\n").arg(i).toUtf8());
    }
    QTemporaryDir dir;
    const auto built = buildInto(source.path(), dir.path(), true);
    auto layout = OciLayout::open(dir.path());
    auto listed = FluxArtifact::listFiles(**layout->openBlob(built.layerDigest));
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().toString()));
    QCOMPARE(listed->size(), qsizetype(files));
    QTemporaryDir target;
    auto extracted = FluxArtifact::extract(**layout->openBlob(built.layerDigest), target.path());
    QVERIFY2(extracted.ok(), qPrintable(extracted.ok() ? QString() : extracted.error().toString()));
    QCOMPARE(extracted->size(), qsizetype(files));
}

void TestFlux::hostileEntriesAreRejected_data()
{
    QTest::addColumn<QByteArray>("tar");
    QTest::addColumn<QString>("expected");

    const QByteArray end(1024, '\0');
    QTest::newRow("parent") << entry("../evil.yaml", '0', "x") + end << QStringLiteral("escapes");
    QTest::newRow("nested parent") << entry("a/../../evil", '0', "x") + end << QStringLiteral("escapes");
    QTest::newRow("absolute") << entry("/etc/evil", '0', "x") + end << QStringLiteral("not a relative path");
    QTest::newRow("symlink") << entry("link", '2', {}, "/etc/passwd") + end << QStringLiteral("link");
    QTest::newRow("hardlink") << entry("hard", '1', {}, "/etc/passwd") + end << QStringLiteral("link");
    QTest::newRow("device") << entry("dev", '3', {}) + end << QStringLiteral("special");
    QTest::newRow("fifo") << entry("fifo", '6', {}) + end << QStringLiteral("special");
    QTest::newRow("too big") << entry("big", '0', QByteArray(3000, 'b')) + end << QStringLiteral("limit");
    QTest::newRow("total too big") << entry("a", '0', QByteArray(900, 'a')) + entry("b", '0', QByteArray(900, 'b')) +
                                          end
                                   << QStringLiteral("limit");
    QTest::newRow("truncated") << entry("t", '0', QByteArray(1200, 't')).left(1024) << QStringLiteral("ends");
    QTest::newRow("one file twice") << entry("a.yaml", '0', "first") + entry("./a.yaml", '0', "second") + end
                                    << QStringLiteral("twice");
    QTest::newRow("file below a file") << entry("x", '0', "x") + entry("x/y", '0', "y") + end
                                       << QStringLiteral("is a file");
    QTest::newRow("parent after a good file")
        << entry("good.yaml", '0', "g") + entry("dir/", '5', {}) + entry("../evil.yaml", '0', "x") + end
        << QStringLiteral("escapes");
}

void TestFlux::hostileEntriesAreRejected()
{
    QFETCH(QByteArray, tar);
    QFETCH(QString, expected);

    QTemporaryDir outer;
    const QString target = outer.filePath(QStringLiteral("out"));
    QByteArray layer = gzipped(tar);
    QBuffer input(&layer);
    input.open(QIODevice::ReadOnly);
    FluxArtifact::ExtractLimits limits;
    limits.maxFileSize = 2048;
    limits.maxTotalSize = 1500;
    auto result = FluxArtifact::extract(input, target, limits);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().toString().contains(expected), qPrintable(result.error().toString()));
    // Errors name the target the user gave, never the staging directory beside it.
    QVERIFY2(!result.error().toString().contains(QLatin1String("/.out-")), qPrintable(result.error().toString()));
    QVERIFY(!QFileInfo::exists(outer.filePath(QStringLiteral("evil.yaml"))));
    QVERIFY(!QFileInfo::exists(outer.filePath(QStringLiteral("evil"))));

    // Nothing of a refused layer is kept, and the temporary directory beside the target is gone.
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("out")});
}

void TestFlux::refusesToWriteThroughExistingLink()
{
    QTemporaryDir outer;
    const QString target = outer.filePath(QStringLiteral("out"));
    const QString elsewhere = outer.filePath(QStringLiteral("elsewhere"));
    QDir().mkpath(target);
    QDir().mkpath(elsewhere);
    QVERIFY(QFile::link(elsewhere, target + QStringLiteral("/sub")));

    QByteArray layer = gzipped(entry("sub/planted.yaml", '0', "x") + QByteArray(1024, '\0'));
    QBuffer input(&layer);
    input.open(QIODevice::ReadOnly);
    auto result = FluxArtifact::extract(input, target);
    QVERIFY(!result.ok());
    QVERIFY(!QFileInfo::exists(elsewhere + QStringLiteral("/planted.yaml")));
}

void TestFlux::sourcesBeyondTheExtractLimitsAreRefused()
{
    // What pull would refuse to extract is refused before anything is built. Sparse files: sizes, no bytes.
    const FluxArtifact::ExtractLimits limits;
    QTemporaryDir tree;
    QFile large(tree.filePath(QStringLiteral("large.bin")));
    QVERIFY(large.open(QIODevice::WriteOnly) && large.resize(limits.maxFileSize + 1));
    large.close();
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto oneFile = FluxArtifact::writeLayer(large.fileName(), sink);
    QVERIFY(!oneFile);
    QCOMPARE(oneFile.error().file, large.fileName());
    QVERIFY2(oneFile.error().message.contains(QString::number(limits.maxFileSize)),
             qPrintable(oneFile.error().message));
    auto inTree = FluxArtifact::writeLayer(tree.path(), sink);
    QVERIFY(!inTree);
    QCOMPARE(inTree.error().file, large.fileName());
    QCOMPARE(sink.size(), 0);
    // Below the limit it is accepted: the refusal is the limit's, not the file's.
    QVERIFY(large.resize(limits.maxFileSize));
    QVERIFY(QFile::remove(large.fileName()));

    QTemporaryDir sum;
    for (qint64 written = 0, i = 0; written <= limits.maxTotalSize; written += limits.maxFileSize, ++i) {
        QFile part(sum.filePath(QStringLiteral("part-%1.bin").arg(i)));
        QVERIFY(part.open(QIODevice::WriteOnly) && part.resize(limits.maxFileSize));
    }
    auto total = FluxArtifact::writeLayer(sum.path(), sink);
    QVERIFY(!total);
    QCOMPARE(total.error().file, sum.path());
    QVERIFY2(total.error().message.contains(QString::number(limits.maxTotalSize)), qPrintable(total.error().message));

    // The count is checked against a smaller limit: a hundred thousand directories take long to make.
    FluxArtifact::ExtractLimits few;
    few.maxEntries = 100;
    QTemporaryDir many;
    QDir root(many.path());
    for (int i = 0; i <= few.maxEntries; ++i)
        QVERIFY(root.mkdir(QString::number(i)));
    auto crowded = FluxArtifact::writeLayer(many.path(), sink, {}, few);
    QVERIFY(!crowded);
    QVERIFY2(crowded.error().message.contains(QLatin1String("holds 101 files and directories, more than the 100")),
             qPrintable(crowded.error().message));
    // With one left out by an ignore pattern the tree fits.
    QVERIFY(FluxArtifact::writeLayer(many.path(), sink, {QStringLiteral("/0/")}, few));
}

// A name that is not UTF-8 (Qt's listing would leave it out) or that holds a backslash (pull refuses it) fails
// the push, naming the file, instead of going missing or making the artifact unpullable.
void TestFlux::namesPullCannotTakeAreRefused()
{
    QTemporaryDir latin1;
    QFile ok(latin1.filePath(QStringLiteral("ok.yaml")));
    QVERIFY(ok.open(QIODevice::WriteOnly) && ok.write("a: 1\n") > 0);
    ok.close();
    const QByteArray rawName = QFile::encodeName(latin1.path()) + "/caf\xe9.yaml";
    FILE *file = std::fopen(rawName.constData(), "w");
    QVERIFY(file);
    std::fclose(file);
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto refused = FluxArtifact::writeLayer(latin1.path(), sink);
    QVERIFY(!refused);
    QVERIFY2(refused.error().file.startsWith(latin1.filePath(QStringLiteral("caf"))), qPrintable(refused.error().file));
    QVERIFY2(refused.error().message.contains(QLatin1String("not valid UTF-8")), qPrintable(refused.error().message));

    QTemporaryDir backslash;
    QFile odd(backslash.filePath(QStringLiteral("a\\b.yaml")));
    QVERIFY(odd.open(QIODevice::WriteOnly));
    odd.close();
    auto slashed = FluxArtifact::writeLayer(backslash.path(), sink);
    QVERIFY(!slashed);
    QCOMPARE(slashed.error().file, odd.fileName());
    // Left out by a pattern (a backslash escapes in gitignore syntax), the rest is pushed.
    QVERIFY(FluxArtifact::writeLayer(backslash.path(), sink, {QStringLiteral("a\\\\b.yaml")}));
}

QTEST_GUILESS_MAIN(TestFlux)
#include "tst_flux.moc"
