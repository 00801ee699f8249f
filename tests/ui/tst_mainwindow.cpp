#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "dialogs.h"
#include "emptystatewidget.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "propertyeditor.h"
#include "mainwindow.h"
#include "settings.h"
#include "templatedialog.h"
#include "topologydocument.h"
#include "topologyscene.h"
#include "topologyview.h"
#include "util/activitylog.h"
#include "util/atomicfile.h"

using Ui::ElementRef;
using Ui::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void templateCreatesEachKind_data();
    void templateCreatesEachKind();
    void importingTheSampleValuesFile();
    void importRefusesValuesWithTypeErrors();
    void clickingAFindingSelectsItsElement();
    void titleShowsUnsavedChanges();
    void discardingAsksFirst();
    void saveAndOpenRoundTrip();
    void exportsTheDiagram_data();
    void exportsTheDiagram();
    void laterViewsExplainTheirEmptyState();
    void windowStateIsRemembered();
    void deleteKeyRemovesTheCanvasSelectionOnly();

private:
    std::unique_ptr<MainWindow> makeWindow();

    Util::ActivityLog m_log;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaletteAI-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    Ui::Dialogs::resetHandlers();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(&m_log);
    window->show();
    return window;
}

void TestMainWindow::templateCreatesEachKind_data()
{
    QTest::addColumn<Topology::TopologyKind>("kind");
    QTest::newRow("hub-as-spoke") << Topology::TopologyKind::HubAsSpoke;
    QTest::newRow("single-external") << Topology::TopologyKind::SingleExternalRegistry;
    QTest::newRow("registry-on-hub") << Topology::TopologyKind::RegistryOnHub;
    QTest::newRow("multiple-registries") << Topology::TopologyKind::MultipleRegistries;
}

void TestMainWindow::templateCreatesEachKind()
{
    QFETCH(Topology::TopologyKind, kind);
    auto window = makeWindow();
    QString description;
    Ui::Dialogs::setExecHandler([&](QDialog *dialog) {
        auto *templates = qobject_cast<Ui::TemplateDialog *>(dialog);
        templates->setKind(kind);
        description = templates->description();
        return int(QDialog::Accepted);
    });

    QVERIFY(window->newFromTemplate());
    QVERIFY(description.contains(Topology::describe(kind).left(40).toHtmlEscaped()));
    QCOMPARE(window->document()->kind(), kind);
    QVERIFY(window->statusText().contains(Topology::displayName(kind)));
    QVERIFY(window->scene()->nodeItems().size() >= 2);
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::importingTheSampleValuesFile()
{
    auto window = makeWindow();
    QVERIFY(window->importValues(QStringLiteral(PRC_TEST_DATA_DIR "/values/three-spokes-two-registries.yaml")));

    const Topology::Topology &topology = window->document()->topology();
    QCOMPARE(topology.spokes.size(), 3);
    QVERIFY(topology.spoke(QStringLiteral("gpu-east-1")));
    QVERIFY(topology.spoke(QStringLiteral("edge-west")));
    QCOMPARE(topology.registries.size(), 3);
    QCOMPARE(window->document()->kind(), Topology::TopologyKind::MultipleRegistries);
    QVERIFY(window->scene()->nodeItem(ElementRef::spoke(QStringLiteral("edge-west"))));

    // The inline password in the sample is reported, not dropped silently.
    bool reported = false;
    for (const auto &entry : m_log.entries())
        reported |= entry.message.contains(QLatin1String("password"), Qt::CaseInsensitive);
    QVERIFY(reported);
}

void TestMainWindow::importRefusesValuesWithTypeErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("values.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hue:\n  ociRegistry:\n    endpoint: 'oci://registry.example.com'\n    insecure: yes\n");
    file.close();

    auto window = makeWindow();
    QString shown;
    Ui::Dialogs::setMessageHandler([&](QMessageBox::Icon, const QString &, const QString &text) { shown = text; });

    const QString before = window->document()->topology().name;
    QVERIFY(!window->importValues(path));
    QVERIFY2(shown.contains(QLatin1String("insecure")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String(":4:")));
    QCOMPARE(window->document()->topology().name, before);
}

void TestMainWindow::clickingAFindingSelectsItsElement()
{
    auto window = makeWindow();
    QVERIFY(window->createFromTemplate(Topology::TopologyKind::MultipleRegistries));
    const QString registry = window->document()->topology().registries.last().id;
    window->document()->edit(QStringLiteral("break"), [&](Topology::Topology &t) {
        t.registry(registry)->endpoint = QStringLiteral("oci://docker.io");
    });
    window->document()->validateNow();

    QTreeView *view = window->findingsPanel()->view();
    QModelIndex target;
    for (int row = 0; row < view->model()->rowCount() && !target.isValid(); ++row) {
        const QModelIndex index = view->model()->index(row, Ui::FindingsModel::MessageColumn);
        if (index.data(Ui::FindingsModel::ElementRole).value<ElementRef>() == ElementRef::registry(registry))
            target = index;
    }
    QVERIFY(target.isValid());
    view->scrollTo(target);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(target).center());

    QCOMPARE(window->scene()->selectedElements(), QList<ElementRef>{ElementRef::registry(registry)});
    QCOMPARE(window->currentPage(), MainWindow::Page::Topology);
}

