#pragma once

#include <QAbstractTableModel>

#include "coreapi.h"

namespace Ui {

class TopologyDocument;

/// The document's current findings: severity, rule, element and reason. Follows every re-validation.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, ElementColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role {
        ElementRole = Qt::UserRole + 1, ///< the ElementRef the finding points at
        SeverityRole,                   ///< CoreApi::Finding::Severity as int; higher is worse
    };

    explicit FindingsModel(TopologyDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int count(CoreApi::Finding::Severity severity) const;
    static QString elementName(const ElementRef &element);
    static QString severityName(CoreApi::Finding::Severity severity);

private:
    void reload();

    TopologyDocument *m_document;
    QList<CoreApi::Finding> m_findings;
};

} // namespace Ui
