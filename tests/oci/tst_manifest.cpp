#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "oci/manifest.h"
#include "oci/mediatypes.h"

using namespace Oci;

namespace {

const QString sha(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

QByteArray descriptorJson(const char *mediaType, char digest, int size)
{
    return QByteArray(R"({"mediaType":")") + mediaType + R"(","digest":")" + sha(digest).toLatin1() + R"(","size":)" +
           QByteArray::number(size) + '}';
}

} // namespace

class TestManifest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesKinds_data();
    void parsesKinds();
    void parsesArtifacts_data();
    void parsesArtifacts();
    void keepsRawBytes();
    void rejectsBrokenManifests_data();
    void rejectsBrokenManifests();
    void serializeIsDeterministicAndRoundTrips();
    void serializeEscapesLikeGo();
    void largeSizesStay64Bit();
    void descriptorOfManifest();
    void withdrawnArtifactManifestRoundTrips();
};

void TestManifest::parsesKinds_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("kind");

    const QByteArray config = R"("config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":")" +
                              sha('a').toLatin1() + R"(","size":2})";
    const QByteArray entry = R"({"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":")" +
                             sha('b').toLatin1() +
                             R"(","size":10,"platform":{"architecture":"arm64","os":"linux","variant":"v8"}})";
    QTest::newRow("oci manifest")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)" + config +
                      R"(,"layers":[]})")
        << QString() << int(Manifest::Kind::ImageManifest);
    QTest::newRow("oci index")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[)" +
                      entry + "]}")
        << QString() << int(Manifest::Kind::ImageIndex);
    QTest::newRow("docker manifest")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",)" +
                      config + R"(,"layers":[]})")
        << QString() << int(Manifest::Kind::DockerManifest);
    QTest::newRow("docker list")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json",)"
                      R"("manifests":[)" +
                      entry + "]}")
        << QString() << int(Manifest::Kind::DockerManifestList);
    QTest::newRow("no mediaType, content type")
        << QByteArray(R"({"schemaVersion":2,)" + config + R"(,"layers":[]})")
        << QString::fromLatin1("application/vnd.docker.distribution.manifest.v2+json; charset=utf-8")
        << int(Manifest::Kind::DockerManifest);
    QTest::newRow("no mediaType, index shape") << QByteArray(R"({"schemaVersion":2,"manifests":[)" + entry + "]}")
                                               << QString() << int(Manifest::Kind::ImageIndex);
}

void TestManifest::parsesKinds()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, contentType);
    QFETCH(int, kind);
    auto manifest = Manifest::parse(raw, contentType);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    QCOMPARE(int(manifest->kind()), kind);
    if (manifest->isIndex()) {
        QCOMPARE(manifest->manifests().size(), 1);
        QCOMPARE(manifest->manifests().first().platform->toString(), QStringLiteral("linux/arm64/v8"));
        QCOMPARE(manifest->references().size(), 1);
    } else {
        QCOMPARE(manifest->config()->size, qint64(2));
        QCOMPARE(manifest->effectiveArtifactType(), QStringLiteral("application/vnd.oci.image.config.v1+json"));
    }
}

