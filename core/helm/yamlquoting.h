#pragma once

#include <QString>

namespace Helm {

/// Decides how a string scalar is written so that YAML 1.1 readers (PyYAML, go-yaml v2) and YAML 1.2 readers
/// (yaml-cpp, go-yaml v3, Helm) all read it back as that same string.
class YamlQuoting final
{
public:
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal };

    /// True when \a value written plain would be read as something other than a string by some reader:
    /// booleans of YAML 1.1 (`yes`, `No`, `on`, `y`, ... in any case), nulls (`~`, `null`, empty), numbers
    /// (decimal, octal, hex, binary, `1_000`, `.5`, `1e3`, `.inf`, `.nan`), sexagesimal numbers (`1:20`),
    /// timestamps (`2001-12-14`, `2001-12-14T21:59:43Z`) and the special keys `<<` and `=`.
    static bool looksLikeNonString(const QString &value);

    /// True when \a value may be written plain: it does not look like another type and consists only of
    /// characters that carry no meaning in plain scalars (letters, digits, `-_./:@+%=` without `: `).
    static bool isSafePlain(const QString &value);

    /// The style for \a value: a literal block for multi-line text that survives one, single quotes for
    /// printable one-line text that cannot be plain, double quotes for anything with control characters.
    /// With \a quote set, Plain is never chosen (the source spelled the value quoted).
    static Style styleFor(const QString &value, bool quote = false);
};

} // namespace Helm
