#include "sigv4.h"

#include <algorithm>
#include <map>

#include <QCryptographicHash>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Credentials {

namespace {

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
         size_t(data.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// RFC 3986 unreserved characters stay, everything else is %XX with upper-case hex, as SigV4 requires.
QByteArray uriEncode(const QByteArray &text, bool keepSlash)
{
    return text.toPercentEncoding(keepSlash ? QByteArray("/") : QByteArray());
}

QByteArray canonicalQuery(const QUrl &url)
{
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        pairs.emplace_back(uriEncode(name.toUtf8(), false), uriEncode(value.toUtf8(), false));
    std::sort(pairs.begin(), pairs.end());

    QByteArrayList parts;
    for (const auto &[name, value] : pairs)
        parts.append(name + '=' + value);
    return parts.join('&');
}

QByteArray hostHeader(const QUrl &url)
{
    const bool defaultPort = url.port() < 0 || (url.scheme() == QLatin1String("https") && url.port() == 443) ||
                             (url.scheme() == QLatin1String("http") && url.port() == 80);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (!defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

QByteArray SigV4::canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &headers,
                                   const QByteArray &body, QByteArray *signedHeaders)
{
    // Header names in lower case, values with runs of spaces collapsed; repeated headers joined by commas.
    std::map<QByteArray, QByteArray> canonical;
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.toLower();
        if (key == "authorization" || key == "user-agent" || key == "expect")
            continue;
        QByteArray &slot = canonical[key];
        slot += (slot.isEmpty() ? QByteArray() : QByteArray(",")) + value.simplified();
    }

    QByteArray headerBlock;
    QByteArrayList names;
    for (const auto &[name, value] : canonical) {
        headerBlock += name + ':' + value + '\n';
        names.append(name);
    }
    if (signedHeaders)
        *signedHeaders = names.join(';');

    const QByteArray path = url.path(QUrl::FullyDecoded).isEmpty()
                                ? QByteArray("/")
                                : uriEncode(url.path(QUrl::FullyDecoded).toUtf8(), true);
    return method + '\n' + path + '\n' + canonicalQuery(url) + '\n' + headerBlock + '\n' + names.join(';') + '\n' +
           sha256Hex(body);
}

SigV4::Headers SigV4::sign(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body,
                           const AwsCredentials &credentials, const QString &region, const QString &service,
                           const QDateTime &time)
{
    const QByteArray stamp = time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = stamp.left(8);

    Headers result = headers;
    result.append({"Host", hostHeader(url)});
    result.append({"X-Amz-Date", stamp});
    if (!credentials.sessionToken.isEmpty())
        result.append({"X-Amz-Security-Token", credentials.sessionToken});

    QByteArray signedHeaders;
    const QByteArray request = canonicalRequest(method, url, result, body, &signedHeaders);
    const QByteArray scope = date + '/' + region.toLatin1() + '/' + service.toLatin1() + "/aws4_request";
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + stamp + '\n' + scope + '\n' + sha256Hex(request);

    QByteArray key = hmacSha256("AWS4" + credentials.secretAccessKey, date);
    key = hmacSha256(key, region.toLatin1());
    key = hmacSha256(key, service.toLatin1());
    key = hmacSha256(key, "aws4_request");
    const QByteArray signature = hmacSha256(key, stringToSign).toHex();

    result.append({"Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toLatin1() + '/' + scope +
                                        ", SignedHeaders=" + signedHeaders + ", Signature=" + signature});
    return result;
}

} // namespace Credentials
