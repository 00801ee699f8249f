#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include "awaitresult.h"
#include "oci/compatibilitycheck.h"
#include "oci/registryclient.h"
#include "registryserver.h"

using namespace Oci;
using TestSupport::RegistryServer;
using Outcome = CompatibilityCheck::Outcome;

class TestCompat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compatibleRegistry_data();
    void compatibleRegistry();
    void refusedDeleteNamesWhatStays();
    void wrongPassword();
    void unreachable();

private:
    static QList<CompatibilityCheck::Step> runCheck(const QString &registry, const ConnectionSettings &settings,
                                                    Jobs::Job::State &state);
};

Q_DECLARE_METATYPE(RegistryServer::Mode)

QList<CompatibilityCheck::Step> TestCompat::runCheck(const QString &registry, const ConnectionSettings &settings,
                                                     Jobs::Job::State &state)
{
    CompatibilityCheck check(registry, QStringLiteral("paletteai/probe"), settings);
    QSignalSpy finished(&check, &Jobs::Job::finished);
    check.start();
    if (!finished.wait(120'000))
        qFatal("the check did not finish");
    state = check.state();
    return check.steps();
}

void TestCompat::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty())
        QSKIP("docker-registry is not installed");
}

void TestCompat::compatibleRegistry_data()
{
    QTest::addColumn<RegistryServer::Mode>("mode");
    QTest::newRow("plain") << RegistryServer::Mode::Plain;
    QTest::newRow("htpasswd") << RegistryServer::Mode::Htpasswd;
    QTest::newRow("tls") << RegistryServer::Mode::Tls;
    QTest::newRow("tls client certificate") << RegistryServer::Mode::TlsClientCert;
}

void TestCompat::compatibleRegistry()
{
    QFETCH(RegistryServer::Mode, mode);
    RegistryServer server(mode);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    Jobs::Job::State state{};
    const auto steps = runCheck(server.hostPort(), server.connectionSettings(), state);
    QCOMPARE(state, Jobs::Job::State::Succeeded);
    QStringList ids;
    for (const auto &step : steps) {
        ids.append(step.id);
        QVERIFY2(step.outcome != Outcome::Failed, qPrintable(step.title + QStringLiteral(": ") + step.detail));
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("reach"), QStringLiteral("authenticate"), QStringLiteral("push"),
                               QStringLiteral("read-back"), QStringLiteral("tags"), QStringLiteral("referrers"),
                               QStringLiteral("delete")}));
    QCOMPARE(steps.at(1).outcome, server.usesAuth() ? Outcome::Passed : Outcome::Skipped);
    // Distribution 2.8 has no referrers API: the tag fallback must have carried the step.
    QVERIFY(steps.at(5).detail.contains(QLatin1String("fallback")));
    QCOMPARE(steps.at(6).outcome, Outcome::Passed);
}

void TestCompat::refusedDeleteNamesWhatStays()
{
    RegistryServer::Options options;
    options.deleteEnabled = false;
    RegistryServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    Jobs::Job::State state{};
    const auto steps = runCheck(server.hostPort(), server.connectionSettings(), state);
    QCOMPARE(state, Jobs::Job::State::Succeeded);
    const auto &deleted = steps.last();
    QCOMPARE(deleted.id, QStringLiteral("delete"));
    QCOMPARE(deleted.outcome, Outcome::Skipped);
    // The tags left behind are named, so that an administrator can find them; the registry's words follow once.
    const QString tagsLeft = QStringLiteral("so (probe-\\d+) and (sha256-[0-9a-f]{64}) stay in (\\S+) — ");
    const QRegularExpression left(tagsLeft);
    const QRegularExpressionMatch named = left.match(deleted.detail);
    QVERIFY2(named.hasMatch(), qPrintable(deleted.detail));
    QCOMPARE(deleted.detail.count(QLatin1String("UNSUPPORTED")), 1);

    RegistryClient client(server.hostPort(), server.connectionSettings());
    auto tags =
        TestSupport::await<ListResult>([&](auto done) { return client.listTags(named.captured(3), this, done); });
    QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message));
    QVERIFY2(tags->names.contains(named.captured(1)) && tags->names.contains(named.captured(2)),
             qPrintable(tags->names.join(u',')));
}

void TestCompat::wrongPassword()
{
    RegistryServer server(RegistryServer::Mode::Htpasswd);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ConnectionSettings settings = server.connectionSettings();
    settings.credential.password = QStringLiteral("not-the-password");

    Jobs::Job::State state{};
    const auto steps = runCheck(server.hostPort(), settings, state);
    QCOMPARE(state, Jobs::Job::State::Failed);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).outcome, Outcome::Passed);
    QCOMPARE(steps.at(1).outcome, Outcome::Failed);
    QVERIFY(!steps.at(0).unanswered);
    // The registry's own words travel to the report.
    QVERIFY2(steps.at(1).detail.contains(QLatin1String("401")), qPrintable(steps.at(1).detail));
}

void TestCompat::unreachable()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString registry = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();

    ConnectionSettings settings;
    settings.plainHttp = true;
    settings.phaseTimeoutMs = 5000;
    Jobs::Job::State state{};
    const auto steps = runCheck(registry, settings, state);
    QCOMPARE(state, Jobs::Job::State::Failed);
    QCOMPARE(steps.first().id, QStringLiteral("reach"));
    QCOMPARE(steps.first().outcome, Outcome::Failed);
    QVERIFY(!steps.first().detail.isEmpty());
    // No HTTP answer at all: the check cannot tell whether the registry is compatible.
    QVERIFY(steps.first().unanswered);

    // Plain HTTP to a TLS registry: it answers 400, but the client spoke the wrong protocol, so the
    // registry's compatibility is just as unknown.
    RegistryServer tls(RegistryServer::Mode::Tls);
    QVERIFY2(tls.start(), qPrintable(tls.errorString()));
    const auto mismatched = runCheck(tls.hostPort(), settings, state);
    QCOMPARE(state, Jobs::Job::State::Failed);
    QCOMPARE(mismatched.first().outcome, Outcome::Failed);
    QVERIFY2(mismatched.first().detail.contains(QLatin1String("drop --plain-http")),
             qPrintable(mismatched.first().detail));
    QVERIFY(mismatched.first().unanswered);
}

QTEST_GUILESS_MAIN(TestCompat)
#include "tst_compat.moc"
