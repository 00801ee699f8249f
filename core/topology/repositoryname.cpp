#include "repositoryname.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Topology {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Topology", text);
}

Util::Error nameError(const QString &name, const QString &reason)
{
    // An explicit context: lupdate would take this helper for a member of Util.
    return Util::makeError(QCoreApplication::translate("Topology", "repository '%1': %2").arg(name, reason));
}

} // namespace

Util::Result<void> validateRepositoryName(const QString &name, const QString &host)
{
    if (name.isEmpty())
        return nameError(name, tr("is empty"));
    if (name.startsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('/')))
        return nameError(name, tr("must not start or end with '/'"));
    if (name.contains(QLatin1Char(':')) || name.contains(QLatin1Char('@')))
        return nameError(name, tr("must not carry a tag or digest"));

    static const QRegularExpression component(QStringLiteral("^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*$"));
    const QStringList components = name.split(QLatin1Char('/'));
    for (const QString &part : components) {
        if (part.isEmpty())
            return nameError(name, tr("has an empty path component ('//')"));
        if (component.match(part).hasMatch())
            continue;
        if (part != part.toLower())
            return nameError(name, tr("component '%1' has upper-case letters; use '%2'").arg(part, part.toLower()));
        return nameError(name, tr("component '%1' is not runs of [a-z0-9] joined by '.', '_', '__' or '-'").arg(part));
    }

    if (!host.isEmpty() && host.size() + 1 + name.size() >= 255) {
        return nameError(name, tr("together with the host '%1' it is %2 characters long; the limit is 254")
                                   .arg(host)
                                   .arg(host.size() + 1 + name.size()));
    }
    return {};
}

} // namespace Topology
