#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "credentialrecord.h"
#include "util/result.h"

namespace Credentials {

/// Keeps CredentialRecords (never secrets) in an INI settings file, one group per registry.
class CredentialRecordStore final
{
public:
    /// \a settingsPath empty means the user's configuration: <config>/PaletteAI/registry-credentials.ini.
    explicit CredentialRecordStore(const QString &settingsPath = {});

    static QString defaultSettingsPath();
    QString settingsPath() const { return m_path; }

    [[nodiscard]] Util::Result<void> save(const CredentialRecord &record);
    std::optional<CredentialRecord> load(const QString &registry) const;
    [[nodiscard]] Util::Result<void> remove(const QString &registry);
    /// Every record, sorted by registry key.
    QList<CredentialRecord> list() const;

private:
    QString m_path;
};

} // namespace Credentials
