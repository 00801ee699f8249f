#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>

#include "credentials/credentialmanager.h"
#include "credentials/credentialrecordstore.h"
#include "credentials/secretstore.h"
#include "util/result.h"

namespace Cli {

// The credential store a credentials command works on: the keychain, or the session memory store when
// the user asked for it (--memory-store, or PALETTEAI_REGISTRY_SECRET_STORE=memory).
class CredentialServices final
{
public:
    /// Fails, naming the keychain backend, when no keychain is available and memory was not chosen.
    [[nodiscard]] static Util::Result<std::unique_ptr<CredentialServices>> open(bool memoryStore);

    Credentials::SecretStore &secrets() const { return *m_secrets; }
    Credentials::CredentialRecordStore &records() { return m_records; }
    Credentials::CredentialManager &manager() { return *m_manager; }

private:
    CredentialServices() = default;

    std::unique_ptr<Credentials::SecretStore> m_ownedStore;
    Credentials::SecretStore *m_secrets = nullptr;
    Credentials::CredentialRecordStore m_records;
    std::unique_ptr<Credentials::CredentialManager> m_manager;
};

// Splits standard input among the secrets asked for with --*-stdin flags: with one flag the whole input
// (less one trailing line break) is the secret; with several, each takes one line in flag order.
[[nodiscard]] Util::Result<QList<QByteArray>> splitStandardInput(const QByteArray &input, int count);

} // namespace Cli
