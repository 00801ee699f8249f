#include "credentialrecordstore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::CredentialRecordStore", text);
}

// Registry keys hold ':' and possibly '/', which QSettings treats specially in key names.
QString groupName(const QString &registry)
{
    return QStringLiteral("registry-") + QString::fromLatin1(QUrl::toPercentEncoding(registry));
}

Util::Result<void> syncStatus(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Util::Error{tr("Could not write the credential settings."), settings.fileName(), 0, 0};
    return {};
}

} // namespace

CredentialRecordStore::CredentialRecordStore(const QString &settingsPath)
    : m_path(settingsPath.isEmpty() ? defaultSettingsPath() : settingsPath)
{
}

QString CredentialRecordStore::defaultSettingsPath()
{
    // One file shared by the console and the CLI, whatever their application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/PaletteAI/registry-credentials.ini");
}

Util::Result<void> CredentialRecordStore::save(const CredentialRecord &record)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(groupName(record.registry));
    settings.beginGroup(groupName(record.registry));
    settings.setValue(QStringLiteral("registry"), record.registry);
    settings.setValue(QStringLiteral("auth"), toKey(record.auth));
    settings.setValue(QStringLiteral("username"), record.username);
    settings.setValue(QStringLiteral("secretStore"), record.secretStore);
    settings.setValue(QStringLiteral("caFile"), record.caFile);
    settings.setValue(QStringLiteral("caPem"), QString::fromUtf8(record.caPem));
    settings.setValue(QStringLiteral("certFile"), record.certFile);
    settings.setValue(QStringLiteral("certPem"), QString::fromUtf8(record.certPem));
    settings.setValue(QStringLiteral("keyFile"), record.keyFile);
    settings.setValue(QStringLiteral("proxyAddress"), record.proxyAddress);
    settings.setValue(QStringLiteral("proxyUsername"), record.proxyUsername);
    settings.setValue(QStringLiteral("awsProfile"), record.awsProfile);
    settings.setValue(QStringLiteral("azureTokenFile"), record.azureTokenFile);
    settings.setValue(QStringLiteral("gcpKeyFile"), record.gcpKeyFile);
    settings.setValue(QStringLiteral("updated"), record.updated.toUTC().toString(Qt::ISODate));
    settings.endGroup();
    return syncStatus(settings);
}

std::optional<CredentialRecord> CredentialRecordStore::load(const QString &registry) const
{
    QSettings settings(m_path, QSettings::IniFormat);
    if (!settings.childGroups().contains(groupName(registry)))
        return std::nullopt;

    settings.beginGroup(groupName(registry));
    CredentialRecord record;
    record.registry = settings.value(QStringLiteral("registry"), registry).toString();
    record.auth = authKindFromKey(settings.value(QStringLiteral("auth")).toString()).value_or(AuthKind::Anonymous);
    record.username = settings.value(QStringLiteral("username")).toString();
    record.secretStore = settings.value(QStringLiteral("secretStore"), QStringLiteral("keychain")).toString();
    record.caFile = settings.value(QStringLiteral("caFile")).toString();
    record.caPem = settings.value(QStringLiteral("caPem")).toString().toUtf8();
    record.certFile = settings.value(QStringLiteral("certFile")).toString();
    record.certPem = settings.value(QStringLiteral("certPem")).toString().toUtf8();
    record.keyFile = settings.value(QStringLiteral("keyFile")).toString();
    record.proxyAddress = settings.value(QStringLiteral("proxyAddress")).toString();
    record.proxyUsername = settings.value(QStringLiteral("proxyUsername")).toString();
    record.awsProfile = settings.value(QStringLiteral("awsProfile")).toString();
    record.azureTokenFile = settings.value(QStringLiteral("azureTokenFile")).toString();
    record.gcpKeyFile = settings.value(QStringLiteral("gcpKeyFile")).toString();
    record.updated = QDateTime::fromString(settings.value(QStringLiteral("updated")).toString(), Qt::ISODate);
    return record;
}

Util::Result<void> CredentialRecordStore::remove(const QString &registry)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(groupName(registry));
    return syncStatus(settings);
}

QList<CredentialRecord> CredentialRecordStore::list() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    const QStringList groups = settings.childGroups();
    QList<CredentialRecord> records;
    for (const QString &group : groups) {
        if (!group.startsWith(QLatin1String("registry-")))
            continue;
        const QString registry = QUrl::fromPercentEncoding(group.mid(9).toLatin1());
        if (auto record = load(registry))
            records.append(*record);
    }
    std::sort(records.begin(), records.end(),
              [](const CredentialRecord &a, const CredentialRecord &b) { return a.registry < b.registry; });
    return records;
}

} // namespace Credentials
