#pragma once

#include <QList>
#include <QString>

class QSslError;

namespace Oci {

/// A failed TLS handshake with a registry, in words an administrator can act on: which names the
/// certificate is for, who issued it, when it expired, or that the registry refused the client certificate.
struct TlsDiagnosis
{
    enum class Cause {
        None,
        UntrustedIssuer,          ///< the chain ends at a CA that is not trusted here
        HostNameMismatch,         ///< the certificate is for other names
        OutsideValidity,          ///< expired or not yet valid
        ClientCertificateRefused, ///< the registry broke off the handshake over the client certificate
        Other,
    };

    Cause cause = Cause::None;
    QString words;

    /// Reads Qt's certificate errors met while connecting to \a host. \a extraAuthorities says whether CA
    /// certificates were given on top of the system roots (the words then say that they did not help).
    static TlsDiagnosis fromCertificateErrors(const QList<QSslError> &errors, const QString &host,
                                              bool extraAuthorities);
    /// Recognises, in a socket's error string, the TLS alert a server sends when it wants a client certificate
    /// it trusts. \a certificateSent says whether one was offered.
    static TlsDiagnosis fromHandshakeFailure(const QString &errorString, bool certificateSent);
};

} // namespace Oci
