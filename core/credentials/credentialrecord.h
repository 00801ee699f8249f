#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Credentials {

/// How the console authenticates to a registry.
enum class AuthKind { Anonymous, Basic, IdentityToken, Aws, Azure, Gcp };

/// The secrets kept per registry in the SecretStore, under "<registry-key>/<name>".
enum class SecretName { Password, IdentityToken, TlsKey, ProxyPassword };

/// The non-secret half of a registry's credentials, kept in the settings. Everything here may be shown
/// and written to a plain file; the matching secrets live only in the SecretStore.
struct CredentialRecord
{
    QString registry; ///< registry key: lower-case host[:port]
    AuthKind auth = AuthKind::Anonymous;
    QString username;
    /// "keychain" or "memory": where the secrets were put, so that a later run can say where they went.
    QString secretStore = QStringLiteral("keychain");

    QString caFile;   ///< where the CA bundle came from, for display
    QByteArray caPem; ///< public CA certificates
    QString certFile;
    QByteArray certPem; ///< public client certificate (chain)
    QString keyFile;    ///< where the client key came from; the key itself is the TlsKey secret

    QString proxyAddress; ///< http:// or https:// URL
    QString proxyUsername;

    QString awsProfile;     ///< named profile for the aws provider; empty means AWS_PROFILE or "default"
    QString azureTokenFile; ///< file holding an Azure AD access token for the azure provider
    QString gcpKeyFile;     ///< service-account key file for the gcp provider

    QDateTime updated;

    /// The registry key of an endpoint: "oci://Zot.Example.com:443/" becomes "zot.example.com:443".
    static QString keyFor(const QString &endpointOrHost);
};

/// The secrets of one registry. Empty means "none stored".
struct RegistrySecrets
{
    QByteArray password;
    QByteArray identityToken;
    QByteArray tlsKey; ///< PEM, decrypted
    QByteArray proxyPassword;

    bool isEmpty() const;
};

/// "<registry-key>/password", "<registry-key>/identity-token", ...
QString secretKey(const QString &registry, SecretName name);
QString toKey(SecretName name);
QString toKey(AuthKind kind);
std::optional<AuthKind> authKindFromKey(const QString &key);

} // namespace Credentials
