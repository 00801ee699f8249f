#pragma once

#include <QString>

#include "util/result.h"

class QGraphicsScene;

namespace Ui {

/// Writes the whole canvas to a PNG image or a PDF page, white background, scaled to fit.
class DiagramExporter final
{
public:
    static Util::Result<void> exportPng(QGraphicsScene *scene, const QString &path);
    static Util::Result<void> exportPdf(QGraphicsScene *scene, const QString &path, const QString &title);
};

} // namespace Ui
