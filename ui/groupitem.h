#pragma once

#include <QGraphicsRectItem>

namespace Ui {

class EdgeItem;

/// The frame around the spokes of one project under one registry, labelled with the project and count.
class GroupItem final : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 3 };

    GroupItem(const QRectF &rect, const QString &label);

    int type() const override { return Type; }
    QString label() const { return m_label; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_label;
};

} // namespace Ui
