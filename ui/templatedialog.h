#pragma once

#include <QDialog>

#include "topology/model.h"

class QLabel;
class QListWidget;

namespace Ui {

/// Picks one of the four topology kinds to start from, with what each fits and requires.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDialog)

public:
    explicit TemplateDialog(QWidget *parent = nullptr);

    Topology::TopologyKind kind() const;
    void setKind(Topology::TopologyKind kind);
    QString description() const;

private:
    QListWidget *m_kinds;
    QLabel *m_description;
};

} // namespace Ui
