#pragma once

#include <QByteArray>
#include <QString>

#include "oci/httprequest.h"
#include "util/result.h"

namespace Oci {

/// Turns failed registry responses into messages: the registry's own words and the request that failed.
class RegistryError final
{
public:
    /// OCI error JSON as "CODE: message (detail)" lines joined by "; ", otherwise the start of the text body.
    static QString registryWords(const QByteArray &body);
    /// "<what>: GET https://host/v2/...: HTTP 404: MANIFEST_UNKNOWN: manifest unknown".
    static Util::Error fromResponse(const HttpResponse &response, const QString &what);
    /// The OCI error codes of the body ("MANIFEST_UNKNOWN", ...).
    static QStringList codes(const QByteArray &body);
};

} // namespace Oci
