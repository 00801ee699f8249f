#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

// Typed views of YAML documents, so tests can check that yaml-cpp (YAML 1.2 core schema) and PyYAML
// (YAML 1.1) read the same text as the same types and values.
namespace YamlTypes {

/// The node as JSON in which every scalar becomes {"type": "str|int|float|bool|null|timestamp", "value": text},
/// typed by the YAML 1.2 core schema the way yaml-cpp's plain/quoted distinction allows.
QJsonValue fromYamlCpp(const YAML::Node &node);

/// The same view produced by PyYAML's safe_load (YAML 1.1) of \a text, run through python3. Strings keep their
/// value; other types keep only their type (the readers spell numbers differently). Sets \a error on failure.
QJsonValue fromPython(const QByteArray &text, QString *error);

/// fromYamlCpp() with non-string values reduced to their type, for comparison with fromPython().
QJsonValue comparable(const QJsonValue &typed);

/// The yaml-cpp view of \a text.
QJsonValue fromText(const QByteArray &text);

} // namespace YamlTypes
