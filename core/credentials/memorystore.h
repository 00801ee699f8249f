#pragma once

#include <QHash>
#include <QMutex>

#include "secretstore.h"

namespace Credentials {

/// Secrets kept in this process only: for tests, and for the explicit "no keychain" choice of a user
/// whose system has none. Nothing is ever written to disk. Thread-safe.
class MemoryStore final : public SecretStore
{
public:
    MemoryStore() = default;

    /// The store shared by everything in this process that chose the session memory store.
    static MemoryStore &session();

    QString backendName() const override;
    bool isPersistent() const override { return false; }
    Util::Result<void> checkAvailable() override { return {}; }
    Util::Result<std::optional<QByteArray>> read(const QString &key) override;
    Util::Result<void> write(const QString &key, const QByteArray &secret) override;
    Util::Result<void> remove(const QString &key) override;
    Util::Result<QStringList> list() override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace Credentials
