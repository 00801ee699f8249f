#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "model.h"
#include "util/result.h"

namespace Topology {

/// The topology file: YAML with `kind: RegistryTopology` and `version: 1`, documented in
/// docs/topology-format.md. Reading is strict (unknown keys, wrong types and unknown versions are errors
/// naming file, line and column); writing is deterministic and atomic. Secret values are stored only
/// when the topology opts into inline secrets; otherwise only credential-store references are written.
class TopologyFile final
{
    Q_DECLARE_TR_FUNCTIONS(Topology::TopologyFile)

public:
    static constexpr int currentVersion = 1;
    static constexpr const char *kindName = "RegistryTopology";

    /// Reads and parses the file at \a path.
    static Util::Result<Topology> read(const QString &path);
    /// Parses \a data; \a fileName is used in error messages only.
    static Util::Result<Topology> parse(const QByteArray &data, const QString &fileName);

    /// The YAML text of \a topology.
    static QByteArray serialize(const Topology &topology);
    /// Writes \a topology to \a path atomically: on failure the old file is untouched.
    static Util::Result<void> write(const QString &path, const Topology &topology);
};

} // namespace Topology
