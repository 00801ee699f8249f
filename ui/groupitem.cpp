#include "groupitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include "autolayout.h"

namespace Ui {

GroupItem::GroupItem(const QRectF &rect, const QString &label)
    : QGraphicsRectItem(rect)
    , m_label(label)
{
    setZValue(0);
    setFlag(ItemIsSelectable, false);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xb0, 0xbe, 0xc5), 1));
    painter->setBrush(QColor(0xf5, 0xf7, 0xf8));
    painter->drawRoundedRect(rect(), 10, 10);

    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x45, 0x5a, 0x64));
    const QRectF labelRect(rect().left() + 10, rect().top() + 4, rect().width() - 20, AutoLayout::groupLabelHeight);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_label, Qt::ElideRight, labelRect.width()));
}

} // namespace Ui
