#pragma once

#include <optional>

#include <QList>

#include "credentialrecord.h"
#include "util/result.h"

namespace Credentials {

class CredentialRecordStore;
class SecretStore;

/// Saves and loads a registry's credentials as a whole: the record to the settings, the secrets to the
/// SecretStore. Secrets are written before the record, so a record never points at secrets that failed
/// to be stored.
class CredentialManager final
{
public:
    CredentialManager(SecretStore &secrets, CredentialRecordStore &records);

    SecretStore &secretStore() const { return m_secrets; }
    CredentialRecordStore &recordStore() const { return m_records; }

    /// Stores \a secrets and \a record; secrets left empty are removed from the store.
    [[nodiscard]] Util::Result<void> save(CredentialRecord record, const RegistrySecrets &secrets);
    std::optional<CredentialRecord> record(const QString &registry) const;
    [[nodiscard]] Util::Result<RegistrySecrets> secrets(const QString &registry) const;
    /// Removes the record and every secret of \a registry.
    [[nodiscard]] Util::Result<void> remove(const QString &registry);
    QList<CredentialRecord> records() const;

private:
    SecretStore &m_secrets;
    CredentialRecordStore &m_records;
};

} // namespace Credentials
