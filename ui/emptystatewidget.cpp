#include "emptystatewidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

EmptyStateWidget::EmptyStateWidget(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()));
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(explanation);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    text->setStyleSheet(QStringLiteral("color: #546e7a;"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace Ui
