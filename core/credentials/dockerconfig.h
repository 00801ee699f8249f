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

    /// The credential for \a registry (host[:port]), as Docker and Podman pick it: the registry's helper in
    /// `credHelpers`, then `credsStore`, then the entry in `auths`. Entries are matched by host[:port], so
    /// "https://host:5000/v1/" names "host:5000"; docker.io, index.docker.io and registry-1.docker.io are one.
    [[nodiscard]] Util::Result<std::optional<DockerCredential>> credentialFor(const QString &registry,
                                                                            const CredentialHelper &helper) const;
    /// The first credential for \a registry found in the files of defaultPaths(), in their order.
    [[nodiscard]] static Util::Result<std::optional<DockerCredential>>
    findCredential(const QString &registry, const QProcessEnvironment &environment, const CredentialHelper &helper);

    /// Saves every credential as a record plus secrets; returns the registry keys imported.
    [[nodiscard]] Util::Result<QStringList> importInto(CredentialManager &manager,
                                                       const CredentialHelper &helper) const;

private:
    Util::Result<std::optional<DockerCredential>> fromAuths(const QString &server) const;
    Util::Result<std::optional<DockerCredential>> credentialOf(const QString &server,
                                                               const CredentialHelper &helper) const;

    QString m_path;
    QString m_credsStore;
    QMap<QString, QString> m_credHelpers;
    QMap<QString, QJsonObject> m_auths;
};

} // namespace Credentials
