#pragma once

#include <QString>

#include "util/result.h"

namespace Helm {

/// The parts of an `oci://host[:port]` endpoint the values code needs.
struct EndpointParts
{
    QString host;           ///< lower-case, without IPv6 brackets
    int port = 0;           ///< 0 when the endpoint has none
    QString authority;      ///< `host[:port]`, IPv6 in brackets: the key of a docker config `auths` entry
    bool dockerHub = false; ///< a Docker Hub host, which the chart cannot use
};

/// Type rules of the chart's `ociRegistry` fields, as the values reader and writer apply them. The rules
/// themselves live in core/topology (Endpoint, GoDuration); this is the narrow view the values code needs.
class FieldRules final
{
public:
    /// Parses `oci://host[:port]` strictly; the error says how to write other spellings.
    static Util::Result<EndpointParts> parseEndpoint(const QString &text);

    /// Accepts a Go duration (`60s`, `1m30s`, `500ms`).
    static Util::Result<void> checkDuration(const QString &text);

    /// A DNS-1123 label: lower-case alphanumerics and '-', 1–63 characters, alphanumeric at both ends.
    static bool isDns1123Label(const QString &text);

    /// True for hosts that resolve only inside a cluster (`*.svc`, `*.svc.cluster.local`, `localhost`).
    static bool isInClusterHost(const QString &host);
};

} // namespace Helm
