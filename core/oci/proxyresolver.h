#pragma once

#include <optional>

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

#include "proxysettings.h"

namespace Oci {

/// Qt's proxy factory for registry connections that have no proxy of their own: asks ProxySettings built
/// from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, upper case first as in Go) for each request and
/// each socket. Loopback addresses and `localhost` are always reached directly.
class ProxyResolver final : public QNetworkProxyFactory
{
public:
    explicit ProxyResolver(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    /// The proxy for a URL, std::nullopt for a direct connection.
    std::optional<QNetworkProxy> proxyFor(const QUrl &url) const;

private:
    ProxySettings m_settings;
};

} // namespace Oci
