#include "settings.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Ui {

namespace {

struct Entry
{
    Settings::Key key;
    const char *path;
    QVariant defaultValue;
    Settings::Scope scope;
};

// Every remembered value. A key not in this table cannot be read or written.
const Entry &entry(Settings::Key key)
{
    using K = Settings::Key;
    using S = Settings::Scope;
    static const Entry table[] = {
        {K::MainWindowGeometry, "MainWindow/geometry", QByteArray(), S::WindowState},
        {K::MainWindowState, "MainWindow/state", QByteArray(), S::WindowState},
        {K::RecentFiles, "MainWindow/recentFiles", QStringList(), S::Preference},
        {K::LastTopologyDirectory, "Dialogs/lastTopologyDirectory", QString(), S::Preference},
        {K::LastValuesDirectory, "Dialogs/lastValuesDirectory", QString(), S::Preference},
        {K::LastExportDirectory, "Dialogs/lastExportDirectory", QString(), S::Preference},
        {K::ShowHubApiEdges, "TopologyScene/showHubApiEdges", false, S::Preference},
    };
    for (const Entry &candidate : table) {
        if (candidate.key == key)
            return candidate;
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(QLatin1String(e.path), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(entry(key).path), value);
}

QString Settings::path(Key key)
{
    return QLatin1String(entry(key).path);
}

Settings::Scope Settings::scope(Key key)
{
    return entry(key).scope;
}

void Settings::addRecentFile(const QString &file)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

QString Settings::lastDirectory(Key key)
{
    const QString stored = value(key).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Settings::setLastDirectoryFromFile(Key key, const QString &file)
{
    if (!file.isEmpty())
        setValue(key, QFileInfo(file).absolutePath());
}

} // namespace Ui
