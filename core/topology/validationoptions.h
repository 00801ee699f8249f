#pragma once

#include <QDateTime>

namespace Topology {

/// Inputs of validation that are not part of the topology.
struct ValidationOptions
{
    /// The moment certificate expiry is judged against; invalid means "now". Tests pin it.
    QDateTime now;
    /// Certificates expiring sooner than this are warned about.
    int expiryWarningDays = 30;
};

} // namespace Topology
