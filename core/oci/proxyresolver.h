#pragma once

#include <optional>

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>

namespace Oci {

/// Chooses the proxy of each connection from the environment the way curl and Go do: `https_proxy` /
/// `HTTPS_PROXY` for https URLs, `http_proxy` / `HTTP_PROXY` for http ones, and `no_proxy` / `NO_PROXY`
/// (exact hosts, hosts with their subdomains, `.suffix`, CIDR ranges, `host:port`, `*`). Lower-case names win.
/// Loopback addresses and `localhost` are always reached directly.
class ProxyResolver final : public QNetworkProxyFactory
{
public:
    explicit ProxyResolver(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /// The proxy for a URL, std::nullopt for a direct connection.
    std::optional<QNetworkProxy> proxyFor(const QUrl &url) const;

    /// True when \a noProxy (a NO_PROXY value) says \a host (and \a port) is reached directly.
    static bool bypasses(const QString &noProxy, const QString &host, int port);
    /// "http://user:pass@proxy:3128", "socks5://proxy:1080" or "proxy:3128"; std::nullopt when unusable.
    static std::optional<QNetworkProxy> parseProxyUrl(const QString &text);

private:
    QString variable(const char *lowerName) const;

    QProcessEnvironment m_environment;
};

} // namespace Oci
