#pragma once

#include <QGraphicsItem>
#include <QPen>

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
    QString label() const { return m_label; }
    /// The pen the line is drawn with; its style carries the reachability.
    QPen pen() const;
    QGraphicsItem *source() const { return m_source; }
    QGraphicsItem *target() const { return m_target; }

    /// Follows the end items after they moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QGraphicsItem *m_source;
    QGraphicsItem *m_target;
    Topology::Reach m_reach;
    QString m_label;
    bool m_emphasised;
    QLineF m_line;
};

} // namespace Ui
