#pragma once

#include <QColor>
#include <QPen>
#include <QString>

#include "coreapi.h"
#include "topology/model.h"

namespace Ui::CanvasStyle {

/// The line of a reachability fact: solid when reachable, dashed when unreachable, dotted when unknown,
/// so the canvas reads the same in grey-scale print.
QPen reachPen(Topology::Reach reach, qreal width = 1.6);
QColor reachColor(Topology::Reach reach);
/// "✓", "✗" or "?": the glyph that repeats the line pattern in text.
QString reachGlyph(Topology::Reach reach);
QColor severityColor(CoreApi::Finding::Severity severity);
QString severityGlyph(CoreApi::Finding::Severity severity);
/// Short upper-case tag shown in a registry's badge, e.g. "ZOT", "ECR".
QString registryBadge(Topology::RegistryKind kind);
QColor registryBadgeColor(Topology::RegistryKind kind);

} // namespace Ui::CanvasStyle
