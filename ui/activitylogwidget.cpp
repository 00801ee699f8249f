#include "activitylogwidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "activitylogmodel.h"
#include "dialogs.h"
#include "settings.h"
#include "util/activitylog.h"
#include "util/atomicfile.h"

namespace Ui {

ActivityLogWidget::ActivityLogWidget(Util::ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActivityLogModel(log, this))
    , m_view(new QTreeView)
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ActivityLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ActivityLogModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(ActivityLogModel::SourceColumn, 140);

    auto *exportButton = new QPushButton(tr("Export…"));
    auto *clearButton = new QPushButton(tr("Clear"));
    connect(exportButton, &QPushButton::clicked, this, &ActivityLogWidget::exportToFile);
    connect(clearButton, &QPushButton::clicked, log, &Util::ActivityLog::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::scrollToBottom);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(clearButton);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ActivityLogWidget::exportToFile()
{
    const QString path = Dialogs::saveFileName(this, tr("Export Activity Log"),
                                               Settings::lastDirectory(Settings::Key::LastExportDirectory),
                                               tr("Text files (*.txt *.log)"));
    if (path.isEmpty())
        return;
    Settings::setLastDirectoryFromFile(Settings::Key::LastExportDirectory, path);
    const auto written = Util::writeFileAtomically(path, m_log->toText().toUtf8());
    if (!written)
        Dialogs::message(this, QMessageBox::Warning, tr("Export Activity Log"), written.error().toString());
}

} // namespace Ui