void TestMainWindow::titleShowsUnsavedChanges()
{
    auto window = makeWindow();
    QVERIFY(window->createFromTemplate(Topology::TopologyKind::SingleExternalRegistry));
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->windowTitle().contains(QLatin1String("[*]")));

    window->document()->addSpoke(QString());
    QVERIFY(window->isWindowModified());
    window->document()->undoStack()->undo();
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::discardingAsksFirst()
{
    auto window = makeWindow();
    QVERIFY(window->createFromTemplate(Topology::TopologyKind::SingleExternalRegistry));
    window->document()->addSpoke(QString());
    const qsizetype spokes = window->document()->topology().spokes.size();

    int asked = 0;
    Ui::Dialogs::setQuestionHandler([&](const QString &, const QString &) {
        ++asked;
        return QMessageBox::Cancel;
    });
    QVERIFY(!window->createFromTemplate(Topology::TopologyKind::HubAsSpoke));
    QCOMPARE(asked, 1);
    QCOMPARE(window->document()->topology().spokes.size(), spokes);

    Ui::Dialogs::setQuestionHandler([&](const QString &, const QString &) { return QMessageBox::Discard; });
    QVERIFY(window->createFromTemplate(Topology::TopologyKind::HubAsSpoke));
    QCOMPARE(window->document()->kind(), Topology::TopologyKind::HubAsSpoke);
}

void TestMainWindow::saveAndOpenRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("fleet.prc-topology.yaml"));
    {
        auto window = makeWindow();
        QVERIFY(window->createFromTemplate(Topology::TopologyKind::MultipleRegistries));
        window->document()->addSpoke(QString());
        Ui::Dialogs::setSaveFileHandler([&](const QString &, const QString &) { return path; });
        QVERIFY(window->save());
        QVERIFY(!window->document()->isModified());
        QVERIFY(window->windowTitle().startsWith(QLatin1String("fleet.prc-topology.yaml")));
    }
    QCOMPARE(Ui::Settings::recentFiles().value(0), path);

    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    QCOMPARE(window->document()->filePath(), path);
    QVERIFY(window->document()->topology().spoke(QStringLiteral("spoke-1")));
}

void TestMainWindow::exportsTheDiagram_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("diagram.png") << QByteArray("\x89PNG");
    QTest::newRow("pdf") << QStringLiteral("diagram.pdf") << QByteArray("%PDF");
}

void TestMainWindow::exportsTheDiagram()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    auto window = makeWindow();
    QVERIFY(window->createFromTemplate(Topology::TopologyKind::MultipleRegistries));
    const QString path = m_dir.filePath(fileName);
    Ui::Dialogs::setSaveFileHandler([&](const QString &, const QString &) { return path; });
    QVERIFY(window->exportDiagram());
    const auto data = Util::readFile(path);
    QVERIFY(data.ok());
    QVERIFY(data.value().startsWith(magic));
    QVERIFY(data.value().size() > 1000);
}

void TestMainWindow::laterViewsExplainTheirEmptyState()
{
    auto window = makeWindow();
    for (auto page : {MainWindow::Page::Registries, MainWindow::Page::Artifacts, MainWindow::Page::Sync}) {
        window->showPage(page);
        QCOMPARE(window->currentPage(), page);
    }
    const QList<Ui::EmptyStateWidget *> placeholders = window->findChildren<Ui::EmptyStateWidget *>();
    QCOMPARE(placeholders.size(), 3);
    for (Ui::EmptyStateWidget *placeholder : placeholders) {
        QString text;
        for (QLabel *label : placeholder->findChildren<QLabel *>())
            text += label->text();
        QVERIFY(text.size() > 80); // says what will appear and how to get there
        QVERIFY(!text.contains(QLatin1String("TODO")));
    }
}

void TestMainWindow::windowStateIsRemembered()
{
    QByteArray geometry;
    {
        auto window = makeWindow();
        window->resize(1180, 720);
        window->findChild<QDockWidget *>(QStringLiteral("activityDock"))->hide();
        QTest::qWait(10);
        geometry = window->saveGeometry();
        QVERIFY(window->close());
    }
    QVERIFY(!Ui::Settings::mainWindowGeometry().isEmpty());
    QVERIFY(!Ui::Settings::mainWindowState().isEmpty());

    auto window = makeWindow();
    QCOMPARE(window->size(), QSize(1180, 720));
    QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("activityDock"))->isHidden());
}

void TestMainWindow::deleteKeyRemovesTheCanvasSelectionOnly()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->createFromTemplate(Topology::TopologyKind::MultipleRegistries));
    const QString spoke = window->document()->topology().spokes.first().name;
    window->scene()->selectElements({ElementRef::spoke(spoke)});

    // Typing Delete in a field of the property editor edits the field, not the topology.
    auto *field = window->propertyEditor()->findChild<QLineEdit *>(QStringLiteral("repository"));
    QVERIFY(field);
    field->setFocus();
    field->setCursorPosition(0);
    QTest::keyClick(field, Qt::Key_Delete);
    QVERIFY(window->document()->topology().spoke(spoke));

    window->view()->setFocus();
    QTest::keyClick(window->view()->viewport(), Qt::Key_Delete);
    QVERIFY(!window->document()->topology().spoke(spoke));
    window->document()->undoStack()->undo();
    QVERIFY(window->document()->topology().spoke(spoke));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
