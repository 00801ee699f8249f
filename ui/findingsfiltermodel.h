#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include "coreapi.h"

namespace Ui {

/// Shows the findings of the chosen severities that contain the search text; sorts severity worst first.
class FindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterModel)

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSeverityVisible(CoreApi::Finding::Severity severity, bool visible);
    bool isSeverityVisible(CoreApi::Finding::Severity severity) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<int> m_hidden;
};

} // namespace Ui
