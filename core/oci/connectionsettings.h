#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkProxy>
#include <QString>

#include "util/result.h"

namespace Oci {

/// Short-lived registry credentials obtained from a cloud identity (ECR, ACR, Google), or static ones.
struct RegistryCredential
{
    QString username;
    QString password;       ///< for cloud providers: the token the registry takes as password
    QString identityToken;  ///< OAuth2 refresh token for the bearer flow (Docker's `identitytoken`)
    QDateTime expiresAt;    ///< invalid when the credential does not expire
};

/// Everything the registry client needs to talk to one registry. Built by the credentials layer from the
/// topology, the keychain and the environment; the client never reads those sources itself.
struct ConnectionSettings
{
    /// Registry marked insecure: TLS certificates are not verified (the chart's meaning).
    bool insecureSkipVerify = false;
    /// Plain HTTP is allowed (Flux's meaning of `insecure`). Never implied by anything else.
    bool plainHttp = false;

    /// Extra trusted CAs (PEM), added to the system roots unless exclusiveTrust is set.
    QList<QByteArray> caCertificatesPem;
    bool exclusiveTrust = false;
    /// Client certificate and key (PEM) for mutual TLS; the key is already decrypted.
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;

    /// Static credentials; empty username and password mean anonymous.
    RegistryCredential credential;
    /// Called (on the client's thread) when the credential is missing or expired, for cloud providers.
    std::function<Util::Result<RegistryCredential>()> credentialProvider;

    /// The proxy for this registry; std::nullopt means "decide from the environment".
    std::optional<QNetworkProxy> proxy;

    /// Limit for each phase of a request (connect, headers, idle between bytes), in milliseconds.
    int phaseTimeoutMs = 60'000;
    /// Requests in flight at once against this registry.
    int maxConcurrentRequests = 4;
};

} // namespace Oci
