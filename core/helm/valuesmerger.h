#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include "exportplan.h"
#include "util/result.h"
#include "valuesreport.h"

namespace Helm {

class YamlSource;

/// Merges the `ociRegistry` sections of an export plan into an existing values file.
///
/// Only `hue.ociRegistry` and `fleetConfig.spokes[*].ociRegistry` are replaced; every other key keeps its value,
/// type and position. Spokes are matched by `name`: a spoke of the plan the file lacks is appended as a minimal
/// entry, a spoke of the file the plan lacks is kept untouched; both are reported. Keys inside an existing
/// `ociRegistry` the chart does not define are kept after the console's fields and reported. Comments cannot be
/// kept (yaml-cpp drops them): each one is reported with its line. Scalars keep their quoting: plain stays
/// plain, quoted stays quoted.
class ValuesMerger final
{
    Q_DECLARE_TR_FUNCTIONS(Helm::ValuesMerger)

public:
    struct Result
    {
        QByteArray text;
        ValuesReport report; ///< the plan's findings, then the merge's
    };

    /// Nothing is written here; an error (malformed file, a section of the wrong type, duplicate spoke names)
    /// names the file, line and column.
    static Util::Result<Result> merge(const QByteArray &existing, const QString &fileName, const ExportPlan &plan);

private:
    static Util::Result<Result> mergeInto(const YamlSource &source, const ExportPlan &plan);
};

} // namespace Helm
