#include "findingspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "topologydocument.h"

namespace Ui {

namespace {

using Severity = CoreApi::Finding::Severity;

} // namespace

FindingsPanel::FindingsPanel(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(document, this))
    , m_filter(new FindingsFilterModel(this))
    , m_view(new QTreeView)
    , m_search(new QLineEdit)
    , m_empty(new QLabel)
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(FindingsModel::ElementColumn, 170);
    m_view->header()->resizeSection(FindingsModel::MessageColumn, 520);
    m_search->setPlaceholderText(tr("Filter findings…"));
    m_search->setClearButtonEnabled(true);
    m_empty->setText(tr("No findings: the topology meets every rule the console checks offline."));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *bar = new QHBoxLayout;
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        m_toggles.append(addSeverityToggle(int(severity)));
    for (QToolButton *toggle : std::as_const(m_toggles))
        bar->addWidget(toggle);
    bar->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    const auto activate = [this](const QModelIndex &index) {
        Q_EMIT elementActivated(index.data(FindingsModel::ElementRole).value<ElementRef>());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateCounts);
    updateCounts();
}

QToolButton *FindingsPanel::addSeverityToggle(int severity)
{
    auto *toggle = new QToolButton;
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setIcon(style()->standardIcon(Severity(severity) == Severity::Error ? QStyle::SP_MessageBoxCritical
                                          : Severity(severity) == Severity::Warning
                                              ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation));
    toggle->setToolTip(tr("Show or hide findings of this severity"));
    connect(toggle, &QToolButton::toggled, this,
            [this, severity](bool on) { m_filter->setSeverityVisible(Severity(severity), on); });
    return toggle;
}

void FindingsPanel::updateCounts()
{
    const QStringList names{tr("Errors: %1"), tr("Warnings: %1"), tr("Info: %1")};
    const Severity order[] = {Severity::Error, Severity::Warning, Severity::Info};
    for (int i = 0; i < m_toggles.size(); ++i)
        m_toggles.at(i)->setText(names.at(i).arg(m_model->count(order[i])));

    const bool none = m_model->rowCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
}

} // namespace Ui
