#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "credentials/tlsmaterial.h"

namespace Cli {

// Indented lines describing \a certificate, its validity judged at \a now.
QString certificateText(const Credentials::CertificateInfo &certificate, const QDateTime &now);
QJsonObject certificateJson(const Credentials::CertificateInfo &certificate, const QDateTime &now);
QString severityName(Credentials::TlsFinding::Severity severity);

} // namespace Cli