void TestManifest::parsesArtifacts_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("artifactType"); // effectiveArtifactType()
    QTest::addColumn<int>("references");
    QTest::addColumn<bool>("hasSubject");

    const QByteArray image = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)";
    const QByteArray emptyConfig = R"("config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":")" +
                                   sha('4').toLatin1() + R"(","size":2,"data":"e30="})";
    const QByteArray subject = R"("subject":)" + descriptorJson("application/vnd.oci.image.manifest.v1+json", '7', 7);
    const QByteArray artifact = R"({"mediaType":"application/vnd.oci.artifact.manifest.v1+json",)";

    QTest::newRow("empty config, no layers")
        << QByteArray(image + R"("artifactType":"application/vnd.example.sbom",)" + emptyConfig + R"(,"layers":[]})")
        << QString() << int(Manifest::Kind::ImageManifest) << QStringLiteral("application/vnd.example.sbom") << 1
        << false;
    QTest::newRow("layers left out, with subject")
        << QByteArray(image + R"("artifactType":"application/vnd.example.sig",)" + emptyConfig + ',' + subject +
                      R"(,"annotations":{"org.example":"x"}})")
        << QString() << int(Manifest::Kind::ImageManifest) << QStringLiteral("application/vnd.example.sig") << 1
        << true;
    QTest::newRow("type from the config")
        << QByteArray(image + R"("config":)" + descriptorJson("application/vnd.example.config.v1+json", 'c', 3) +
                      R"(,"layers":[)" + descriptorJson("application/vnd.example.layer", '9', 9) + "]}")
        << QString() << int(Manifest::Kind::ImageManifest) << QStringLiteral("application/vnd.example.config.v1+json")
        << 2 << false;
    QTest::newRow("unknown fields") << QByteArray(image + emptyConfig +
                                                  R"(,"layers":[],"x-vendor":[1,{"a":null}],"schemaExtra":true})")
                                    << QString() << int(Manifest::Kind::ImageManifest)
                                    << QStringLiteral("application/vnd.oci.empty.v1+json") << 1 << false;
    QTest::newRow("index of artifacts")
        << QByteArray(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json",)"
                      R"("artifactType":"application/vnd.example.bundle","manifests":[)" +
                      descriptorJson("application/vnd.oci.image.manifest.v1+json", '5', 5) + "]," + subject + "}")
        << QString() << int(Manifest::Kind::ImageIndex) << QStringLiteral("application/vnd.example.bundle") << 1
        << true;
    QTest::newRow("withdrawn artifact manifest")
        << QByteArray(artifact + R"("artifactType":"application/vnd.example.sig","blobs":[)" +
                      descriptorJson("application/octet-stream", 'b', 10) + ',' +
                      descriptorJson("application/octet-stream", 'e', 11) + "]," + subject +
                      R"(,"annotations":{"a":"b"}})")
        << QString() << int(Manifest::Kind::ArtifactManifest) << QStringLiteral("application/vnd.example.sig") << 2
        << true;
    QTest::newRow("withdrawn, no blobs") << QByteArray(artifact + R"("artifactType":"application/vnd.example.sig"})")
                                         << QString() << int(Manifest::Kind::ArtifactManifest)
                                         << QStringLiteral("application/vnd.example.sig") << 0 << false;
    QTest::newRow("withdrawn, known by its content type")
        << QByteArray(R"({"artifactType":"application/vnd.example.sig","blobs":[)" +
                      descriptorJson("application/octet-stream", 'b', 10) + "]}")
        << QStringLiteral("application/vnd.oci.artifact.manifest.v1+json") << int(Manifest::Kind::ArtifactManifest)
        << QStringLiteral("application/vnd.example.sig") << 1 << false;
}

void TestManifest::parsesArtifacts()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, contentType);
    QFETCH(int, kind);
    QFETCH(QString, artifactType);
    QFETCH(int, references);
    QFETCH(bool, hasSubject);

    auto manifest = Manifest::parse(raw, contentType);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
    QCOMPARE(int(manifest->kind()), kind);
    QCOMPARE(manifest->effectiveArtifactType(), artifactType);
    QCOMPARE(manifest->references().size(), references);
    QCOMPARE(manifest->subject().has_value(), hasSubject);
    QCOMPARE(manifest->raw(), raw);
    QCOMPARE(manifest->descriptor().mediaType, Manifest::mediaTypeOf(manifest->kind()));
    QVERIFY(Manifest::isManifestMediaType(manifest->mediaType()));
}

void TestManifest::keepsRawBytes()
{
    // Whitespace and field order of the registry's bytes are what the digest is over.
    const QByteArray raw =
        "{\n  \"schemaVersion\": 2,\n  \"mediaType\": \"application/vnd.oci.image.manifest.v1+json\",\n"
        "  \"artifactType\": \"application/vnd.example\",\n"
        "  \"config\": {\"mediaType\": \"application/vnd.oci.empty.v1+json\", \"digest\": \"" +
        sha('c').toLatin1() +
        "\", \"size\": 2},\n  \"layers\": [],\n"
        "  \"subject\": {\"mediaType\": \"application/vnd.oci.image.manifest.v1+json\", \"digest\": \"" +
        sha('d').toLatin1() + "\", \"size\": 5},\n  \"annotations\": {\"b\": \"2\", \"a\": \"1\"}\n}\n";
    auto manifest = Manifest::parse(raw);
    QVERIFY(manifest);
    QCOMPARE(manifest->raw(), raw);
    QCOMPARE(manifest->digest(), Digest::ofBytes(raw));
    QCOMPARE(manifest->artifactType(), QStringLiteral("application/vnd.example"));
    QCOMPARE(manifest->subject()->digest.toString(), sha('d'));
    QCOMPARE(manifest->annotations().value(QStringLiteral("a")), QStringLiteral("1"));
    QVERIFY(manifest->serialize() != raw);
}

