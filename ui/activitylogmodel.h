#pragma once

#include <QAbstractTableModel>

#include "util/activitylog.h"

namespace Ui {

/// The operator-facing activity log as a table: time, severity (with an icon), source and message.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum Column { TimeColumn, SeverityColumn, SourceColumn, MessageColumn, ColumnCount };

    explicit ActivityLogModel(Util::ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Util::ActivityLog *m_log;
    int m_rows = 0; ///< follows the log through its signals, so removals are announced before rows vanish
};

} // namespace Ui
