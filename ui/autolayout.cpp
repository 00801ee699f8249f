#include "autolayout.h"

#include <QMap>
#include <QtMath>

namespace Ui {

namespace {

constexpr qreal columnGap = 70;
constexpr qreal spokeGap = 12;
constexpr qreal groupGap = 22;
constexpr qreal groupPadding = 10;
constexpr qreal registryTop = 170;
constexpr qreal spokesTop = 330;
constexpr int maxPerRow = 8;
constexpr qreal minimumGroupWidth = 210; // room for the group's label

struct Column
{
    QString registryId;
    QMap<QString, QStringList> spokesByProject; // sorted by project name; "" (no project) sorts first
    qsizetype count = 0;
};

int spokesPerRow(qsizetype count)
{
    if (count <= 4)
        return int(std::max<qsizetype>(count, 1));
    return std::clamp(int(qCeil(qSqrt(qreal(count) * 1.5))), 4, maxPerRow);
}

QList<Column> columnsOf(const Topology::Topology &topology)
{
    QList<Column> columns;
    QHash<QString, int> indexOf;
    for (const Topology::Registry &registry : topology.registries) {
        indexOf.insert(registry.id, int(columns.size()));
        columns.append({registry.id, {}, 0});
    }

    for (const Topology::Cluster &spoke : topology.spokes) {
        QString registryId = spoke.registry.registryId;
        if (!indexOf.contains(registryId)) {
            registryId.clear();
            if (!indexOf.contains(registryId)) {
                indexOf.insert(registryId, int(columns.size()));
                columns.append({registryId, {}, 0});
            }
        }
        Column &column = columns[indexOf.value(registryId)];
        column.spokesByProject[spoke.projects.value(0)].append(spoke.name);
        ++column.count;
    }
    return columns;
}

// A few spokes: one group beside the other, so every edge reaches its registry without crossing a frame.
qreal placeSideBySide(const Column &column, qreal x, AutoLayout::Result &result)
{
    const QSizeF spokeSize = AutoLayout::nodeSize(ElementRef::Type::Spoke);
    qreal left = x;
    for (auto group = column.spokesByProject.cbegin(); group != column.spokesByProject.cend(); ++group) {
        QStringList names = group.value();
        names.sort();
        const qreal width = std::max(minimumGroupWidth, names.size() * spokeSize.width() +
                                                            (names.size() - 1) * spokeGap + 2 * groupPadding);
        const qreal height = AutoLayout::groupLabelHeight + spokeSize.height() + 2 * groupPadding;
        result.groups.append({column.registryId, group.key(), names, QRectF(left, spokesTop, width, height)});
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QPointF at(left + groupPadding + i * (spokeSize.width() + spokeGap),
                             spokesTop + AutoLayout::groupLabelHeight + groupPadding);
            result.positions.insert(ElementRef::spoke(names.at(i)), at);
        }
        left += width + groupGap;
    }
    return std::max(left - groupGap - x, AutoLayout::nodeSize(ElementRef::Type::Registry).width());
}

// Many spokes: groups stacked under the registry, each in compact rows.
qreal placeStacked(const Column &column, qreal x, AutoLayout::Result &result)
{
    const QSizeF spokeSize = AutoLayout::nodeSize(ElementRef::Type::Spoke);
    const int perRow = spokesPerRow(column.count);
    const qreal spokesWidth = perRow * spokeSize.width() + (perRow - 1) * spokeGap + 2 * groupPadding;
    const qreal width = std::max(AutoLayout::nodeSize(ElementRef::Type::Registry).width(), spokesWidth);

    qreal y = spokesTop;
    for (auto group = column.spokesByProject.cbegin(); group != column.spokesByProject.cend(); ++group) {
        QStringList names = group.value();
        names.sort();
        const qsizetype rows = (names.size() + perRow - 1) / perRow;
        const qreal height =
            AutoLayout::groupLabelHeight + rows * spokeSize.height() + (rows - 1) * spokeGap + 2 * groupPadding;
        result.groups.append({column.registryId, group.key(), names, QRectF(x, y, width, height)});

        for (qsizetype i = 0; i < names.size(); ++i) {
            const qreal left = x + groupPadding + (i % perRow) * (spokeSize.width() + spokeGap);
            const qreal top =
                y + AutoLayout::groupLabelHeight + groupPadding + (i / perRow) * (spokeSize.height() + spokeGap);
            result.positions.insert(ElementRef::spoke(names.at(i)), QPointF(left, top));
        }
        y += height + groupGap;
    }
    return width;
}

} // namespace

QSizeF AutoLayout::nodeSize(ElementRef::Type type)
{
    switch (type) {
    case ElementRef::Type::Hub:
        return {240, 70};
    case ElementRef::Type::Registry:
        return {230, 70};
    default:
        return {170, 50};
    }
}

AutoLayout::Result AutoLayout::compute(const Topology::Topology &topology)
{
    Result result;
    const QSizeF registrySize = nodeSize(ElementRef::Type::Registry);
    qreal x = 0;

    for (const Column &column : columnsOf(topology)) {
        const bool few = column.count <= sideBySideLimit;
        const qreal width = few ? placeSideBySide(column, x, result) : placeStacked(column, x, result);
        if (!column.registryId.isEmpty()) {
            const QPointF at(x + (width - registrySize.width()) / 2, registryTop);
            result.positions.insert(ElementRef::registry(column.registryId), at);
        }
        x += width + columnGap;
    }

    const qreal total = std::max(x - columnGap, 0.0);
    const QSizeF hubSize = nodeSize(ElementRef::Type::Hub);
    result.positions.insert(ElementRef::hub(), QPointF((total - hubSize.width()) / 2, 0));
    return result;
}

} // namespace Ui
