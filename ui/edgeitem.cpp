#include "edgeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include "canvasstyle.h"
#include "groupitem.h"
#include "nodeitem.h"

namespace Ui {

namespace {

QRectF outlineOf(const QGraphicsItem *item)
{
    if (item->type() == NodeItem::Type)
        return static_cast<const NodeItem *>(item)->cardSceneRect();
    if (item->type() == GroupItem::Type)
        return item->mapRectToScene(static_cast<const QGraphicsRectItem *>(item)->rect());
    return item->sceneBoundingRect();
}

// Where the line from the rectangle's centre towards `towards` leaves the rectangle.
QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF centre = rect.center();
    const QPointF delta = towards - centre;
    if (qFuzzyIsNull(delta.x()) && qFuzzyIsNull(delta.y()))
        return centre;
    const qreal scaleX = qFuzzyIsNull(delta.x()) ? 1e9 : (rect.width() / 2) / qAbs(delta.x());
    const qreal scaleY = qFuzzyIsNull(delta.y()) ? 1e9 : (rect.height() / 2) / qAbs(delta.y());
    return centre + delta * std::min({scaleX, scaleY, 1.0});
}

constexpr qreal arrowSize = 9;

} // namespace

EdgeItem::EdgeItem(QGraphicsItem *source, QGraphicsItem *target, Topology::Reach reach, const QString &label,
                   bool emphasised)
    : m_source(source)
    , m_target(target)
    , m_reach(reach)
    , m_label(label)
    , m_emphasised(emphasised)
{
    setZValue(1);
    setFlag(ItemIsSelectable, false);
    adjust();
}

QPen EdgeItem::pen() const
{
    return CanvasStyle::reachPen(m_reach, m_emphasised ? 2.4 : 1.5);
}

void EdgeItem::setReach(Topology::Reach reach)
{
    if (reach == m_reach)
        return;
    m_reach = reach;
    update();
}

void EdgeItem::setTrunk(qreal x)
{
    m_trunk = x;
    adjust();
}

void EdgeItem::adjust()
{
    const QRectF from = outlineOf(m_source);
    const QRectF to = outlineOf(m_target);
    prepareGeometryChange();
    if (!m_trunk) {
        m_points = {borderPoint(from, to.center()), borderPoint(to, from.center())};
        return;
    }
    const qreal above = to.bottom() + 24;
    const QPointF start(from.right(), from.top() + 12);
    m_points = {start, QPointF(*m_trunk, start.y()), QPointF(*m_trunk, above), QPointF(to.center().x(), above),
                QPointF(to.center().x(), to.bottom())};
}

QRectF EdgeItem::boundingRect() const
{
    return m_points.boundingRect().adjusted(-40, -14, 40, 14);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    return path;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_points.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QPen pen = this->pen();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_points);

    // Arrow head at the target: the direction of the fact (who reaches whom).
    const QLineF last(m_points.at(m_points.size() - 2), m_points.last());
    const qreal angle = qAtan2(-last.dy(), last.dx());
    const QPointF tip = last.p2();
    const QPointF left = tip - QPointF(qCos(angle - M_PI / 7) * arrowSize, -qSin(angle - M_PI / 7) * arrowSize);
    const QPointF right = tip - QPointF(qCos(angle + M_PI / 7) * arrowSize, -qSin(angle + M_PI / 7) * arrowSize);
    painter->setPen(QPen(pen.color(), 1));
    painter->setBrush(pen.color());
    painter->drawPolygon(QPolygonF({tip, left, right}));

    // The reachability mark sits on the part of the line that belongs to this edge alone.
    const QLineF own(m_points.at(0), m_points.at(1));
    const QPointF middle = own.pointAt(m_trunk ? 0.6 : 0.5);
    paintReachMark(painter, middle, pen.color());
    const bool readable = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >= 0.35;
    if (readable && !m_label.isEmpty())
        paintLabel(painter, m_trunk ? m_points.at(1) + QPointF(-8, -22) : own.pointAt(0.3));
}

void EdgeItem::paintReachMark(QPainter *painter, const QPointF &middle, const QColor &color) const
{
    if (m_reach == Topology::Reach::Unreachable) {
        painter->setPen(QPen(color, 2.4));
        painter->drawLine(middle + QPointF(-6, -6), middle + QPointF(6, 6));
        painter->drawLine(middle + QPointF(-6, 6), middle + QPointF(6, -6));
    } else if (m_reach == Topology::Reach::Unknown) {
        painter->setPen(QPen(color, 1.2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(middle, 8, 8);
        QFont font = painter->font();
        font.setPointSizeF(8);
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(QRectF(middle - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter, QStringLiteral("?"));
    }
}

void EdgeItem::paintLabel(QPainter *painter, const QPointF &at) const
{
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(m_label) + 6;
    // A trunk label reads right-aligned against the trunk, a straight line's label beside the line.
    const QRectF box = m_trunk ? QRectF(at.x() - width, at.y(), width, metrics.height())
                               : QRectF(at.x() + 6, at.y() - metrics.height() / 2, width, metrics.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRect(box);
    painter->setPen(QColor(0x37, 0x47, 0x4f));
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace Ui
