#include "topologyview.h"

#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include "nodeitem.h"
#include "topologyscene.h"

namespace Ui {

namespace {

constexpr qreal minimumZoom = 0.05;
constexpr qreal maximumZoom = 4.0;
constexpr qreal readableZoom = 0.8;

} // namespace

TopologyView::TopologyView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setFrameShape(QFrame::NoFrame);
}

void TopologyView::setHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    viewport()->update();
}

void TopologyView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    if (m_hint.isEmpty())
        return;
    QPainter painter(viewport());
    const QRect box = viewport()->rect().adjusted(40, 30, -40, 0);
    painter.setPen(QColor(0x54, 0x6e, 0x7a));
    painter.drawText(QRect(box.topLeft(), QSize(box.width(), 120)), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_hint);
}

void TopologyView::zoomIn()
{
    scaleBy(1.25);
}

void TopologyView::zoomOut()
{
    scaleBy(0.8);
}

void TopologyView::zoomToFit()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);

    // Fitting a small topology would blow it up; never zoom in beyond the natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
    centerOn(bounds.center());
}

void TopologyView::reveal(const ElementRef &element)
{
    NodeItem *item = m_scene->nodeItem(element);
    if (!item)
        return;
    if (zoom() < readableZoom) {
        setTransform(QTransform::fromScale(readableZoom, readableZoom));
        centerOn(item);
        return;
    }
    ensureVisible(item, 60, 60);
}

void TopologyView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    const qreal applied = target / zoom();
    scale(applied, applied);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace Ui
