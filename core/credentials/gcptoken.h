#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "clock.h"
#include "oci/connectionsettings.h"

namespace Credentials {

/// Registry credentials for Google Artifact Registry and Container Registry: an OAuth2 access token as the
/// password of the user "oauth2accesstoken". The token is GOOGLE_OAUTH_ACCESS_TOKEN, or one obtained for
/// a service account: a JWT signed RS256 with the account's key (OpenSSL) exchanged at the key's token_uri.
class GcpToken final
{
public:
    static constexpr const char *username = "oauth2accesstoken";
    static constexpr const char *scope = "https://www.googleapis.com/auth/cloud-platform";

    /// \a keyFile is used when set, else GOOGLE_APPLICATION_CREDENTIALS; \a tokenUri replaces the key's
    /// token_uri (tests point it at a local server).
    explicit GcpToken(const QProcessEnvironment &environment, const QString &keyFile = {}, const QUrl &tokenUri = {},
                      const Clock &clock = Clock::system());

    [[nodiscard]] Util::Result<Oci::RegistryCredential> fetch() const;

    /// The signed JWT assertion for a service-account key (JSON), valid for one hour from \a now.
    [[nodiscard]] static Util::Result<QByteArray> assertion(const QByteArray &keyJson, const QString &audience,
                                                            const QDateTime &now, const QString &keyFile = {});

private:
    static constexpr const char *defaultTokenUri = "https://oauth2.googleapis.com/token";

    Util::Result<Oci::RegistryCredential> fromServiceAccount(const QString &keyFile) const;

    QProcessEnvironment m_environment;
    QString m_keyFile;
    QUrl m_tokenUri;
    const Clock &m_clock;
};

} // namespace Credentials
