#pragma once

#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "noproxylist.h"
#include "util/result.h"

namespace Oci {

/// Which proxy a request takes: the registry's own proxyData, or the environment (HTTPS_PROXY,
/// HTTP_PROXY, NO_PROXY and their lower-case forms, upper case first as in Go). Proxy credentials are
/// set on the QNetworkProxy only, so Qt sends them to the proxy and never to the registry.
class ProxySettings final
{
public:
    ProxySettings() = default;

    static ProxySettings fromEnvironment(const QProcessEnvironment &environment);
    /// A registry's proxyData: every request to that registry goes through \a address.
    static Util::Result<ProxySettings> fromProxyData(const QString &address, const QString &username,
                                                     const QString &password);

    bool isEmpty() const
    {
        return m_httpsProxy.type() == QNetworkProxy::NoProxy && m_httpProxy.type() == QNetworkProxy::NoProxy;
    }
    /// The proxy for \a target; QNetworkProxy::NoProxy when the request goes direct.
    QNetworkProxy proxyFor(const QUrl &target) const;
    const NoProxyList &noProxy() const { return m_noProxy; }

private:
    static Util::Result<QNetworkProxy> toProxy(const QString &address, const QString &username,
                                               const QString &password);

    QNetworkProxy m_httpsProxy{QNetworkProxy::NoProxy};
    QNetworkProxy m_httpProxy{QNetworkProxy::NoProxy};
    NoProxyList m_noProxy;
    bool m_fromEnvironment = false;
};

} // namespace Oci
