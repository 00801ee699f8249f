#include "coreapi.h"

#include <QCoreApplication>

namespace Ui::CoreApi {

namespace {

Util::Error unavailable()
{
    return Util::makeError(QCoreApplication::translate("Ui::CoreApi", "This build has no topology engine."));
}

} // namespace

QList<Finding> validate(const Topology::Topology &)
{
    return {};
}

std::optional<Topology::TopologyKind> inferKind(const Topology::Topology &)
{
    return std::nullopt;
}

Topology::Topology makeTemplate(Topology::TopologyKind)
{
    return {};
}

Util::Result<Topology::Topology> readTopologyFile(const QString &)
{
    return unavailable();
}

Util::Result<void> writeTopologyFile(const QString &, const Topology::Topology &)
{
    return unavailable();
}

Util::Result<QString> valuesText(const Topology::Topology &)
{
    return unavailable();
}

Util::Result<ValuesMerge> mergeValues(const QString &, const Topology::Topology &)
{
    return unavailable();
}

Util::Result<ValuesImport> importValues(const QString &)
{
    return unavailable();
}

Util::Result<QStringList> writeSecretManifests(const QString &, const Topology::Topology &)
{
    return unavailable();
}

QString fieldError(const QString &, const QString &)
{
    return {};
}

} // namespace Ui::CoreApi
