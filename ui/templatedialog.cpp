#include "templatedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

const Topology::TopologyKind allKinds[] = {
    Topology::TopologyKind::HubAsSpoke,
    Topology::TopologyKind::SingleExternalRegistry,
    Topology::TopologyKind::RegistryOnHub,
    Topology::TopologyKind::MultipleRegistries,
};

} // namespace

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
    , m_kinds(new QListWidget)
    , m_description(new QLabel)
{
    setWindowTitle(tr("New Topology from Template"));
    for (Topology::TopologyKind kind : allKinds) {
        auto *item = new QListWidgetItem(Topology::displayName(kind), m_kinds);
        item->setData(Qt::UserRole, int(kind));
    }
    m_kinds->setMaximumWidth(220);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_description->setMinimumWidth(320);
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this] {
        m_description->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                   .arg(Topology::displayName(kind()), Topology::describe(kind()).toHtmlEscaped()));
    });
    connect(m_kinds, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_kinds);
    row->addWidget(m_description, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    m_kinds->setCurrentRow(0);
}

Topology::TopologyKind TemplateDialog::kind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? Topology::TopologyKind(item->data(Qt::UserRole).toInt()) : Topology::TopologyKind::HubAsSpoke;
}

void TemplateDialog::setKind(Topology::TopologyKind kind)
{
    for (int row = 0; row < m_kinds->count(); ++row) {
        if (m_kinds->item(row)->data(Qt::UserRole).toInt() == int(kind))
            m_kinds->setCurrentRow(row);
    }
}

QString TemplateDialog::description() const
{
    return m_description->text();
}

} // namespace Ui
