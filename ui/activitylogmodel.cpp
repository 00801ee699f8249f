#include "activitylogmodel.h"

#include <QApplication>
#include <QStyle>

namespace Ui {

ActivityLogModel::ActivityLogModel(Util::ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(int(log->entries().size()))
{
    connect(log, &Util::ActivityLog::entryAdded, this, [this] {
        beginInsertRows({}, m_rows, m_rows);
        ++m_rows;
        endInsertRows();
    });
    connect(log, &Util::ActivityLog::entriesDropped, this, [this](int count) {
        count = std::min(count, m_rows);
        if (count <= 0)
            return;
        beginRemoveRows({}, 0, count - 1);
        m_rows -= count;
        endRemoveRows();
    });
    connect(log, &Util::ActivityLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_log->entries().size())
        return {};
    const Util::ActivityLog::Entry &entry = m_log->entries().at(index.row());

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case SeverityColumn:
            return Util::ActivityLog::severityName(entry.severity);
        case SourceColumn:
            return entry.source;
        case MessageColumn:
            return entry.message;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        const QStyle::StandardPixmap icon =
            entry.severity == Util::ActivityLog::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : entry.severity == Util::ActivityLog::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                     : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Ui
