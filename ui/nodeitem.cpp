#include "nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "canvasstyle.h"
#include "edgeitem.h"

namespace Ui {

namespace {

constexpr qreal radius = 8;
constexpr qreal padding = 8;
constexpr qreal selectionMargin = 4;
constexpr qreal minimumTextDetail = 0.35;

QColor fillFor(ElementRef::Type type)
{
    switch (type) {
    case ElementRef::Type::Hub:
        return QColor(0xe3, 0xf2, 0xfd);
    case ElementRef::Type::Registry:
        return QColor(0xf3, 0xe5, 0xf5);
    default:
        return QColor(0xff, 0xff, 0xff);
    }
}

QColor badgeColorFor(ElementRef::Type type)
{
    return type == ElementRef::Type::Hub ? QColor(0x0d, 0x47, 0xa1) : QColor(0x45, 0x5a, 0x64);
}

} // namespace

NodeItem::NodeItem(const ElementRef &element, const QSizeF &size)
    : m_element(element)
    , m_size(size)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
    setAcceptHoverEvents(false);
}

void NodeItem::setTexts(const QString &badge, const QString &title, const QStringList &details)
{
    // Unchanged texts keep the cached rendering; refreshing hundreds of nodes per keystroke stays cheap.
    if (badge == m_badge && title == m_title && details == m_details)
        return;
    m_badge = badge;
    m_title = title;
    m_details = details;
    update();
}

void NodeItem::setReachMarks(const QList<ReachMark> &marks)
{
    const auto same = [](const ReachMark &a, const ReachMark &b) {
        return a.label == b.label && a.reach == b.reach;
    };
    if (marks.size() == m_reachMarks.size() && std::equal(marks.cbegin(), marks.cend(), m_reachMarks.cbegin(), same))
        return;
    m_reachMarks = marks;
    update();
}

void NodeItem::setSeverity(std::optional<CoreApi::Finding::Severity> severity, int count)
{
    if (severity == m_severity && count == m_findingCount)
        return;
    m_severity = severity;
    m_findingCount = count;
    update();
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection halo and the severity mark that overlaps the top-right corner.
    return QRectF(QPointF(0, 0), m_size).adjusted(-selectionMargin - 2, -10, 10, selectionMargin + 2);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(QPointF(0, 0), m_size);
    painter->setRenderHint(QPainter::Antialiasing);

    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(QColor(0x19, 0x76, 0xd2), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-selectionMargin, -selectionMargin, selectionMargin, selectionMargin),
                                 radius + 2, radius + 2);
    }

    QPen border(QColor(0x90, 0xa4, 0xae), 1.2);
    if (m_severity) {
        border =
            QPen(CanvasStyle::severityColor(*m_severity), *m_severity == CoreApi::Finding::Severity::Error ? 2.6 : 2.0);
        border.setStyle(*m_severity == CoreApi::Finding::Severity::Error ? Qt::DashLine : Qt::DashDotLine);
    }
    painter->setPen(border);
    painter->setBrush(fillFor(m_element.type));
    painter->drawRoundedRect(card, radius, radius);

    // Zoomed far out the text would be unreadable anyway; the cards and the severity marks carry the picture.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < minimumTextDetail) {
        paintSeverity(painter, card);
        return;
    }

    QFont font = painter->font();
    font.setPointSizeF(7.5);
    font.setBold(true);
    const QFontMetricsF badgeMetrics(font);
    const QRectF badge(padding, padding - 2, badgeMetrics.horizontalAdvance(m_badge) + 10, badgeMetrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_element.type == ElementRef::Type::Registry ? m_badgeColor : badgeColorFor(m_element.type));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, m_badge);

    font.setPointSizeF(9.5);
    painter->setFont(font);
    painter->setPen(QColor(0x21, 0x21, 0x21));
    const qreal titleLeft = badge.right() + 6;
    const QRectF titleRect(titleLeft, padding - 4, card.width() - titleLeft - padding - 10, badge.height() + 4);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(font).elidedText(m_title, Qt::ElideMiddle, titleRect.width()));

    font.setPointSizeF(8);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(0x45, 0x5a, 0x64));
    const QFontMetricsF detailMetrics(font);
    qreal y = badge.bottom() + 3;
    for (const QString &detail : m_details) {
        if (y + detailMetrics.height() > card.bottom() - 2)
            break;
        const QRectF line(padding, y, card.width() - 2 * padding, detailMetrics.height());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          detailMetrics.elidedText(detail, Qt::ElideMiddle, line.width()));
        y += detailMetrics.height();
    }

    paintReachMarks(painter, card);
    paintSeverity(painter, card);
}

void NodeItem::paintReachMarks(QPainter *painter, const QRectF &card) const
{
    if (m_reachMarks.isEmpty())
        return;
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);

    qreal right = card.right() - padding;
    for (auto it = m_reachMarks.crbegin(); it != m_reachMarks.crend(); ++it) {
        const QString text = it->label + QLatin1Char(' ') + CanvasStyle::reachGlyph(it->reach);
        const qreal width = metrics.horizontalAdvance(text) + 8;
        const QRectF mark(right - width, card.bottom() - metrics.height() - 6, width, metrics.height() + 2);
        painter->setPen(CanvasStyle::reachPen(it->reach, 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(mark, 3, 3);
        painter->setPen(CanvasStyle::reachColor(it->reach));
        painter->drawText(mark, Qt::AlignCenter, text);
        right = mark.left() - 4;
    }
}

void NodeItem::paintSeverity(QPainter *painter, const QRectF &card) const
{
    if (!m_severity)
        return;
    const QRectF mark(card.right() - 12, card.top() - 8, 20, 20);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(CanvasStyle::severityColor(*m_severity));
    if (*m_severity == CoreApi::Finding::Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(mark.center().x(), mark.top());
        triangle.lineTo(mark.bottomRight());
        triangle.lineTo(mark.bottomLeft());
        triangle.closeSubpath();
        painter->drawPath(triangle);
    } else {
        painter->drawEllipse(mark);
    }

    QFont font = painter->font();
    font.setPointSizeF(8);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(mark.adjusted(0, 3, 0, 0), Qt::AlignCenter, CanvasStyle::severityGlyph(*m_severity));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Ui
