#include "credentialrecord.h"

namespace Credentials {

QString CredentialRecord::keyFor(const QString &endpointOrHost)
{
    QString text = endpointOrHost.trimmed();
    const int scheme = text.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        text = text.mid(scheme + 3);

    // Keep host[:port] only: a path or a trailing slash names the same registry.
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        text = text.left(slash);
    return text.toLower();
}

bool RegistrySecrets::isEmpty() const
{
    return password.isEmpty() && identityToken.isEmpty() && tlsKey.isEmpty() && proxyPassword.isEmpty();
}

QString toKey(SecretName name)
{
    switch (name) {
    case SecretName::Password:
        return QStringLiteral("password");
    case SecretName::IdentityToken:
        return QStringLiteral("identity-token");
    case SecretName::TlsKey:
        return QStringLiteral("tls-key");
    case SecretName::ProxyPassword:
        return QStringLiteral("proxy-password");
    }
    return {};
}

QString secretKey(const QString &registry, SecretName name)
{
    return registry + QLatin1Char('/') + toKey(name);
}

QString toKey(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Anonymous:
        return QStringLiteral("anonymous");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::IdentityToken:
        return QStringLiteral("identity-token");
    case AuthKind::Aws:
        return QStringLiteral("aws");
    case AuthKind::Azure:
        return QStringLiteral("azure");
    case AuthKind::Gcp:
        return QStringLiteral("gcp");
    }
    return {};
}

std::optional<AuthKind> authKindFromKey(const QString &key)
{
    for (const AuthKind kind : {AuthKind::Anonymous, AuthKind::Basic, AuthKind::IdentityToken, AuthKind::Aws,
                                AuthKind::Azure, AuthKind::Gcp}) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace Credentials
