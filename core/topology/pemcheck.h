#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "util/result.h"

namespace Topology {

/// What offline validation needs to know about one certificate.
struct CertificateSummary
{
    QString subject;
    QDateTime notAfter; ///< UTC
};

/// Parses every certificate of a PEM bundle with OpenSSL. Fails when the text holds no certificate or
/// any block does not parse; the message names the block.
Util::Result<QList<CertificateSummary>> parseCertificates(const QByteArray &pem);

/// Parses a PEM private key and checks that it belongs to the first certificate of \a certificatePem.
/// Encrypted keys are reported as such: they cannot be used by Flux.
Util::Result<void> checkKeyMatchesCertificate(const QByteArray &keyPem, const QByteArray &certificatePem);

} // namespace Topology
