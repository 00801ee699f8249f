#pragma once

#include "secretstore.h"

namespace Credentials {

/// Secrets in the operating system's keychain through QtKeychain: the Secret Service on Linux, the
/// Keychain on macOS, the Credential Manager on Windows. QtKeychain's insecure plain-file fallback is
/// switched off: without a keychain every call fails with a message naming the missing backend.
///
/// Some backends cap the size of one entry (the Windows Credential Manager at 2560 bytes), so secrets
/// larger than chunkSize are split over several entries ("<key>#1", "<key>#2", ...) behind a small
/// header entry that records the count and a SHA-256 of the whole secret; reads check that digest.
/// The keychain cannot enumerate entries, so the store keeps the list of its keys in one more entry.
class KeychainStore final : public SecretStore
{
public:
    static constexpr int chunkSize = 2048;

    explicit KeychainStore(const QString &service = defaultService());

    static QString defaultService();
    /// The keychain backend QtKeychain uses on this platform, for messages.
    static QString platformBackendName();

    QString service() const { return m_service; }
    QString backendName() const override;
    bool isPersistent() const override { return true; }
    Util::Result<void> checkAvailable() override;
    Util::Result<std::optional<QByteArray>> read(const QString &key) override;
    Util::Result<void> write(const QString &key, const QByteArray &secret) override;
    Util::Result<void> remove(const QString &key) override;
    Util::Result<QStringList> list() override;

private:
    Util::Result<std::optional<QByteArray>> readEntry(const QString &entry);
    Util::Result<void> writeEntry(const QString &entry, const QByteArray &data);
    Util::Result<void> removeEntry(const QString &entry);
    Util::Result<void> removeChunks(const QString &key, int from, int count);
    Util::Result<void> updateIndex(const QString &key, bool present);

    QString m_service;
};

} // namespace Credentials
