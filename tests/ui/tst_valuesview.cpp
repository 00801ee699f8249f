#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dialogs.h"
#include "topology/templates.h"
#include "topologydocument.h"
#include "util/activitylog.h"
#include "util/atomicfile.h"
#include "valuesview.h"

class TestValuesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewFollowsTheTopology();
    void exportWritesTheValues();
    void mergeShowsTheDiffBeforeWriting();
    void discardedMergeWritesNothing();
    void errorsAskBeforeExport();
    void secretManifestsGoToTheirOwnDirectory();

private:
    QString copyOfSample() const;

    QTemporaryDir m_dir;
    Util::ActivityLog m_log;
    std::unique_ptr<Ui::TopologyDocument> m_document;
    std::unique_ptr<Ui::ValuesView> m_view;
};

void TestValuesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestValuesView::init()
{
    m_document = std::make_unique<Ui::TopologyDocument>();
    m_document->reset(Topology::makeTemplate(Topology::TopologyKind::MultipleRegistries));
    m_view = std::make_unique<Ui::ValuesView>(m_document.get(), &m_log);
    m_view->resize(1200, 800);
    m_view->show();
}

void TestValuesView::cleanup()
{
    Ui::Dialogs::resetHandlers();
}

QString TestValuesView::copyOfSample() const
{
    const QString path = m_dir.filePath(QStringLiteral("values.yaml"));
    QFile::remove(path);
    QFile::copy(QStringLiteral(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestValuesView::previewFollowsTheTopology()
{
    QVERIFY(m_view->previewText().contains(QLatin1String("ociRegistry:")));
    const QString spoke = m_document->topology().spokes.first().name;
    QVERIFY(m_view->previewText().contains(spoke));

    m_document->edit(QStringLiteral("rename"),
                     [&](Topology::Topology &t) { t.spoke(spoke)->name = QStringLiteral("renamed-in-test"); });
    QTRY_VERIFY(m_view->previewText().contains(QLatin1String("renamed-in-test")));
}

void TestValuesView::exportWritesTheValues()
{
    const QString path = m_dir.filePath(QStringLiteral("exported.yaml"));
    Ui::Dialogs::setSaveFileHandler([&](const QString &, const QString &) { return path; });
    QVERIFY(m_view->exportToFile());
    const auto written = Util::readFile(path);
    QVERIFY(written.ok());
    QCOMPARE(QString::fromUtf8(written.value()), m_view->previewText());
}

void TestValuesView::mergeShowsTheDiffBeforeWriting()
{
    const QString path = copyOfSample();
    const QByteArray original = Util::readFile(path).value();
    Ui::Dialogs::setOpenFileHandler([&](const QString &, const QString &) { return path; });

    QVERIFY(m_view->prepareMerge());
    QVERIFY(m_view->isMergePending());
    QCOMPARE(Util::readFile(path).value(), original); // nothing written yet

    const QString diff = m_view->diffText();
    QVERIFY(diff.startsWith(QLatin1String("--- values.yaml")));
    QVERIFY(diff.contains(QLatin1String("\n-")));
    QVERIFY(diff.contains(QLatin1String("\n+")));
    // The sample has comments and inline passwords: the report says both plainly.
    const QString report = m_view->mergeReport().join(QLatin1Char('\n'));
    QVERIFY2(report.contains(QLatin1String("comment"), Qt::CaseInsensitive), qPrintable(report));
    QVERIFY(m_view->findChild<QLabel *>() != nullptr);

    QVERIFY(m_view->writeMerge());
    QVERIFY(!m_view->isMergePending());
    const QByteArray merged = Util::readFile(path).value();
    QVERIFY(merged != original);
    QVERIFY(merged.contains("canvas.paletteai.example.com")); // keys the console does not own survive
}

void TestValuesView::discardedMergeWritesNothing()
{
    const QString path = copyOfSample();
    const QByteArray original = Util::readFile(path).value();
    QVERIFY(m_view->prepareMerge(path));
    m_view->discardMerge();
    QVERIFY(!m_view->writeMerge());
    QCOMPARE(Util::readFile(path).value(), original);
}

void TestValuesView::errorsAskBeforeExport()
{
    m_document->edit(QStringLiteral("break"),
                     [](Topology::Topology &t) { t.registries.first().endpoint = QStringLiteral("oci://docker.io"); });
    m_document->validateNow();

    int asked = 0;
    Ui::Dialogs::setQuestionHandler([&](const QString &, const QString &) {
        ++asked;
        return QMessageBox::No;
    });
    bool fileAsked = false;
    Ui::Dialogs::setSaveFileHandler([&](const QString &, const QString &) {
        fileAsked = true;
        return m_dir.filePath(QStringLiteral("never.yaml"));
    });
    QVERIFY(!m_view->exportToFile());
    QCOMPARE(asked, 1);
    QVERIFY(!fileAsked);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.yaml"))));
}

void TestValuesView::secretManifestsGoToTheirOwnDirectory()
{
    // Inline credentials become secret names in the values and manifests beside them.
    m_document->edit(QStringLiteral("inline"), [](Topology::Topology &t) {
        Topology::RegistryConnection &connection = t.spokes.first().registry;
        connection.basicAuthSecretName.clear();
        connection.basicAuth = Topology::BasicAuth{QStringLiteral("puller"), {}, QStringLiteral("s3cret"), false};
    });
    const QString directory = m_dir.filePath(QStringLiteral("secrets"));
    Ui::Dialogs::setDirectoryHandler([&](const QString &, const QString &) { return directory; });
    QString shown;
    Ui::Dialogs::setMessageHandler([&](QMessageBox::Icon, const QString &, const QString &text) { shown = text; });

    QVERIFY(m_view->exportSecretManifests());
    QVERIFY(!QDir(directory).entryList({QStringLiteral("*.yaml")}, QDir::Files).isEmpty());
    QVERIFY(!shown.isEmpty());
    m_view->refresh();
    QVERIFY(!m_view->previewText().contains(QLatin1String("s3cret")));
}

QTEST_MAIN(TestValuesView)
#include "tst_valuesview.moc"
