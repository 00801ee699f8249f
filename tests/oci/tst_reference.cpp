#include <QTest>

#include "oci/reference.h"

using Oci::Reference;

class TestReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidReferences_data();
    void parsesValidReferences();
    void rejectsInvalidReferences_data();
    void rejectsInvalidReferences();
    void registryOnly();
    void layoutReferences_data();
    void layoutReferences();
    void tagValidation_data();
    void tagValidation();
    void builders();
};

void TestReference::parsesValidReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("canonical");

    const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("host/repo") << "registry.example.com/app"
                               << "registry.example.com" << -1 << "app"
                               << ""
                               << ""
                               << "registry.example.com/app";
    QTest::newRow("port, path, tag") << "reg:5000/mural-workloads/definitions/gpu:v1.2.3"
                                     << "reg" << 5000 << "mural-workloads/definitions/gpu"
                                     << "v1.2.3"
                                     << ""
                                     << "reg:5000/mural-workloads/definitions/gpu:v1.2.3";
    QTest::newRow("digest") << QStringLiteral("reg/app@") + digest << "reg" << -1 << "app"
                            << "" << digest << QStringLiteral("reg/app@") + digest;
    QTest::newRow("tag and digest") << QStringLiteral("reg/app:v1@") + digest << "reg" << -1 << "app"
                                    << "v1" << digest << QStringLiteral("reg/app:v1@") + digest;
    QTest::newRow("ipv6") << "[::1]:5000/x/y:t"
                          << "::1" << 5000 << "x/y"
                          << "t"
                          << ""
                          << "[::1]:5000/x/y:t";
    QTest::newRow("ipv6 no port") << "[fe80::2]/x"
                                  << "fe80::2" << -1 << "x"
                                  << ""
                                  << ""
                                  << "[fe80::2]/x";
    QTest::newRow("oci scheme") << "oci://zot.hub.svc:5000/mural-workloads:latest"
                                << "zot.hub.svc" << 5000 << "mural-workloads"
                                << "latest"
                                << ""
                                << "zot.hub.svc:5000/mural-workloads:latest";
    QTest::newRow("separators") << "h/a.b_c__d-e---f/g"
                                << "h" << -1 << "a.b_c__d-e---f/g"
                                << ""
                                << ""
                                << "h/a.b_c__d-e---f/g";
    QTest::newRow("ip address") << "127.0.0.1:5000/app"
                                << "127.0.0.1" << 5000 << "app"
                                << ""
                                << ""
                                << "127.0.0.1:5000/app";
}

void TestReference::parsesValidReferences()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);
    QFETCH(QString, canonical);

    auto reference = Reference::parse(text);
    QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().message));
    QCOMPARE(reference->kind(), Reference::Kind::Registry);
    QCOMPARE(reference->host(), host);
    QCOMPARE(reference->port(), port);
    QCOMPARE(reference->repository(), repository);
    QCOMPARE(reference->tag(), tag);
    QCOMPARE(reference->digest().toString(), digest);
    QCOMPARE(reference->toString(), canonical);
    QCOMPARE(reference->identifier(), !digest.isEmpty() ? digest : tag.isEmpty() ? QStringLiteral("latest") : tag);
}

void TestReference::rejectsInvalidReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("no repository") << "reg.example"
                                   << "no repository";
    QTest::newRow("upper case") << "reg/Team/app"
                                << "upper-case";
    QTest::newRow("leading dot") << "reg/.app"
                                 << "component '.app'";
    QTest::newRow("double dot") << "reg/a..b"
                                << "component 'a..b'";
    QTest::newRow("triple underscore") << "reg/a___b"
                                       << "component 'a___b'";
    QTest::newRow("trailing dash") << "reg/a-"
                                   << "component 'a-'";
    QTest::newRow("empty component") << "reg/a//b"
                                     << "empty path component";
    QTest::newRow("bad char") << "reg/a+b"
                              << "'+'";
    QTest::newRow("bad tag") << "reg/a:-x"
                             << "must start with";
    QTest::newRow("tag char") << "reg/a:v1+build"
                              << "only letters";
    QTest::newRow("bad digest") << "reg/a@sha256:XYZ"
                                << "not a digest";
    QTest::newRow("bad port") << "reg:99999/a"
                              << "port '99999'";
    QTest::newRow("empty port") << "reg:/a"
                                << "empty port";
    QTest::newRow("unclosed ipv6") << "[::1:5000/a"
                                   << "']'";
    QTest::newRow("name in brackets") << "[zz]:5301/x:v1"
                                      << "not an IPv6 address";
    QTest::newRow("http scheme") << "https://reg/a"
                                 << "oci://";
    QTest::newRow("bad host") << "re_g/a"
                              << "not a host name";
    QTest::newRow("too long") << QStringLiteral("reg/") + QString(256, QLatin1Char('a')) << "at most 255";
}

