#include <QAbstractItemModelTester>
#include <QTest>

#include "activitylogmodel.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "topology/templates.h"
#include "topologydocument.h"
#include "util/activitylog.h"

using Severity = Ui::CoreApi::Finding::Severity;

class TestUiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityLogModelFollowsTheLog();
    void activityLogModelSurvivesDroppedEntries();
    void findingsModelFollowsValidation();
    void findingsFilterBySeverityAndText();
    void findingsSortWorstFirst();

private:
    static Topology::Topology brokenTopology();
};

Topology::Topology TestUiModels::brokenTopology()
{
    Topology::Topology topology = Topology::makeTemplate(Topology::TopologyKind::MultipleRegistries);
    topology.registries.first().endpoint = QStringLiteral("https://bad.example.com");
    topology.spokes.first().registry.timeout = QStringLiteral("5s");
    return topology;
}

void TestUiModels::activityLogModelFollowsTheLog()
{
    Util::ActivityLog log;
    Ui::ActivityLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    log.info(QStringLiteral("Test"), QStringLiteral("first"));
    log.warning(QStringLiteral("Test"), QStringLiteral("second"));
    log.error(QStringLiteral("Test"), QStringLiteral("third"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, Ui::ActivityLogModel::MessageColumn).data().toString(), QStringLiteral("third"));
    QVERIFY(!model.index(1, Ui::ActivityLogModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::activityLogModelSurvivesDroppedEntries()
{
    Util::ActivityLog log(20);
    Ui::ActivityLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 100; ++i)
        log.info(QStringLiteral("Test"), QString::number(i));
    QCOMPARE(model.rowCount(), log.entries().size());
    QCOMPARE(model.index(model.rowCount() - 1, Ui::ActivityLogModel::MessageColumn).data().toString(),
             QStringLiteral("99"));
}

void TestUiModels::findingsModelFollowsValidation()
{
    Ui::TopologyDocument document;
    Ui::FindingsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    document.reset(brokenTopology());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.count(Severity::Error) > 0);
    QCOMPARE(model.rowCount(), document.findings().size());

    bool pointsAtRegistry = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto element = model.index(row, 0).data(Ui::FindingsModel::ElementRole).value<Ui::ElementRef>();
        pointsAtRegistry |= element == Ui::ElementRef::registry(document.topology().registries.first().id);
    }
    QVERIFY(pointsAtRegistry);

    document.reset(Topology::makeTemplate(Topology::TopologyKind::SingleExternalRegistry));
    QCOMPARE(model.count(Severity::Error), 0);
}

void TestUiModels::findingsFilterBySeverityAndText()
{
    Ui::TopologyDocument document;
    document.reset(brokenTopology());
    Ui::FindingsModel model(&document);
    Ui::FindingsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int all = filter.rowCount();
    filter.setSeverityVisible(Severity::Error, false);
    QCOMPARE(filter.rowCount(), all - model.count(Severity::Error));
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row, 0).data(Ui::FindingsModel::SeverityRole).toInt() != int(Severity::Error));

    filter.setSeverityVisible(Severity::Error, true);
    filter.setFilterFixedString(QStringLiteral("no-finding-says-this"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterFixedString(QString());
    QCOMPARE(filter.rowCount(), all);
}

void TestUiModels::findingsSortWorstFirst()
{
    Ui::TopologyDocument document;
    document.reset(brokenTopology());
    Ui::FindingsModel model(&document);
    Ui::FindingsFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(Ui::FindingsModel::SeverityColumn, Qt::DescendingOrder);
    QVERIFY(filter.rowCount() > 1);
    QCOMPARE(filter.index(0, 0).data(Ui::FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    for (int row = 1; row < filter.rowCount(); ++row) {
        QVERIFY(filter.index(row - 1, 0).data(Ui::FindingsModel::SeverityRole).toInt() >=
                filter.index(row, 0).data(Ui::FindingsModel::SeverityRole).toInt());
    }
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
