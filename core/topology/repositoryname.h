#pragma once

#include <QString>

#include "util/result.h"

namespace Topology {

/// Checks \a name against the OCI Distribution name grammar: '/'-separated components, each made of
/// runs of `[a-z0-9]` joined by `.`, `_`, `__` or one or more `-`. When \a host is given, the full
/// `host/name` must also stay under 255 characters. The message names the offending component.
Util::Result<void> validateRepositoryName(const QString &name, const QString &host = QString());

} // namespace Topology
