#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "topology/model.h"
#include "topology/validator.h"

namespace Cli {

struct Context;

/// Shared by the `topology` sub-commands: loading a file and rendering reports as text or JSON.
namespace TopologyOutput {

enum class Format { Text, Json };

/// Parses the --format value; reports an unknown one on the error stream.
std::optional<Format> parseFormat(const QString &text, Context &context);

/// Reads a topology file; on failure prints "error: file:line:column: message" and returns nothing.
std::optional<Topology::Topology> load(const QString &path, Context &context);

QJsonObject kindToJson(const Topology::KindInference &kind);
QJsonObject reportToJson(const QString &path, const Topology::ValidationReport &report);
QJsonObject countsToJson(const Topology::Topology &topology);

/// "2 errors, 1 warning, 0 infos" (translated).
QString summaryLine(const Topology::ValidationReport &report);

void printJson(const QJsonObject &object, Context &context);

} // namespace TopologyOutput

} // namespace Cli
