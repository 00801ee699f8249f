#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "oci/connectionsettings.h"

namespace Credentials {

/// Registry credentials for Azure Container Registry: an Azure AD access token (AZURE_ACCESS_TOKEN, or a
/// file holding one) is exchanged at https://<registry>/oauth2/exchange for an ACR refresh token, which the
/// registry takes as the password of the fixed user 00000000-0000-0000-0000-000000000000.
class AzureAcr final
{
public:
    static constexpr const char *username = "00000000-0000-0000-0000-000000000000";

    /// \a tokenFile is used when AZURE_ACCESS_TOKEN is not set; \a endpoint replaces
    /// https://<registry>/oauth2/exchange (tests point it at a local server).
    explicit AzureAcr(const QProcessEnvironment &environment, const QString &tokenFile = {}, const QUrl &endpoint = {});

    [[nodiscard]] Util::Result<QByteArray> accessToken() const;
    [[nodiscard]] Util::Result<Oci::RegistryCredential> fetch(const QString &registryHost) const;

    /// The "exp" claim of a JWT, or an invalid time when the token is not a JWT or has none.
    static QDateTime jwtExpiry(const QByteArray &token);

private:
    QProcessEnvironment m_environment;
    QString m_tokenFile;
    QUrl m_endpoint;
};

} // namespace Credentials