void TestReference::rejectsInvalidReferences()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    auto reference = Reference::parse(text);
    QVERIFY(!reference);
    QVERIFY2(reference.error().message.contains(messagePart), qPrintable(reference.error().message));
}

void TestReference::registryOnly()
{
    for (const QString &text : {QStringLiteral("oci://reg.example:5000"), QStringLiteral("reg.example:5000/"),
                                QStringLiteral("reg.example:5000")}) {
        auto reference = Reference::parse(text, true);
        QVERIFY2(reference, qPrintable(text));
        QCOMPARE(reference->registry(), QStringLiteral("reg.example:5000"));
        QVERIFY(reference->repository().isEmpty());
    }
    auto ipv6 = Reference::parse(QStringLiteral("oci://[::1]:5000"), true);
    QVERIFY(ipv6);
    QCOMPARE(ipv6->registry(), QStringLiteral("[::1]:5000"));
}

void TestReference::layoutReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");

    QTest::newRow("dir") << "oci-layout:/tmp/bundle"
                         << "/tmp/bundle"
                         << "";
    QTest::newRow("dir and tag") << "oci-layout:/tmp/bundle:v1"
                                 << "/tmp/bundle"
                                 << "v1";
    QTest::newRow("relative tar") << "oci-layout:out/bundle.tar:latest"
                                  << "out/bundle.tar"
                                  << "latest";
    QTest::newRow("colon in dir") << "oci-layout:/mnt/c:dir/bundle"
                                  << "/mnt/c:dir/bundle"
                                  << "";
    // Layout ref names may carry semver build metadata; registry tags may not (see tagValidation).
    QTest::newRow("build metadata") << "oci-layout:/tmp/bundle:1.0.0+build.1"
                                    << "/tmp/bundle"
                                    << "1.0.0+build.1";
}

void TestReference::layoutReferences()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, tag);
    auto reference = Reference::parse(text);
    QVERIFY2(reference, qPrintable(reference ? QString() : reference.error().message));
    QVERIFY(reference->isLayout());
    QCOMPARE(reference->layoutPath(), path);
    QCOMPARE(reference->tag(), tag);
    QCOMPARE(reference->toString(), text);
    QVERIFY(!Reference::parse(QStringLiteral("oci-layout:")));
}

void TestReference::tagValidation_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "v1" << true;
    QTest::newRow("underscore start") << "_x" << true;
    QTest::newRow("dots dashes") << "1.2.3-rc.1_b" << true;
    QTest::newRow("128 chars") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("dot start") << ".x" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("non-ascii") << "vé" << false;
}

void TestReference::tagValidation()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(Reference::validateTag(tag).ok(), valid);
}

void TestReference::builders()
{
    auto reference = Reference::fromParts(QStringLiteral("[::1]:5000"), QStringLiteral("a/b"), QStringLiteral("t"));
    QVERIFY(reference);
    QCOMPARE(reference->toString(), QStringLiteral("[::1]:5000/a/b:t"));
    QCOMPARE(reference->withTag(QStringLiteral("u")).toString(), QStringLiteral("[::1]:5000/a/b:u"));
    QCOMPARE(reference->withRepository(QStringLiteral("c")).tag(), QStringLiteral("t"));
    QVERIFY(!Reference::fromParts(QStringLiteral("reg"), QStringLiteral("BAD")));
}

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
