#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace Ui {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void FindingsFilterModel::setSeverityVisible(CoreApi::Finding::Severity severity, bool visible)
{
    if (visible == isSeverityVisible(severity))
        return;
    if (visible)
        m_hidden.remove(int(severity));
    else
        m_hidden.insert(int(severity));
    invalidateRowsFilter();
}

bool FindingsFilterModel::isSeverityVisible(CoreApi::Finding::Severity severity) const
{
    return !m_hidden.contains(int(severity));
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hidden.contains(index.data(FindingsModel::SeverityRole).toInt()))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == FindingsModel::SeverityColumn)
        return left.data(FindingsModel::SeverityRole).toInt() < right.data(FindingsModel::SeverityRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Ui
