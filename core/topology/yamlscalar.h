#pragma once

#include <QString>

namespace Topology {

/// True when \a value written as a plain YAML scalar would be read back as something other than that
/// string by a YAML 1.1 or 1.2 reader: a boolean (`yes`, `off`, ...), null (`~`, `null`, empty), a number
/// (incl. octal, hex, binary, `.inf`, sexagesimal `1:30`), a timestamp (`2001-12-14`) or the merge and
/// value keys (`<<`, `=`). Such strings must be written quoted.
bool yamlPlainScalarIsAmbiguous(const QString &value);

} // namespace Topology
