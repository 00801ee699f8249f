#include "dockerconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include "credentialmanager.h"
#include "util/atomicfile.h"
#include "util/logging.h"

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::DockerConfig", text);
}

// host[:port] of a registry or of a server URL in a config; Docker Hub's names all become docker.io.
QString registryKey(const QString &server)
{
    const QString key = CredentialRecord::keyFor(server);
    if (key == QLatin1String("index.docker.io") || key == QLatin1String("registry-1.docker.io"))
        return QStringLiteral("docker.io");
    return key;
}

int lineOfOffset(const QByteArray &data, int offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

} // namespace

QStringList DockerConfig::defaultPaths(const QProcessEnvironment &environment)
{
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    QStringList paths;
    if (const QString dockerConfig = environment.value(QStringLiteral("DOCKER_CONFIG")); !dockerConfig.isEmpty())
        paths.append(dockerConfig + QStringLiteral("/config.json"));
    paths.append(home + QStringLiteral("/.docker/config.json"));
    if (const QString runtime = environment.value(QStringLiteral("XDG_RUNTIME_DIR")); !runtime.isEmpty())
        paths.append(runtime + QStringLiteral("/containers/auth.json"));
    const QString config = environment.value(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    paths.append(config + QStringLiteral("/containers/auth.json"));
    return paths;
}

Util::Result<DockerConfig> DockerConfig::load(const QString &path)
{
    const auto data = Util::readFile(path, 16 * 1024 * 1024);
    if (!data)
        return data.error();
    return parse(*data, path);
}

Util::Result<DockerConfig> DockerConfig::parse(const QByteArray &json, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Util::Error{tr("Not valid JSON: %1").arg(parseError.errorString()), path,
                           lineOfOffset(json, parseError.offset), 0};
    if (!document.isObject())
        return Util::Error{tr("The file does not hold a JSON object."), path, 1, 0};

    DockerConfig config;
    config.m_path = path;
    const QJsonObject root = document.object();
    config.m_credsStore = root.value(QLatin1String("credsStore")).toString();
    const QJsonObject helpers = root.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it)
        config.m_credHelpers.insert(it.key(), it.value().toString());
    const QJsonObject auths = root.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it)
        config.m_auths.insert(it.key(), it.value().toObject());
    return config;
}

Util::Result<std::optional<DockerCredential>> DockerConfig::fromAuths(const QString &server) const
{
    const QJsonObject entry = m_auths.value(server);
    DockerCredential credential;
    credential.serverUrl = server;
    credential.source = tr("auths in %1").arg(m_path);
    credential.username = entry.value(QLatin1String("username")).toString();
    credential.password = entry.value(QLatin1String("password")).toString().toUtf8();
    credential.identityToken = entry.value(QLatin1String("identitytoken")).toString().toUtf8();

    // "auth" is base64 of "user:password" and wins over the separate fields, as in Docker.
    const QString auth = entry.value(QLatin1String("auth")).toString();
    if (!auth.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return Util::Error{tr("auths.\"%1\".auth is not the base64 encoding of user:password.").arg(server), m_path,
                               0, 0};
        credential.username = QString::fromUtf8(decoded.decoded.left(colon));
        credential.password = decoded.decoded.mid(colon + 1);
    }

    if (credential.password.isEmpty() && credential.identityToken.isEmpty())
        return std::optional<DockerCredential>();
    return std::optional<DockerCredential>(credential);
}

Util::Result<QList<DockerCredential>> DockerConfig::credentials(const CredentialHelper &helper) const
{
    QStringList servers = m_auths.keys() + m_credHelpers.keys();
    // Not every helper can list (docker-credential-ecr-login cannot); Docker leaves an empty `auths` entry
    // for each registry it put in the store, so those still name the registries.
    if (!m_credsStore.isEmpty()) {
        if (const auto stored = helper.list(m_credsStore))
            servers += stored->keys();
        else
            qCWarning(lcCredentials) << "cannot list the credential store:" << stored.error().message;
    }
    servers.removeDuplicates();

    QList<DockerCredential> result;
    for (const QString &server : servers) {
        auto credential = credentialOf(server, helper);
        if (!credential)
            return credential.error();
        if (*credential)
            result.append(**credential);
    }
    return result;
}

Util::Result<std::optional<DockerCredential>> DockerConfig::credentialOf(const QString &server,
                                                                        const CredentialHelper &helper) const
{
    // The first source that has a credential wins: the server's helper, the store, the file itself.
    for (const QString &name : {m_credHelpers.value(server), m_credsStore}) {
        if (name.isEmpty())
            continue;
        auto found = helper.get(name, server);
        if (!found || *found)
            return found;
    }
    return fromAuths(server);
}

Util::Result<std::optional<DockerCredential>> DockerConfig::credentialFor(const QString &registry,
                                                                         const CredentialHelper &helper) const
{
    const QString wanted = registryKey(registry);
    QStringList servers = m_credHelpers.keys() + m_auths.keys();
    servers.removeDuplicates();
    for (const QString &server : servers) {
        if (registryKey(server) != wanted)
            continue;
        auto credential = credentialOf(server, helper);
        if (!credential || *credential)
            return credential;
    }

    // A store may hold registries the file does not name; it is asked by host, as Docker asks it.
    if (!m_credsStore.isEmpty())
        return helper.get(m_credsStore, CredentialRecord::keyFor(registry));
    return std::optional<DockerCredential>();
}

Util::Result<std::optional<DockerCredential>> DockerConfig::findCredential(const QString &registry,
                                                                          const QProcessEnvironment &environment,
                                                                          const CredentialHelper &helper)
{
    for (const QString &path : defaultPaths(environment)) {
        if (!QFileInfo::exists(path))
            continue;
        const auto config = load(path);
        if (!config)
            return config.error();
        auto credential = config->credentialFor(registry, helper);
        if (!credential || *credential)
            return credential;
    }
    return std::optional<DockerCredential>();
}

Util::Result<QStringList> DockerConfig::importInto(CredentialManager &manager, const CredentialHelper &helper) const
{
    const auto found = credentials(helper);
    if (!found)
        return found.error();

    QStringList imported;
    for (const DockerCredential &credential : *found) {
        const QString registry = CredentialRecord::keyFor(credential.serverUrl);
        CredentialRecord record = manager.record(registry).value_or(CredentialRecord{});
        record.registry = registry;
        record.username = credential.username;
        record.auth = credential.identityToken.isEmpty() ? AuthKind::Basic : AuthKind::IdentityToken;
        record.updated = QDateTime::currentDateTimeUtc();

        // Keep TLS and proxy secrets already stored for the registry; replace the login.
        auto secrets = manager.secrets(registry);
        if (!secrets)
            return secrets.error();
        secrets->password = credential.password;
        secrets->identityToken = credential.identityToken;
        if (auto saved = manager.save(record, *secrets); !saved)
            return saved.error();
        imported.append(registry);
    }
    return imported;
}

} // namespace Credentials
