#pragma once

#include <optional>

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

#include "util/result.h"

namespace Credentials {

/// One credential a Docker credential helper or config file gave for a registry.
struct DockerCredential
{
    QString serverUrl; ///< as written in the config or by the helper, e.g. "https://ghcr.io"
    QString username;
    QByteArray password;
    QByteArray identityToken; ///< OAuth2 refresh token (Docker's "identitytoken"); the password is then empty
    QString source;           ///< for people: "auths in /home/me/.docker/config.json", "docker-credential-pass"
};

/// Runs `docker-credential-<name>` with the credential helper protocol: the server URL on standard input,
/// JSON on standard output. The program is looked up in the PATH of the given environment.
class CredentialHelper final
{
public:
    explicit CredentialHelper(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                              int timeoutMs = 30'000);

    /// `get`: the credential for \a serverUrl, or std::nullopt when the helper has none.
    [[nodiscard]] Util::Result<std::optional<DockerCredential>> get(const QString &helper,
                                                                    const QString &serverUrl) const;
    /// `list`: server URL → username of everything the helper holds.
    [[nodiscard]] Util::Result<QMap<QString, QString>> list(const QString &helper) const;

private:
    Util::Result<QByteArray> run(const QString &helper, const QString &action, const QByteArray &input,
                                 bool &notFound) const;

    QProcessEnvironment m_environment;
    int m_timeoutMs;
};

} // namespace Credentials
