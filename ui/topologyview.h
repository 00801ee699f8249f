#pragma once

#include <QGraphicsView>

#include "elementref.h"

namespace Ui {

class TopologyScene;

/// The canvas widget: rubber-band selection, Ctrl+wheel zoom, middle-button or Space+drag panning, fit.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(TopologyScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    /// A note drawn over the canvas, e.g. how to start when the topology is empty; empty for none.
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    /// Scrolls to the element and zooms in far enough to read it.
    void reveal(const Ui::ElementRef &element);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void scaleBy(qreal factor);

    TopologyScene *m_scene;
    QString m_hint;
    QPoint m_panStart;
    bool m_panning = false;
    bool m_spaceHeld = false;
};

} // namespace Ui
