#include "diagramexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include "util/atomicfile.h"

namespace Ui {

namespace {

// Large topologies are rendered smaller rather than producing images no viewer opens.
constexpr qreal maximumPixels = 60'000'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ui::DiagramExporter", text);
}

} // namespace

Util::Result<void> DiagramExporter::exportPng(QGraphicsScene *scene, const QString &path)
{
    const QRectF source = scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    qreal scale = 2.0;
    if (source.width() * source.height() * scale * scale > maximumPixels)
        scale = std::sqrt(maximumPixels / (source.width() * source.height()));

    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Util::Error{tr("The diagram is too large for an image."), path, 0, 0};
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Util::Error{tr("Could not encode the diagram as PNG."), path, 0, 0};
    return Util::writeFileAtomically(path, data);
}

Util::Result<void> DiagramExporter::exportPdf(QGraphicsScene *scene, const QString &path, const QString &title)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        const QRectF source = scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), source.width() > source.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter(&writer);
        scene->render(&painter, QRectF(), source);
    }
    return Util::writeFileAtomically(path, data);
}

} // namespace Ui
