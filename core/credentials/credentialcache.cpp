#include "credentialcache.h"

#include <QMutexLocker>

namespace Credentials {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

constexpr qint64 maximumMarginSecs = 5 * 60;

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

CredentialCache::CredentialCache(Fetch fetch, const Clock &clock)
    : m_fetch(std::move(fetch))
    , m_clock(clock)
{
}

bool CredentialCache::needsRefresh() const
{
    if (!m_cached)
        return true;
    if (!m_cached->expiresAt.isValid())
        return false;

    const qint64 lifetime = m_fetchedAt.secsTo(m_cached->expiresAt);
    const qint64 margin = qMin(maximumMarginSecs, lifetime / 10);
    return m_clock.now().secsTo(m_cached->expiresAt) <= margin;
}

Util::Result<Oci::RegistryCredential> CredentialCache::get()
{
    const QMutexLocker locker(&m_mutex);
    if (!needsRefresh())
        return *m_cached;

    const QDateTime fetchedAt = m_clock.now();
    auto fresh = m_fetch();
    if (!fresh)
        return fresh;
    m_cached = *fresh;
    m_fetchedAt = fetchedAt;
    return fresh;
}

QDateTime CredentialCache::expiresAt() const
{
    const QMutexLocker locker(&m_mutex);
    return m_cached ? m_cached->expiresAt : QDateTime();
}

void CredentialCache::invalidate()
{
    const QMutexLocker locker(&m_mutex);
    m_cached.reset();
}

} // namespace Credentials
