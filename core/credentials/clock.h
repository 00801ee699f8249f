#pragma once

#include <QDateTime>

namespace Credentials {

/// The time source of token caches, so tests can move time forward.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The real UTC clock.
    static const Clock &system();
};

} // namespace Credentials
