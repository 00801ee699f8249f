#pragma once

#include <QWidget>

#include "elementref.h"

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Ui {

class FindingsFilterModel;
class FindingsModel;
class TopologyDocument;

/// The validation panel: live findings, filterable by severity and text, sortable by any column.
/// Activating a finding asks the canvas to select and reveal its element.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    explicit FindingsPanel(TopologyDocument *document, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void elementActivated(const Ui::ElementRef &element);

private:
    QToolButton *addSeverityToggle(int severity);
    void updateCounts();

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QTreeView *m_view;
    QLineEdit *m_search;
    QList<QToolButton *> m_toggles;
    QLabel *m_empty;
};

} // namespace Ui
