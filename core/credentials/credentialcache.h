#pragma once

#include <functional>

#include <QMutex>

#include "clock.h"
#include "oci/connectionsettings.h"

namespace Credentials {

/// Holds a short-lived registry credential and fetches a new one before the old one expires: when less
/// than a tenth of its lifetime, capped at five minutes, is left. Credentials without expiry are kept.
/// Thread-safe: the registry client calls it from its own thread.
class CredentialCache final
{
public:
    using Fetch = std::function<Util::Result<Oci::RegistryCredential>()>;

    explicit CredentialCache(Fetch fetch, const Clock &clock = Clock::system());

    /// The cached credential, or a fresh one when it is missing or about to expire.
    [[nodiscard]] Util::Result<Oci::RegistryCredential> get();
    /// When the cached credential expires; invalid when none is cached or it does not expire.
    QDateTime expiresAt() const;
    /// Drops the cached credential, e.g. after the registry rejected it.
    void invalidate();

private:
    bool needsRefresh() const;

    Fetch m_fetch;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    std::optional<Oci::RegistryCredential> m_cached;
    QDateTime m_fetchedAt;
};

} // namespace Credentials
