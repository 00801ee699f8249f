#include "proxyresolver.h"

#include <QUrl>

namespace Oci {

ProxyResolver::ProxyResolver(const QProcessEnvironment &environment)
    : m_settings(ProxySettings::fromEnvironment(environment))
{
}

std::optional<QNetworkProxy> ProxyResolver::proxyFor(const QUrl &url) const
{
    const QNetworkProxy proxy = m_settings.proxyFor(url);
    if (proxy.type() == QNetworkProxy::NoProxy)
        return std::nullopt;
    return proxy;
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
