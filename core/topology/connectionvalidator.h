#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "endpoint.h"
#include "model.h"
#include "util/result.h"
#include "validationcontext.h"

namespace Credentials {
struct CertificateInfo;
}

namespace Topology {

/// Checks one `ociRegistry` section (the hub's or a spoke's): its registry reference, endpoint,
/// repository, timeout, the insecure flag, secrets and inline credentials, TLS material and provider.
/// Parsed values are cached across sections, so checking thousands of spokes stays linear.
class ConnectionValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Topology::ConnectionValidator)

public:
    explicit ConnectionValidator(ValidationContext &context);

    /// \a spoke is null for the hub's own section.
    void check(const RegistryConnection &connection, const ElementRef &owner, const Cluster *spoke);

private:
    ElementRef at(const QString &field) const;
    bool hasStaticCredentials() const;

    const Registry *checkRegistryReference();
    void checkEndpoint(const Registry *registry);
    void checkRepository();
    void checkTimeout();
    void checkInsecure();
    void checkSecretChoice();
    void checkBasicAuth();
    void checkProxy();
    void checkCertificates();
    void checkCertificateText(const QString &pem, const QString &field);
    void checkExpiry(const Credentials::CertificateInfo &certificate, const QString &field);
    void checkPrivateKey(const CertData &data);
    Util::Result<void> keyMatchesCertificate(const CertData &data) const;
    void checkProvider();

    ValidationContext &m_context;
    const RegistryConnection *m_connection = nullptr;
    const Cluster *m_spoke = nullptr;
    ElementRef m_owner;
    std::optional<Endpoint> m_endpoint; ///< the effective endpoint of the section being checked

    QHash<QString, QString> m_repositoryErrors; ///< "host/repository" -> error message, empty when valid
    struct TimeoutCheck
    {
        qint64 nanoseconds = 0;
        QString error; ///< empty when the text parses
    };
    QHash<QString, TimeoutCheck> m_timeouts;
};

} // namespace Topology
