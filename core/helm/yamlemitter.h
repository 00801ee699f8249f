#pragma once

#include <string>

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace Helm {

/// Writes yaml-cpp node trees so that every YAML 1.1 and 1.2 reader gets the same types back.
///
/// Scalars are written according to their tag: `?` (plain in the source, or a boolean or number the console
/// created with plainScalar()) is written plain, exactly as read; `!` (quoted in the source) stays quoted; an
/// empty tag (a string the console created with stringScalar()) is written plain only when that is safe
/// (YamlQuoting). Multi-line text becomes a literal block when that keeps it byte for byte. Other tags are
/// written verbatim. Empty maps and sequences are written `{}` and `[]`; all others in block style.
class YamlEmitter final
{
public:
    /// The document as UTF-8 text ending with a line break.
    static QByteArray emit(const YAML::Node &document);

    /// A scalar written plain: for booleans, numbers and null created by the console.
    static YAML::Node plainScalar(const std::string &text);
    /// A string scalar that is quoted when it would otherwise read as another type.
    static YAML::Node stringScalar(const QString &text);
    /// A string scalar that is always quoted (or a literal block when multi-line), the chart's own style.
    static YAML::Node quotedScalar(const QString &text);

private:
    static void emitNode(YAML::Emitter &emitter, const YAML::Node &node);
    static void emitScalar(YAML::Emitter &emitter, const YAML::Node &node);
};

} // namespace Helm
