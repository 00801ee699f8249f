#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Ui {

/// The console's remembered state, in one place: every key, its default and its scope are in the table
/// in settings.cpp. UI state is namespaced by the class that owns it ("MainWindow/geometry").
class Settings final
{
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        RecentFiles,
        LastTopologyDirectory,
        LastValuesDirectory,
        LastExportDirectory,
        ShowHubApiEdges,
    };

    /// Whether a value describes this machine's window layout or the user's working preferences.
    enum class Scope { WindowState, Preference };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static QString path(Key key);
    static Scope scope(Key key);

    static QByteArray mainWindowGeometry() { return value(Key::MainWindowGeometry).toByteArray(); }
    static void setMainWindowGeometry(const QByteArray &data) { setValue(Key::MainWindowGeometry, data); }
    static QByteArray mainWindowState() { return value(Key::MainWindowState).toByteArray(); }
    static void setMainWindowState(const QByteArray &data) { setValue(Key::MainWindowState, data); }

    static QStringList recentFiles() { return value(Key::RecentFiles).toStringList(); }
    /// Puts \a file first, removing older mentions, and keeps at most maxRecentFiles entries.
    static void addRecentFile(const QString &file);
    static void clearRecentFiles() { setValue(Key::RecentFiles, QStringList()); }
    static constexpr int maxRecentFiles = 8;

    /// The folder the matching file dialog opened last, or the user's documents folder.
    static QString lastDirectory(Key key);
    /// Remembers the folder of \a file for the dialog \a key stands for.
    static void setLastDirectoryFromFile(Key key, const QString &file);

    static bool showHubApiEdges() { return value(Key::ShowHubApiEdges).toBool(); }
    static void setShowHubApiEdges(bool show) { setValue(Key::ShowHubApiEdges, show); }
};

} // namespace Ui
