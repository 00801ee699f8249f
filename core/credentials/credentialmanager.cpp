#include "credentialmanager.h"

#include "credentialrecordstore.h"
#include "secretstore.h"

namespace Credentials {

namespace {

constexpr SecretName allSecretNames[] = {SecretName::Password, SecretName::IdentityToken, SecretName::TlsKey,
                                         SecretName::ProxyPassword};

QByteArray &field(RegistrySecrets &secrets, SecretName name)
{
    switch (name) {
    case SecretName::Password:
        return secrets.password;
    case SecretName::IdentityToken:
        return secrets.identityToken;
    case SecretName::TlsKey:
        return secrets.tlsKey;
    case SecretName::ProxyPassword:
        break;
    }
    return secrets.proxyPassword;
}

} // namespace

CredentialManager::CredentialManager(SecretStore &secrets, CredentialRecordStore &records)
    : m_secrets(secrets)
    , m_records(records)
{
}

Util::Result<void> CredentialManager::save(CredentialRecord record, const RegistrySecrets &secrets)
{
    RegistrySecrets values = secrets;
    for (const SecretName name : allSecretNames) {
        const QString key = secretKey(record.registry, name);
        const QByteArray &value = field(values, name);
        auto stored = value.isEmpty() ? m_secrets.remove(key) : m_secrets.write(key, value);
        if (!stored)
            return stored;
    }

    record.secretStore = m_secrets.isPersistent() ? QStringLiteral("keychain") : QStringLiteral("memory");
    if (!record.updated.isValid())
        record.updated = QDateTime::currentDateTimeUtc();
    return m_records.save(record);
}

std::optional<CredentialRecord> CredentialManager::record(const QString &registry) const
{
    return m_records.load(registry);
}

Util::Result<RegistrySecrets> CredentialManager::secrets(const QString &registry) const
{
    RegistrySecrets result;
    for (const SecretName name : allSecretNames) {
        const auto value = m_secrets.read(secretKey(registry, name));
        if (!value)
            return value.error();
        field(result, name) = value->value_or(QByteArray());
    }
    return result;
}

Util::Result<void> CredentialManager::remove(const QString &registry)
{
    for (const SecretName name : allSecretNames) {
        if (auto removed = m_secrets.remove(secretKey(registry, name)); !removed)
            return removed;
    }
    return m_records.remove(registry);
}

QList<CredentialRecord> CredentialManager::records() const
{
    return m_records.list();
}

} // namespace Credentials
