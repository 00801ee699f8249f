#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Credentials {

/// AWS credentials of one principal.
struct AwsCredentials
{
    QString accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; ///< empty for long-term keys
    QString source;          ///< for people: "environment", "profile fleet in /home/me/.aws/credentials"
};

/// AWS Signature Version 4 (HMAC-SHA256, OpenSSL) for one request with a body held in memory.
class SigV4 final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Returns \a headers plus Host, X-Amz-Date, X-Amz-Security-Token (with a session token) and
    /// Authorization, signed for \a region and \a service at \a time.
    static Headers sign(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body,
                        const AwsCredentials &credentials, const QString &region, const QString &service,
                        const QDateTime &time);

    /// The canonical request of the signature, for diagnostics and tests.
    static QByteArray canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &headers,
                                       const QByteArray &body, QByteArray *signedHeaders = nullptr);
};

} // namespace Credentials
