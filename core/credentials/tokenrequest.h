#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QUrl>

#include "util/result.h"

namespace Credentials {

/// One HTTP request of a cloud token flow, run to completion in a local event loop. Token endpoints are
/// small and few; the registry client itself does not use this.
class TokenRequest final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Reply
    {
        int status = 0;
        Headers headers;
        QByteArray body;
    };

    /// POSTs \a body to \a url. Fails only on transport errors; any HTTP status is a Reply.
    [[nodiscard]] static Util::Result<Reply> post(const QUrl &url, const Headers &headers, const QByteArray &body,
                                                  const QNetworkProxy &proxy, int timeoutMs = 30'000);
};

} // namespace Credentials
