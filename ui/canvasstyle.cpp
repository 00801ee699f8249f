#include "canvasstyle.h"

namespace Ui::CanvasStyle {

QColor reachColor(Topology::Reach reach)
{
    switch (reach) {
    case Topology::Reach::Reachable:
        return QColor(0x2e, 0x7d, 0x32);
    case Topology::Reach::Unreachable:
        return QColor(0xc6, 0x28, 0x28);
    case Topology::Reach::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QPen reachPen(Topology::Reach reach, qreal width)
{
    QPen pen(reachColor(reach), width);
    pen.setCosmetic(false);
    switch (reach) {
    case Topology::Reach::Reachable:
        pen.setStyle(Qt::SolidLine);
        break;
    case Topology::Reach::Unreachable:
        pen.setStyle(Qt::DashLine);
        break;
    case Topology::Reach::Unknown:
        pen.setStyle(Qt::DotLine);
        break;
    }
    return pen;
}

QString reachGlyph(Topology::Reach reach)
{
    switch (reach) {
    case Topology::Reach::Reachable:
        return QStringLiteral("✓");
    case Topology::Reach::Unreachable:
        return QStringLiteral("✗");
    case Topology::Reach::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QColor severityColor(CoreApi::Finding::Severity severity)
{
    switch (severity) {
    case CoreApi::Finding::Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case CoreApi::Finding::Severity::Warning:
        return QColor(0xe6, 0x8a, 0x00);
    case CoreApi::Finding::Severity::Info:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QString severityGlyph(CoreApi::Finding::Severity severity)
{
    switch (severity) {
    case CoreApi::Finding::Severity::Error:
        return QStringLiteral("✖");
    case CoreApi::Finding::Severity::Warning:
        return QStringLiteral("!");
    case CoreApi::Finding::Severity::Info:
        break;
    }
    return QStringLiteral("i");
}

QString registryBadge(Topology::RegistryKind kind)
{
    switch (kind) {
    case Topology::RegistryKind::Zot:
        return QStringLiteral("ZOT");
    case Topology::RegistryKind::Harbor:
        return QStringLiteral("HARBOR");
    case Topology::RegistryKind::Ecr:
        return QStringLiteral("ECR");
    case Topology::RegistryKind::Acr:
        return QStringLiteral("ACR");
    case Topology::RegistryKind::GoogleArtifactRegistry:
        return QStringLiteral("GAR");
    case Topology::RegistryKind::Ghcr:
        return QStringLiteral("GHCR");
    case Topology::RegistryKind::Generic:
        break;
    }
    return QStringLiteral("OCI");
}

QColor registryBadgeColor(Topology::RegistryKind kind)
{
    switch (kind) {
    case Topology::RegistryKind::Zot:
        return QColor(0x5e, 0x35, 0xb1);
    case Topology::RegistryKind::Harbor:
        return QColor(0x00, 0x6f, 0x9e);
    case Topology::RegistryKind::Ecr:
        return QColor(0xd8, 0x6a, 0x00);
    case Topology::RegistryKind::Acr:
        return QColor(0x00, 0x5f, 0xb8);
    case Topology::RegistryKind::GoogleArtifactRegistry:
        return QColor(0x1a, 0x73, 0xe8);
    case Topology::RegistryKind::Ghcr:
        return QColor(0x24, 0x29, 0x2f);
    case Topology::RegistryKind::Generic:
        break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

} // namespace Ui::CanvasStyle