void TestManifest::rejectsBrokenManifests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("{oops") << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("schema 1") << QByteArray(R"({"schemaVersion":1})") << "schemaVersion is 1";
    QTest::newRow("unknown media type") << QByteArray(R"({"schemaVersion":2,"mediaType":"text/plain"})")
                                        << "text/plain";
    QTest::newRow("no config") << QByteArray(R"({"schemaVersion":2,"layers":[]})") << "no 'config'";
    QTest::newRow("bad layer digest")
        << QByteArray(R"({"schemaVersion":2,"config":{"mediaType":"a","digest":")" + sha('a').toLatin1() +
                      R"(","size":1},"layers":[{"mediaType":"b","digest":"sha256:zz","size":1}]})")
        << "layers[0].digest";
    QTest::newRow("negative size") << QByteArray(R"({"schemaVersion":2,"config":{"mediaType":"a","digest":")" +
                                                 sha('a').toLatin1() + R"(","size":-1}})")
                                   << "config.size";
    QTest::newRow("too large") << QByteArray(Manifest::MaxSize + 1, ' ') << "at most";
    const QByteArray config = R"("config":)" + descriptorJson("application/vnd.oci.empty.v1+json", 'a', 2);
    QTest::newRow("mediaType not a string")
        << QByteArray(R"({"schemaVersion":2,"mediaType":7,)" + config + "}") << "'mediaType' must be a string";
    QTest::newRow("artifactType not a string")
        << QByteArray(R"({"schemaVersion":2,"artifactType":["a"],)" + config + "}")
        << "'artifactType' must be a string";
    QTest::newRow("annotation not a string")
        << QByteArray(R"({"schemaVersion":2,)" + config + R"(,"annotations":{"a":1}})") << R"(annotations["a"])";
    QTest::newRow("subject not an object")
        << QByteArray(R"({"schemaVersion":2,)" + config + R"(,"subject":"x"})") << "'subject' must be an object";
    QTest::newRow("index entry without size")
        << QByteArray(R"({"schemaVersion":2,"manifests":[{"mediaType":"a","digest":")" + sha('a').toLatin1() +
                      R"("}]})")
        << "manifests[0].size";
    QTest::newRow("blobs not an array")
        << QByteArray(R"({"mediaType":"application/vnd.oci.artifact.manifest.v1+json","blobs":{}})")
        << "'blobs' must be an array";
    QTest::newRow("blob without digest")
        << QByteArray(R"({"mediaType":"application/vnd.oci.artifact.manifest.v1+json","blobs":[{"mediaType":"a",)"
                      R"("size":1}]})")
        << "blobs[0].digest";
}

void TestManifest::rejectsBrokenManifests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, messagePart);
    auto manifest = Manifest::parse(raw);
    QVERIFY(!manifest);
    QVERIFY2(manifest.error().message.contains(messagePart), qPrintable(manifest.error().message));
}

void TestManifest::serializeIsDeterministicAndRoundTrips()
{
    auto build = [] {
        Manifest manifest;
        manifest.setArtifactType(QString(MediaType::FluxConfig));
        manifest.setConfig(Descriptor{QString(MediaType::FluxConfig), *Digest::parse(sha('1')), 233, {}, {}, {}, {}});
        manifest.setLayers(
            {Descriptor{QString(MediaType::FluxContent),
                        *Digest::parse(sha('2')),
                        1024,
                        {},
                        {{QStringLiteral("z"), QStringLiteral("last")}, {QStringLiteral("a"), QStringLiteral("first")}},
                        {},
                        {}}});
        manifest.setAnnotations({{QString(Annotation::Revision), QStringLiteral("main@sha1:abc")},
                                 {QString(Annotation::Created), QStringLiteral("1970-01-01T00:00:00Z")}});
        return manifest;
    };
    const QByteArray first = build().serialize();
    QCOMPARE(build().serialize(), first);
    QVERIFY2(first.startsWith(
                 R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":)"),
             first.constData());
    QVERIFY(first.contains(R"("annotations":{"a":"first","z":"last"})"));
    QVERIFY(first.indexOf("org.opencontainers.image.created") < first.indexOf("org.opencontainers.image.revision"));

    auto parsed = Manifest::parse(first);
    QVERIFY(parsed);
    QCOMPARE(parsed->serialize(), first);
    QCOMPARE(parsed->layers(), build().layers());
    QVERIFY(QJsonDocument::fromJson(first).isObject());
}

