#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
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

/// What a command that reads one topology file was asked for, with the file already read.
struct FileRequest
{
    QString path;
    Format format = Format::Text;
    Topology::Topology topology;
};

/// Adds the --format option and the FILE argument; returns the option for readFileRequest().
QCommandLineOption addFileArguments(QCommandLineParser &parser);

/// After parsing: checks for exactly one FILE and a known --format, then reads the file. Prints the
/// usage or read error and returns nothing when any of that fails.
std::optional<FileRequest> readFileRequest(const QCommandLineParser &parser, const QCommandLineOption &formatOption,
                                           const QString &usage, Context &context);

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
