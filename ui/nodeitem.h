#pragma once

#include <optional>

#include <QColor>
#include <QGraphicsItem>
#include <QList>

#include "coreapi.h"
#include "elementref.h"

namespace Ui {

class EdgeItem;

/// The hub, a spoke or a registry on the canvas: a card with a kind badge, a title, detail lines and,
/// when the element has findings, a severity mark (icon and border pattern, not only colour).
class NodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    /// A small labelled mark on a spoke: how it reaches its registry and the hub API.
    struct ReachMark
    {
        QString label;
        Topology::Reach reach = Topology::Reach::Unknown;
    };

    NodeItem(const ElementRef &element, const QSizeF &size);

    int type() const override { return Type; }
    const ElementRef &element() const { return m_element; }

    void setTexts(const QString &badge, const QString &title, const QStringList &details);
    void setBadgeColor(const QColor &color) { m_badgeColor = color; }
    void setReachMarks(const QList<ReachMark> &marks);
    void setSeverity(std::optional<CoreApi::Finding::Severity> severity, int count);
    QString title() const { return m_title; }
    QString badge() const { return m_badge; }
    QStringList details() const { return m_details; }
    std::optional<CoreApi::Finding::Severity> severity() const { return m_severity; }
    /// The card without the halo and the severity mark, in scene coordinates.
    QRectF cardSceneRect() const { return mapRectToScene(QRectF(QPointF(0, 0), m_size)); }

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintSeverity(QPainter *painter, const QRectF &card) const;
    void paintReachMarks(QPainter *painter, const QRectF &card) const;

    ElementRef m_element;
    QSizeF m_size;
    QString m_badge;
    QColor m_badgeColor;
    QString m_title;
    QStringList m_details;
    QList<ReachMark> m_reachMarks;
    std::optional<CoreApi::Finding::Severity> m_severity;
    int m_findingCount = 0;
    QList<EdgeItem *> m_edges;
};

} // namespace Ui
