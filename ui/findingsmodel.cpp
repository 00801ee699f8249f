#include "findingsmodel.h"

#include <QApplication>
#include <QStyle>

#include "topologydocument.h"

namespace Ui {

FindingsModel::FindingsModel(TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &TopologyDocument::findingsChanged, this, &FindingsModel::reload);
    m_findings = document->findings();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_findings = m_document->findings();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::elementName(const ElementRef &element)
{
    switch (element.type) {
    case ElementRef::Type::Hub:
        return tr("hub");
    case ElementRef::Type::Spoke:
        return tr("spoke %1").arg(element.key);
    case ElementRef::Type::Registry:
        return tr("registry %1").arg(element.key);
    case ElementRef::Type::Topology:
        return tr("topology");
    case ElementRef::Type::None:
        break;
    }
    return {};
}

QString FindingsModel::severityName(CoreApi::Finding::Severity severity)
{
    switch (severity) {
    case CoreApi::Finding::Severity::Error:
        return tr("Error");
    case CoreApi::Finding::Severity::Warning:
        return tr("Warning");
    case CoreApi::Finding::Severity::Info:
        break;
    }
    return tr("Info");
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CoreApi::Finding &finding = m_findings.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(finding.severity);
        case ElementColumn:
            return elementName(finding.element);
        case MessageColumn:
            return finding.message;
        case RuleColumn:
            return finding.ruleId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The hint names the live check that can settle what offline validation cannot.
        return finding.hint.isEmpty() ? finding.message : finding.message + QLatin1Char('\n') + finding.hint;
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return QApplication::style()->standardIcon(
            finding.severity == CoreApi::Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : finding.severity == CoreApi::Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                      : QStyle::SP_MessageBoxInformation);
    case ElementRole:
        return QVariant::fromValue(finding.element);
    case SeverityRole:
        return int(finding.severity);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ElementColumn:
        return tr("Element");
    case MessageColumn:
        return tr("Problem");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

int FindingsModel::count(CoreApi::Finding::Severity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const CoreApi::Finding &finding) { return finding.severity == severity; }));
}

} // namespace Ui
