#pragma once

#include <QMainWindow>

#include "elementref.h"
#include "topology/model.h"

class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoView;

namespace Util {
class ActivityLog;
}

namespace Ui {

class ActivityLogWidget;
class FindingsPanel;
class PropertyEditor;
class TopologyDocument;
class TopologyScene;
class TopologyView;
class ValuesView;

/// The console's main window: navigation between the views, the topology designer with its property
/// editor, validation panel, undo history and activity log, and the file menu around the open topology.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Topology, Registries, Artifacts, Sync, Values };

    explicit MainWindow(Util::ActivityLog *log, QWidget *parent = nullptr);
    ~MainWindow() override;

    TopologyDocument *document() const { return m_document; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    PropertyEditor *propertyEditor() const { return m_propertyEditor; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    ValuesView *valuesView() const { return m_valuesView; }
    ActivityLogWidget *activityLogWidget() const { return m_activityLogWidget; }

    void showPage(Page page);
    Page currentPage() const;
    /// Text of the status bar's kind and findings fields, for people and tests alike.
    QString statusText() const;

    /// Starts over with \a topology (asking first about unsaved changes); \a origin goes to the log.
    bool loadTopology(const Topology::Topology &topology, const QString &origin);

public Q_SLOTS:
    bool newFromTemplate();
    bool createFromTemplate(Topology::TopologyKind kind);
    bool open();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool importValues(const QString &path = QString());
    bool exportDiagram();
    void revealElement(const Ui::ElementRef &element);
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void createDocks();
    QWidget *createTopologyPage();
    void restoreWindowState();
    void updateTitle();
    void updateStatus();
    void updateHeader();
    void updateRecentFilesMenu();
    void updateDesignerDocks();
    bool saveTo(const QString &path);
    void addRegistryFromPalette(Topology::RegistryKind kind);

    Util::ActivityLog *m_log;
    TopologyDocument *m_document;
    TopologyScene *m_scene;
    TopologyView *m_view = nullptr;
    PropertyEditor *m_propertyEditor = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    ValuesView *m_valuesView = nullptr;
    ActivityLogWidget *m_activityLogWidget = nullptr;
    QUndoView *m_undoView = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_kindStatus = nullptr;
    QLabel *m_findingsStatus = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QList<QDockWidget *> m_hiddenForPage;
};

} // namespace Ui
