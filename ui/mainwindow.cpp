#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include "activitylogwidget.h"
#include "coreapi.h"
#include "diagramexporter.h"
#include "dialogs.h"
#include "emptystatewidget.h"
#include "findingspanel.h"
#include "propertyeditor.h"
#include "settings.h"
#include "templatedialog.h"
#include "topologydocument.h"
#include "topologyscene.h"
#include "topologyview.h"
#include "util/activitylog.h"
#include "valuesview.h"

namespace Ui {

namespace {

QString source()
{
    return MainWindow::tr("Topology");
}

QString topologyFilter()
{
    return MainWindow::tr("Topology files (*.prc-topology.yaml *.yaml *.yml);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Util::ActivityLog *log, QWidget *parent)
    : QMainWindow(parent)
    , m_log(log)
    , m_document(new TopologyDocument(this))
    , m_scene(new TopologyScene(m_document, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_scene->setShowHubApiEdges(Settings::showHubApiEdges());
    createActions();
    createPages();
    createDocks();
    createMenus();

    m_kindStatus = new QLabel;
    m_findingsStatus = new QLabel;
    statusBar()->addPermanentWidget(m_kindStatus);
    statusBar()->addPermanentWidget(m_findingsStatus);

    connect(m_document, &TopologyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TopologyDocument::kindChanged, this, &MainWindow::updateStatus);
    connect(m_document, &TopologyDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &TopologyDocument::topologyChanged, this, &MainWindow::updateHeader);
    connect(m_document, &TopologyDocument::documentReset, this, &MainWindow::updateHeader);
    connect(m_scene, &TopologyScene::elementsSelected, m_propertyEditor, &PropertyEditor::setElements);
    connect(m_scene, &TopologyScene::connectionRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 5000); });
    connect(m_propertyEditor, &PropertyEditor::elementRenamed, this,
            [this](const ElementRef &, const ElementRef &to) { m_scene->selectElements({to}); });
    connect(m_findingsPanel, &FindingsPanel::elementActivated, this, &MainWindow::revealElement);

    m_document->validateNow();
    restoreWindowState();
    updateRecentFilesMenu();
    updateTitle();
    updateStatus();
    updateHeader();
}

MainWindow::~MainWindow()
{
    // The document goes before the views that show it; stop the views hearing from it first.
    m_scene->blockSignals(true);
    m_document->blockSignals(true);
}

void MainWindow::createActions()
{
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        m_actions.insert(name, action);
        return action;
    };

    connect(add(QStringLiteral("actionNew"), tr("&New from Template…"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newFromTemplate);
    connect(add(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::open);
    connect(add(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save), &QAction::triggered, this,
            &MainWindow::save);
    connect(add(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs), &QAction::triggered, this,
            &MainWindow::saveAs);
    connect(add(QStringLiteral("actionImportValues"), tr("&Import Helm Values…")), &QAction::triggered, this,
            [this] { importValues(); });
    connect(add(QStringLiteral("actionExportValues"), tr("&Export Values…")), &QAction::triggered, this, [this] {
        showPage(Page::Values);
        m_valuesView->exportToFile();
    });
    connect(add(QStringLiteral("actionExportDiagram"), tr("Export &Diagram (PNG/PDF)…")), &QAction::triggered, this,
            &MainWindow::exportDiagram);
    connect(add(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    m_actions.insert(redo->objectName(), redo);
    connect(add(QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete), &QAction::triggered, this,
            [this] { m_document->removeElements(m_scene->selectedElements()); });
    connect(add(QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll), &QAction::triggered,
            this, [this] { m_scene->selectElements(m_scene->nodeItems().keys()); });

    connect(add(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered, this,
            [this] { m_view->zoomIn(); });
    connect(add(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered, this,
            [this] { m_view->zoomOut(); });
    connect(add(QStringLiteral("actionZoomFit"), tr("&Fit to Window"), QKeySequence(tr("Ctrl+0"))), &QAction::triggered,
            this, [this] { m_view->zoomToFit(); });
    connect(add(QStringLiteral("actionArrange"), tr("A&rrange Automatically")), &QAction::triggered, m_document,
            &TopologyDocument::arrangeAutomatically);
    QAction *hubApi = add(QStringLiteral("actionShowHubApi"), tr("Show Hub &API Lines"));
    hubApi->setCheckable(true);
    hubApi->setChecked(m_scene->showHubApiEdges());
    connect(hubApi, &QAction::toggled, this, [this](bool on) {
        m_scene->setShowHubApiEdges(on);
        Settings::setShowHubApiEdges(on);
    });
    connect(add(QStringLiteral("actionAbout"), tr("&About")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About %1").arg(QApplication::applicationName()),
                           tr("<h3>%1 %2</h3><p>Plans the OCI registries of a PaletteAI fleet, checks the plan "
                              "and writes the matching Helm values.</p>")
                               .arg(QApplication::applicationName(), QApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.value(QStringLiteral("actionNew")));
    file->addAction(m_actions.value(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_actions.value(QStringLiteral("actionSave")));
    file->addAction(m_actions.value(QStringLiteral("actionSaveAs")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("actionImportValues")));
    file->addAction(m_actions.value(QStringLiteral("actionExportValues")));
    file->addAction(m_actions.value(QStringLiteral("actionExportDiagram")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions.value(QStringLiteral("actionUndo")));
    edit->addAction(m_actions.value(QStringLiteral("actionRedo")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("actionDelete")));
    edit->addAction(m_actions.value(QStringLiteral("actionSelectAll")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_actions.value(QStringLiteral("actionZoomIn")));
    m_viewMenu->addAction(m_actions.value(QStringLiteral("actionZoomOut")));
    m_viewMenu->addAction(m_actions.value(QStringLiteral("actionZoomFit")));
    m_viewMenu->addAction(m_actions.value(QStringLiteral("actionArrange")));
    m_viewMenu->addAction(m_actions.value(QStringLiteral("actionShowHubApi")));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.value(QStringLiteral("actionAbout")));
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget;

    const auto addPage = [this](const QString &title, QStyle::StandardPixmap icon, QWidget *page) {
        new QListWidgetItem(style()->standardIcon(icon), title, m_navigation);
        m_pages->addWidget(page);
    };
    addPage(tr("Topology"), QStyle::SP_FileDialogDetailedView, createTopologyPage());
    addPage(tr("Registries"), QStyle::SP_DriveNetIcon,
            new EmptyStateWidget(tr("Registries"),
                                 tr("The registries of the open topology will be listed here with their credentials "
                                    "and a live connection check. Add registries on the Topology page; credentials "
                                    "are kept in the system keychain.")));
    addPage(tr("Artifacts"), QStyle::SP_DirIcon,
            new EmptyStateWidget(tr("Artifacts"),
                                 tr("Repositories, tags and Flux artifacts of a registry will be browsable here. "
                                    "Choose a registry of the topology once its credentials are set.")));
    addPage(tr("Sync"), QStyle::SP_BrowserReload,
            new EmptyStateWidget(tr("Sync"),
                                 tr("Spokes whose registry the hub cannot reach will be synchronized from here, "
                                    "directly or through an offline bundle. Mark the hub → registry reachability on "
                                    "the Topology page to see which spokes need it.")));
    m_valuesView = new ValuesView(m_document, m_log);
    addPage(tr("Helm Values"), QStyle::SP_FileIcon, m_valuesView);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::updateDesignerDocks);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

QWidget *MainWindow::createTopologyPage()
{
    m_view = new TopologyView(m_scene);
    // Delete and Select All act on the canvas only, so they keep their meaning in the property editor's fields.
    for (const QString &name : {QStringLiteral("actionDelete"), QStringLiteral("actionSelectAll")}) {
        QAction *action = m_actions.value(name);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(8, 6, 8, 2);

    auto *palette = new QToolBar(tr("Palette"));
    palette->setObjectName(QStringLiteral("palette"));
    palette->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    palette
        ->addAction(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Add Spoke"), this,
                    [this] { m_scene->selectElements({m_document->addSpoke(QString())}); })
        ->setObjectName(QStringLiteral("actionAddSpoke"));
    palette
        ->addAction(style()->standardIcon(QStyle::SP_DesktopIcon), tr("Add Hub-as-Spoke"), this,
                    [this] { m_scene->selectElements({m_document->addSpoke(QString(), true)}); })
        ->setObjectName(QStringLiteral("actionAddHubAsSpoke"));

    auto *registryMenu = new QMenu(this);
    for (auto kind : {Topology::RegistryKind::Zot, Topology::RegistryKind::Harbor, Topology::RegistryKind::Ecr,
                      Topology::RegistryKind::Acr, Topology::RegistryKind::GoogleArtifactRegistry,
                      Topology::RegistryKind::Ghcr, Topology::RegistryKind::Generic}) {
        registryMenu->addAction(Topology::displayName(kind), this, [this, kind] { addRegistryFromPalette(kind); });
    }
    auto *registryButton = new QToolButton;
    registryButton->setText(tr("Add Registry"));
    registryButton->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    registryButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    registryButton->setPopupMode(QToolButton::InstantPopup);
    registryButton->setMenu(registryMenu);
    palette->addWidget(registryButton);

    QAction *connectTool = palette->addAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("Connect"));
    connectTool->setObjectName(QStringLiteral("actionConnectTool"));
    connectTool->setCheckable(true);
    connectTool->setToolTip(tr("Drag from a cluster to a registry to make it use that registry "
                               "(or hold Shift while dragging)"));
    connect(connectTool, &QAction::toggled, m_scene, &TopologyScene::setConnectMode);
    palette->addSeparator();
    palette->addAction(m_actions.value(QStringLiteral("actionDelete")));
    palette->addSeparator();
    palette->addAction(m_actions.value(QStringLiteral("actionZoomIn")));
    palette->addAction(m_actions.value(QStringLiteral("actionZoomOut")));
    palette->addAction(m_actions.value(QStringLiteral("actionZoomFit")));
    palette->addAction(m_actions.value(QStringLiteral("actionArrange")));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(palette);
    layout->addWidget(m_view, 1);
    return page;
}

void MainWindow::createDocks()
{
    const auto addDock = [this](const QString &name, const QString &title, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };

    m_propertyEditor = new PropertyEditor(m_document);
    QDockWidget *properties =
        addDock(QStringLiteral("propertiesDock"), tr("Properties"), m_propertyEditor, Qt::RightDockWidgetArea);
    m_undoView = new QUndoView(m_document->undoStack());
    m_undoView->setEmptyLabel(tr("<opened>"));
    QDockWidget *history = addDock(QStringLiteral("undoDock"), tr("Undo History"), m_undoView, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, history);
    properties->raise();

    m_findingsPanel = new FindingsPanel(m_document);
    QDockWidget *findings =
        addDock(QStringLiteral("findingsDock"), tr("Validation"), m_findingsPanel, Qt::BottomDockWidgetArea);
    m_activityLogWidget = new ActivityLogWidget(m_log);
    QDockWidget *activity =
        addDock(QStringLiteral("activityDock"), tr("Activity Log"), m_activityLogWidget, Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, activity);
    findings->raise();
    resizeDocks({properties}, {380}, Qt::Horizontal);
    resizeDocks({findings}, {200}, Qt::Vertical);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = Settings::mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);
    restoreState(Settings::mainWindowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Remember the designer's docks as the user left them, not as another page hid them.
    for (QDockWidget *dock : std::as_const(m_hiddenForPage))
        dock->show();
    Settings::setMainWindowGeometry(saveGeometry());
    Settings::setMainWindowState(saveState());
    event->accept();
}

void MainWindow::updateDesignerDocks()
{
    // The property editor and the undo history belong to the designer; other pages get their room.
    const bool designer = currentPage() == Page::Topology;
    for (const QString &name : {QStringLiteral("propertiesDock"), QStringLiteral("undoDock")}) {
        auto *dock = findChild<QDockWidget *>(name);
        if (!dock)
            continue;
        if (!designer && dock->isVisible()) {
            m_hiddenForPage.append(dock);
            dock->hide();
        } else if (designer && m_hiddenForPage.removeAll(dock) > 0) {
            dock->show();
        }
    }
    if (designer) {
        if (auto *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock")))
            properties->raise();
    }
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString MainWindow::statusText() const
{
    return m_kindStatus->text() + QLatin1String(" | ") + m_findingsStatus->text();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — %2").arg(m_document->displayName(), QApplication::applicationName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const auto kind = m_document->kind();
    m_kindStatus->setText(kind ? tr("Kind: %1").arg(Topology::displayName(*kind)) : tr("Kind: not determined"));
    m_kindStatus->setToolTip(kind ? Topology::describe(*kind) : QString());

    int errors = 0;
    int warnings = 0;
    for (const CoreApi::Finding &finding : m_document->findings()) {
        errors += finding.severity == CoreApi::Finding::Severity::Error ? 1 : 0;
        warnings += finding.severity == CoreApi::Finding::Severity::Warning ? 1 : 0;
    }
    m_findingsStatus->setText(tr("%n error(s)", nullptr, errors) + QLatin1String(", ") +
                              tr("%n warning(s)", nullptr, warnings));
    updateHeader();
}

void MainWindow::updateHeader()
{
    const Topology::Topology &topology = m_document->topology();
    const auto kind = m_document->kind();
    const QString name = topology.name.isEmpty() ? m_document->displayName() : topology.name;
    const QString counts = tr("%n spoke(s)", nullptr, int(topology.spokes.size())) + QStringLiteral(" · ") +
                           tr("%n registry(ies)", nullptr, int(topology.registries.size()));
    const QString kindText = kind ? Topology::displayName(*kind) : tr("kind not determined");
    m_header->setText(QStringLiteral("<b>%1</b> — %2 · %3%4")
                          .arg(name.toHtmlEscaped(), kindText.toHtmlEscaped(), counts,
                               topology.production ? tr(" · <b>production</b>") : QString()));
    m_header->setToolTip(kind ? Topology::describe(*kind) : QString());

    const bool empty = topology.registries.isEmpty() && topology.spokes.isEmpty();
    m_view->setHint(empty ? tr("Start from a template with File ▸ New from Template…, bring in an existing "
                               "installation with File ▸ Import Helm Values…, or add registries and spokes with "
                               "the palette above and connect them by dragging with Connect or Shift held.")
                          : QString());
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &file : files)
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openFile(file); })->setToolTip(file);
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            Settings::clearRecentFiles();
            updateRecentFilesMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = Dialogs::question(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::loadTopology(const Topology::Topology &topology, const QString &origin)
{
    if (!maybeSave())
        return false;
    m_document->reset(topology);
    m_log->info(source(), origin);
    showPage(Page::Topology);
    m_view->zoomToFit();
    return true;
}

bool MainWindow::newFromTemplate()
{
    TemplateDialog dialog(this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    return createFromTemplate(dialog.kind());
}

bool MainWindow::createFromTemplate(Topology::TopologyKind kind)
{
    return loadTopology(CoreApi::makeTemplate(kind),
                        tr("New topology from the %1 template.").arg(Topology::displayName(kind)));
}

bool MainWindow::open()
{
    const QString path = Dialogs::openFileName(
        this, tr("Open Topology"), Settings::lastDirectory(Settings::Key::LastTopologyDirectory), topologyFilter());
    return !path.isEmpty() && openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const auto topology = CoreApi::readTopologyFile(path);
    if (!topology) {
        m_log->error(source(), topology.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Open Topology"), topology.error().toString());
        return false;
    }
    m_document->reset(topology.value(), QFileInfo(path).absoluteFilePath());
    Settings::setLastDirectoryFromFile(Settings::Key::LastTopologyDirectory, path);
    Settings::addRecentFile(path);
    updateRecentFilesMenu();
    m_log->info(source(), tr("Opened %1.").arg(path));
    showPage(Page::Topology);
    m_view->zoomToFit();
    return true;
}

bool MainWindow::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Save Topology"), Settings::lastDirectory(Settings::Key::LastTopologyDirectory), topologyFilter());
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const auto written = CoreApi::writeTopologyFile(path, m_document->topology());
    if (!written) {
        m_log->error(source(), written.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Save Topology"), written.error().toString());
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->setClean();
    Settings::setLastDirectoryFromFile(Settings::Key::LastTopologyDirectory, path);
    Settings::addRecentFile(path);
    updateRecentFilesMenu();
    m_log->info(source(), tr("Saved %1.").arg(path));
    return true;
}

bool MainWindow::importValues(const QString &requestedPath)
{
    const QString path = requestedPath.isEmpty()
                             ? Dialogs::openFileName(this, tr("Import Helm Values"),
                                                     Settings::lastDirectory(Settings::Key::LastValuesDirectory),
                                                     tr("Helm values (*.yaml *.yml);;All files (*)"))
                             : requestedPath;
    if (path.isEmpty())
        return false;
    const auto imported = CoreApi::importValues(path);
    if (!imported) {
        m_log->error(tr("Helm values"), imported.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Import Helm Values"), imported.error().toString());
        return false;
    }
    if (!loadTopology(imported->topology, tr("Imported %1.").arg(path)))
        return false;
    if (!path.startsWith(QLatin1Char(':')))
        Settings::setLastDirectoryFromFile(Settings::Key::LastValuesDirectory, path);
    for (const QString &note : imported->report)
        m_log->warning(tr("Helm values"), note);
    return true;
}

bool MainWindow::exportDiagram()
{
    const QString path =
        Dialogs::saveFileName(this, tr("Export Diagram"), Settings::lastDirectory(Settings::Key::LastExportDirectory),
                              tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    Settings::setLastDirectoryFromFile(Settings::Key::LastExportDirectory, path);
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const auto written = pdf ? DiagramExporter::exportPdf(m_scene, path, m_document->displayName())
                             : DiagramExporter::exportPng(m_scene, path);
    if (!written) {
        m_log->error(source(), written.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Export Diagram"), written.error().toString());
        return false;
    }
    m_log->info(source(), tr("Exported the diagram to %1.").arg(path));
    return true;
}

void MainWindow::revealElement(const ElementRef &element)
{
    showPage(Page::Topology);
    if (element.isNode()) {
        m_scene->selectElements({element});
        m_view->reveal(element);
    } else {
        m_scene->selectElements({});
    }
}

void MainWindow::addRegistryFromPalette(Topology::RegistryKind kind)
{
    m_scene->selectElements({m_document->addRegistry(kind)});
}

} // namespace Ui
