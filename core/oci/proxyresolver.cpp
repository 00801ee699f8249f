#include "proxyresolver.h"

#include <QHostAddress>
#include <QUrl>

namespace Oci {

ProxyResolver::ProxyResolver(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

QString ProxyResolver::variable(const char *lowerName) const
{
    const QString lower = QString::fromLatin1(lowerName);
    const QString value = m_environment.value(lower);
    return value.isEmpty() ? m_environment.value(lower.toUpper()) : value;
}

std::optional<QNetworkProxy> ProxyResolver::parseProxyUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QUrl url =
        QUrl::fromUserInput(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                        quint16(url.port(socks ? 1080 : 80)), url.userName(), url.password());
    return proxy;
}

bool ProxyResolver::bypasses(const QString &noProxy, const QString &host, int port)
{
    const QString name = host.toLower();
    const QHostAddress address(name);
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (entry.contains(QLatin1Char('/'))) {
            if (!address.isNull() && address.isInSubnet(QHostAddress::parseSubnet(entry)))
                return true;
            continue;
        }
        // "host:port" applies to that port only ("[::1]:5000" for IPv6).
        const int colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && entry.count(QLatin1Char(':')) == 1) {
            if (entry.mid(colon + 1).toInt() != port)
                continue;
            entry = entry.left(colon);
        }
        if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
            entry = entry.mid(1, entry.size() - 2);
        if (entry.startsWith(QLatin1Char('.'))) {
            if (name.endsWith(entry) || name == entry.mid(1))
                return true;
            continue;
        }
        if (name == entry || name.endsWith(QLatin1Char('.') + entry))
            return true;
        if (!address.isNull() && address.isEqual(QHostAddress(entry)))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> ProxyResolver::proxyFor(const QUrl &url) const
{
    // Like Go's net/http: loopback is never proxied (a proxy cannot reach our own 127.0.0.1 anyway).
    const QHostAddress address(url.host());
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || address.isLoopback())
        return std::nullopt;
    const bool https = url.scheme() == QLatin1String("https");
    const int port = url.port(https ? 443 : 80);
    if (bypasses(variable("no_proxy"), url.host(), port))
        return std::nullopt;
    return parseProxyUrl(variable(https ? "https_proxy" : "http_proxy"));
}

QList<QNetworkProxy> ProxyResolver::queryProxy(const QNetworkProxyQuery &query)
{
    // Socket-level queries carry a host and port but no URL.
    QUrl url = query.url();
    if (url.host().isEmpty()) {
        url = QUrl();
        url.setScheme(query.protocolTag().isEmpty() ? QStringLiteral("http") : query.protocolTag().toLower());
        url.setHost(query.peerHostName());
        url.setPort(query.peerPort());
    }
    const auto proxy = proxyFor(url);
    return {proxy ? *proxy : QNetworkProxy(QNetworkProxy::NoProxy)};
}

} // namespace Oci
