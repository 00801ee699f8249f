#include "credentialservices.h"

#include <QCoreApplication>

#include "credentials/keychainstore.h"
#include "credentials/memorystore.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Memory stores are per process: one that is owned by nobody but shared by every command of this run.
class SessionStore final : public Credentials::SecretStore
{
public:
    QString backendName() const override { return session().backendName(); }
    bool isPersistent() const override { return false; }
    Util::Result<void> checkAvailable() override { return {}; }
    Util::Result<std::optional<QByteArray>> read(const QString &key) override { return session().read(key); }
    Util::Result<void> write(const QString &key, const QByteArray &secret) override
    {
        return session().write(key, secret);
    }
    Util::Result<void> remove(const QString &key) override { return session().remove(key); }
    Util::Result<QStringList> list() override { return session().list(); }

private:
    static Credentials::MemoryStore &session() { return Credentials::MemoryStore::session(); }
};

} // namespace

Util::Result<std::unique_ptr<CredentialServices>> CredentialServices::open(bool memoryStore)
{
    std::unique_ptr<CredentialServices> services(new CredentialServices);
    const bool memory =
        memoryStore || qEnvironmentVariable("PALETTEAI_REGISTRY_SECRET_STORE") == QLatin1String("memory");
    if (memory) {
        services->m_ownedStore = std::make_unique<SessionStore>();
    } else {
        auto keychain = std::make_unique<Credentials::KeychainStore>();
        if (auto available = keychain->checkAvailable(); !available)
            return Util::makeError(available.error().message + QLatin1Char('\n') +
                                   tr("No secret is written to a file instead. To keep secrets in memory for this "
                                      "run only, pass --memory-store (or set "
                                      "PALETTEAI_REGISTRY_SECRET_STORE=memory)."));
        services->m_ownedStore = std::move(keychain);
    }
    services->m_secrets = services->m_ownedStore.get();
    services->m_manager = std::make_unique<Credentials::CredentialManager>(*services->m_secrets, services->m_records);
    return services;
}

Util::Result<QList<QByteArray>> splitStandardInput(const QByteArray &input, int count)
{
    if (count == 0)
        return QList<QByteArray>();

    QByteArray text = input;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    if (count == 1)
        return QList<QByteArray>{text};

    QList<QByteArray> lines = text.split('\n');
    if (lines.size() < count)
        return Util::makeError(tr("Standard input has %1 line(s) but %2 secrets were asked for with --*-stdin; "
                                  "give one per line.")
                                   .arg(lines.size())
                                   .arg(count));
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines.mid(0, count);
}

} // namespace Cli
