#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace Oci {

/// Parsers of the response headers the registry protocol relies on besides WWW-Authenticate.
class HttpHeaderParser final
{
public:
    /// The `rel="next"` target of a Link header, resolved against \a requestUrl with its query kept as sent.
    static std::optional<QUrl> nextLink(const QByteArray &linkHeader, const QUrl &requestUrl);
    /// Retry-After as milliseconds from \a now: delta-seconds or an HTTP date; std::nullopt when unusable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);
    /// "start-end" of a Range / Content-Range style header: the end offset, or std::nullopt.
    static std::optional<qint64> rangeEnd(const QByteArray &value);
    /// Resolves a Location header against the request URL, keeping its encoded query byte-for-byte.
    static QUrl resolveLocation(const QByteArray &location, const QUrl &requestUrl);
    /// Appends `name=value` (value percent-encoded) to the URL's query, keeping what is there already.
    static QUrl addQueryItem(const QUrl &url, const QByteArray &name, const QString &value);
};

} // namespace Oci
