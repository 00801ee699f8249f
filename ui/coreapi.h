#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "elementref.h"
#include "topology/model.h"
#include "util/result.h"

// The console's only contact points with the engine's topology and Helm services. Views use these
// functions and the plain structures below, so they show what the engine computes without depending on
// how each service spells its types.
namespace Ui::CoreApi {

struct Finding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString ruleId;
    QString message;
    QString hint; ///< the live check that would prove what offline validation cannot; may be empty
    ElementRef element;
    QString field; ///< the model field at fault, e.g. "registry.endpoint"; empty when the element as a whole
};

struct ValuesExport
{
    QString text;
    QStringList report; ///< notes of the export: secrets turned into secret names, warnings
};

struct ValuesMerge
{
    QString mergedText;
    QStringList report; ///< what could not be kept (comments), inline secrets found, and similar notes
};

struct ValuesImport
{
    Topology::Topology topology;
    QStringList report;
};

QList<Finding> validate(const Topology::Topology &topology);
std::optional<Topology::TopologyKind> inferKind(const Topology::Topology &topology);
Topology::Topology makeTemplate(Topology::TopologyKind kind);

Util::Result<Topology::Topology> readTopologyFile(const QString &path);
Util::Result<void> writeTopologyFile(const QString &path, const Topology::Topology &topology);

Util::Result<ValuesExport> valuesText(const Topology::Topology &topology);
Util::Result<ValuesMerge> mergeValues(const QString &existingPath, const Topology::Topology &topology);
Util::Result<ValuesImport> importValues(const QString &path);
/// Writes the Secret manifests the topology's secret names refer to; returns the files written, then the
/// notes about Secrets that could not be written.
Util::Result<QStringList> writeSecretManifests(const QString &directory, const Topology::Topology &topology);

/// Checks one text field as the user types it; empty when valid. \a field is one of "name", "endpoint",
/// "repository", "timeout", "proxy.address", "apiServer".
QString fieldError(const QString &field, const QString &value);

} // namespace Ui::CoreApi
