#include "yamlscalar.h"

#include <QRegularExpression>

namespace Topology {

namespace {

// Plain scalars that YAML 1.1 (PyYAML, go-yaml v2, Helm before it moved on) or YAML 1.2 (yaml-cpp, go-yaml
// v3) resolve to a non-string type. The union of both schemas: quoting never hurts, misreading does.
const QRegularExpression &ambiguousPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:"
        // booleans, YAML 1.1 spellings included
        "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        // nulls and the special keys
        "|~|null|Null|NULL|<<|="
        // integers: binary, octal (0o and legacy leading zero), decimal with underscores, hex
        "|[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
        // sexagesimal integers and floats: 1:30, 190:20:30.15
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        // floats, with the YAML 1.1 forms that need no digit before the point or after it
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?[eE][-+]?[0-9]+"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        // timestamps: a date alone, or date and time with optional fraction and zone
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
        "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?"
        ")$"));
    return pattern;
}

} // namespace

bool yamlPlainScalarIsAmbiguous(const QString &value)
{
    if (value.isEmpty())
        return true;
    return ambiguousPattern().match(value).hasMatch();
}

} // namespace Topology
