#pragma once

#include <QWidget>

namespace Util {
class ActivityLog;
}

class QTreeView;

namespace Ui {

class ActivityLogModel;

/// The activity log panel: the entries, newest at the bottom, with Export… and Clear.
class ActivityLogWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogWidget)

public:
    explicit ActivityLogWidget(Util::ActivityLog *log, QWidget *parent = nullptr);

    ActivityLogModel *model() const { return m_model; }

public Q_SLOTS:
    void exportToFile();

private:
    Util::ActivityLog *m_log;
    ActivityLogModel *m_model;
    QTreeView *m_view;
};

} // namespace Ui
