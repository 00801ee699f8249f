#pragma once

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>

#include <optional>

#include "topology/model.h"

namespace Ui {

/// A line between two canvas items: a cluster using a registry, the hub pushing to a registry, or a spoke
/// reaching the hub API. Its pattern tells the reachability: solid, dashed with a cross, dotted with "?".
class EdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(QGraphicsItem *source, QGraphicsItem *target, Topology::Reach reach, const QString &label = QString(),
             bool emphasised = false);

    int type() const override { return Type; }
    Topology::Reach reach() const { return m_reach; }
    void setReach(Topology::Reach reach);
    QString label() const { return m_label; }
    /// The pen the line is drawn with; its style carries the reachability.
    QPen pen() const;
    QGraphicsItem *source() const { return m_source; }
    QGraphicsItem *target() const { return m_target; }

    /// Routes the line along a vertical trunk at \a x instead of straight: out of the source's right side,
    /// up the trunk, and into the target from below. Group edges of a registry share one trunk this way.
    void setTrunk(qreal x);

    /// Follows the end items after they moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintReachMark(QPainter *painter, const QPointF &middle, const QColor &color) const;
    void paintLabel(QPainter *painter, const QPointF &at) const;

    QGraphicsItem *m_source;
    QGraphicsItem *m_target;
    Topology::Reach m_reach;
    QString m_label;
    bool m_emphasised;
    QPolygonF m_points; ///< the route; two points for a straight line
    std::optional<qreal> m_trunk;
};

} // namespace Ui
