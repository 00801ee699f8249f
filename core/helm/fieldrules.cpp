#include "fieldrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Helm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Helm::FieldRules", text);
}

} // namespace

// TODO: delegate to Topology::Endpoint and Topology::GoDuration once core/topology provides them.
Util::Result<EndpointParts> FieldRules::parseEndpoint(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^oci://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return Util::makeError(
            tr("endpoint '%1' is not of the form 'oci://host[:port]' (no scheme other than oci://, no path)")
                .arg(text));
    }

    EndpointParts parts;
    parts.authority = match.captured(1).toLower();
    parts.host = parts.authority;
    if (parts.host.startsWith(QLatin1Char('[')))
        parts.host = parts.host.mid(1, parts.host.size() - 2);
    if (match.hasCaptured(2)) {
        parts.port = match.captured(2).toInt();
        if (parts.port < 1 || parts.port > 65535)
            return Util::makeError(tr("endpoint '%1': port %2 is outside 1–65535").arg(text, match.captured(2)));
        parts.authority += QLatin1Char(':') + QString::number(parts.port);
    }
    return parts;
}

Util::Result<void> FieldRules::checkDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?(0|([0-9]*(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+)$"));
    if (text.isEmpty() || !pattern.match(text).hasMatch())
        return Util::makeError(tr("'%1' is not a Go duration such as 60s, 1m30s or 500ms").arg(text));
    return {};
}

bool FieldRules::isDns1123Label(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

bool FieldRules::isInClusterHost(const QString &host)
{
    return host.endsWith(QLatin1String(".svc")) || host.endsWith(QLatin1String(".svc.cluster.local"))
           || host == QLatin1String("localhost") || !host.contains(QLatin1Char('.'));
}

} // namespace Helm
