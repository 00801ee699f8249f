#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include "elementref.h"
#include "topology/model.h"

namespace Ui {

/// Places the nodes of a topology so that hundreds of spokes stay readable: the hub on top, the registries
/// in a row below it, and under each registry its spokes in compact rows, grouped by their first project.
class AutoLayout final
{
public:
    struct Group
    {
        QString registryId; ///< empty for spokes without a known registry
        QString project;    ///< empty for spokes without a project
        QStringList spokes;
        QRectF rect; ///< the frame around the group's spokes, label included
    };

    struct Result
    {
        QHash<ElementRef, QPointF> positions; ///< top-left corner of each node
        QList<Group> groups;
    };

    static QSizeF nodeSize(ElementRef::Type type);
    static Result compute(const Topology::Topology &topology);

    /// Spokes of one registry above which the canvas draws one edge per project group instead of one edge
    /// per spoke.
    static constexpr int individualEdgeLimit = 12;
    static constexpr qreal groupLabelHeight = 24;
    /// Up to this many spokes under one registry, its project groups sit side by side instead of stacked.
    static constexpr int sideBySideLimit = 6;
};

} // namespace Ui
