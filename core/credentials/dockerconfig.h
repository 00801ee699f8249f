#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "credentialhelper.h"
#include "util/result.h"

namespace Credentials {

class CredentialManager;

/// A Docker `config.json` or a Podman/containers `auth.json`: `auths`, `credsStore`, `credHelpers`.
class DockerConfig final
{
public:
    /// Where Docker and Podman keep their credentials, in the order they are searched:
    /// $DOCKER_CONFIG/config.json, ~/.docker/config.json, $XDG_RUNTIME_DIR/containers/auth.json,
    /// ~/.config/containers/auth.json (or $XDG_CONFIG_HOME/containers/auth.json).
    static QStringList defaultPaths(const QProcessEnvironment &environment);

    static Util::Result<DockerConfig> load(const QString &path);
    static Util::Result<DockerConfig> parse(const QByteArray &json, const QString &path);

    QString path() const { return m_path; }
    QString credsStore() const { return m_credsStore; }
    const QMap<QString, QString> &credHelpers() const { return m_credHelpers; }

    /// Every credential the file names, resolving helpers and the store through \a helper.
    [[nodiscard]] Util::Result<QList<DockerCredential>> credentials(const CredentialHelper &helper) const;

    /// Saves every credential as a record plus secrets; returns the registry keys imported.
    [[nodiscard]] Util::Result<QStringList> importInto(CredentialManager &manager,
                                                       const CredentialHelper &helper) const;

private:
    Util::Result<std::optional<DockerCredential>> fromAuths(const QString &server) const;

    QString m_path;
    QString m_credsStore;
    QMap<QString, QString> m_credHelpers;
    QMap<QString, QJsonObject> m_auths;
};

} // namespace Credentials
