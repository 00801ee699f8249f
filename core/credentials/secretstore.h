#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace Credentials {

/// Where secrets live: passwords, tokens, private keys, proxy passwords. Keys are
/// "<registry-key>/<secret-name>", e.g. "zot.east.example.com:443/password".
///
/// The interface is synchronous. The keychain implementation runs its asynchronous jobs in a local event
/// loop, so calls are cheap enough for a CLI and for the registry client's worker thread; the GUI calls it
/// from a worker thread (QtConcurrent) so that a keychain prompt never freezes the window.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// A name for people, e.g. "Secret Service (org.freedesktop.secrets)" or "session memory".
    virtual QString backendName() const = 0;
    /// True when secrets survive the end of the process.
    virtual bool isPersistent() const = 0;

    /// Fails with a message naming the backend when it cannot be used at all.
    [[nodiscard]] virtual Util::Result<void> checkAvailable() = 0;

    /// The secret, or std::nullopt when nothing is stored under \a key.
    [[nodiscard]] virtual Util::Result<std::optional<QByteArray>> read(const QString &key) = 0;
    [[nodiscard]] virtual Util::Result<void> write(const QString &key, const QByteArray &secret) = 0;
    /// Removing a key that does not exist succeeds.
    [[nodiscard]] virtual Util::Result<void> remove(const QString &key) = 0;
    /// Every key this store holds, sorted.
    [[nodiscard]] virtual Util::Result<QStringList> list() = 0;
};

} // namespace Credentials
