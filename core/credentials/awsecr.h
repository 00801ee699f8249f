#pragma once

#include <optional>

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "clock.h"
#include "oci/connectionsettings.h"
#include "sigv4.h"

namespace Credentials {

/// What an ECR registry host says about where its API lives.
struct EcrRegistry
{
    QString accountId;
    QString region;
    QString partition; ///< "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b"
    bool fips = false;
    QString apiHost; ///< e.g. "api.ecr.us-west-2.amazonaws.com", "ecr-fips.us-east-1.amazonaws.com"
};

/// Registry credentials from ECR's GetAuthorizationToken, signed with SigV4 from the standard AWS sources:
/// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, else the profile (explicit, AWS_PROFILE,
/// or "default") in the shared credentials file (AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials) and
/// config file (AWS_CONFIG_FILE or ~/.aws/config). The region comes from the registry host.
class AwsEcr final
{
public:
    static constexpr const char *target = "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken";

    /// Parses "<account>.dkr.ecr[-fips].<region>.<partition suffix>"; std::nullopt for other hosts.
    static std::optional<EcrRegistry> parseHost(const QString &host);
    [[nodiscard]] static Util::Result<AwsCredentials> loadCredentials(const QProcessEnvironment &environment,
                                                                      const QString &profile = {});

    /// \a endpoint replaces https://<apiHost>/ (tests point it at a local server); so do the environment's
    /// AWS_ENDPOINT_URL_ECR and AWS_ENDPOINT_URL, as in the AWS SDKs.
    explicit AwsEcr(const QProcessEnvironment &environment, const QString &profile = {}, const QUrl &endpoint = {},
                    const Clock &clock = Clock::system());

    /// A fresh credential for \a registryHost: user "AWS", the token as password, expiry from ECR.
    [[nodiscard]] Util::Result<Oci::RegistryCredential> fetch(const QString &registryHost) const;

private:
    QUrl endpointFor(const EcrRegistry &registry) const;
    static Util::Result<Oci::RegistryCredential> credentialFromReply(const QJsonObject &json, const QUrl &url);

    QProcessEnvironment m_environment;
    QString m_profile;
    QUrl m_endpoint;
    const Clock &m_clock;
};

} // namespace Credentials
