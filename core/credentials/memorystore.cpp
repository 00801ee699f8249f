#include "memorystore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QMutexLocker>

namespace Credentials {

MemoryStore &MemoryStore::session()
{
    static MemoryStore store;
    return store;
}

QString MemoryStore::backendName() const
{
    return QCoreApplication::translate("Credentials::MemoryStore", "session memory (not kept after exit)");
}

Util::Result<std::optional<QByteArray>> MemoryStore::read(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.cend())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(*found);
}

Util::Result<void> MemoryStore::write(const QString &key, const QByteArray &secret)
{
    const QMutexLocker locker(&m_mutex);
    m_secrets.insert(key, secret);
    return {};
}

Util::Result<void> MemoryStore::remove(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    m_secrets.remove(key);
    return {};
}

Util::Result<QStringList> MemoryStore::list()
{
    const QMutexLocker locker(&m_mutex);
    QStringList keys = m_secrets.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace Credentials