void TestManifest::serializeEscapesLikeGo()
{
    Manifest manifest;
    manifest.setConfig(Descriptor{QStringLiteral("a"), *Digest::parse(sha('1')), 1, {}, {}, {}, {}});
    manifest.setAnnotations({{QStringLiteral("k"), QStringLiteral("<a&b>\"q\"\\ \n\t é")}});
    const QByteArray raw = manifest.serialize();
    const QByteArray expected =
        QByteArray(R"("k":"\u003ca\u0026b\u003e\"q\"\\ \n\t )") + QStringLiteral("é").toUtf8() + '"';
    QVERIFY2(raw.contains(expected), raw.constData());
    QCOMPARE(Manifest::parse(raw)->annotations().value(QStringLiteral("k")), QStringLiteral("<a&b>\"q\"\\ \n\t é"));
}

void TestManifest::largeSizesStay64Bit()
{
    const qint64 big = 6LL * 1024 * 1024 * 1024 + 7;
    Manifest manifest;
    manifest.setConfig(Descriptor{QStringLiteral("a"), *Digest::parse(sha('1')), 1, {}, {}, {}, {}});
    manifest.setLayers({Descriptor{QStringLiteral("b"), *Digest::parse(sha('2')), big, {}, {}, {}, {}}});
    const QByteArray raw = manifest.serialize();
    QVERIFY(raw.contains("\"size\":6442450951"));
    QCOMPARE(Manifest::parse(raw)->layers().first().size, big);
}

void TestManifest::descriptorOfManifest()
{
    Manifest index;
    index.setKind(Manifest::Kind::ImageIndex);
    index.setManifests({Descriptor{QString(MediaType::ImageManifest), *Digest::parse(sha('3')), 9, {}, {}, {}, {}}});
    const Descriptor descriptor = index.descriptor();
    QCOMPARE(descriptor.mediaType, QString(MediaType::ImageIndex));
    QCOMPARE(descriptor.size, qint64(index.serialize().size()));
    QCOMPARE(descriptor.digest, Digest::ofBytes(index.serialize()));
    QVERIFY(!index.serialize().contains("layers"));
}

void TestManifest::withdrawnArtifactManifestRoundTrips()
{
    Manifest manifest;
    manifest.setKind(Manifest::Kind::ArtifactManifest);
    manifest.setArtifactType(QStringLiteral("application/vnd.example.sig"));
    manifest.setBlobs({Descriptor::of(QStringLiteral("application/octet-stream"), *Digest::parse(sha('5')), 12)});
    manifest.setSubject(Descriptor::of(QString(MediaType::ImageManifest), *Digest::parse(sha('6')), 300));
    const QByteArray raw = manifest.serialize();
    // The release candidates' field order; no schemaVersion, no config or layers.
    QVERIFY2(raw.startsWith(R"({"mediaType":"application/vnd.oci.artifact.manifest.v1+json",)"
                            R"("artifactType":"application/vnd.example.sig","blobs":[)"),
             raw.constData());
    QVERIFY(!raw.contains("schemaVersion") && !raw.contains("layers"));

    auto parsed = Manifest::parse(raw);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->blobs(), manifest.blobs());
    QCOMPARE(parsed->references(), manifest.blobs());
    QCOMPARE(parsed->subject()->digest, *Digest::parse(sha('6')));
    QCOMPARE(parsed->serialize(), raw);
    QCOMPARE(parsed->descriptor().mediaType, QString(MediaType::ArtifactManifest));
    QCOMPARE(parsed->descriptor().artifactType, QStringLiteral("application/vnd.example.sig"));
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
