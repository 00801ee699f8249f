#include "proxysettings.h"

#include <QCoreApplication>
#include <QHostAddress>

#include "util/logging.h"

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::ProxySettings", text);
}

QString firstSet(const QProcessEnvironment &environment, const QString &upper)
{
    const QString value = environment.value(upper);
    return value.isEmpty() ? environment.value(upper.toLower()) : value;
}

bool isLoopback(const QUrl &url)
{
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

Util::Result<QNetworkProxy> ProxySettings::toProxy(const QString &address, const QString &username,
                                                   const QString &password)
{
    // "proxy.corp:3128" without a scheme is taken as an HTTP proxy, as Go does.
    QUrl url(address.contains(QLatin1String("://")) ? address : QStringLiteral("http://") + address);
    if (!url.isValid() || url.host().isEmpty())
        return Util::makeError(tr("The proxy address '%1' is not a valid URL.").arg(address));

    QNetworkProxy proxy;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        proxy = QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(80)));
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port(1080)));
    } else if (scheme == QLatin1String("https")) {
        return Util::makeError(tr("The proxy '%1' is reached over TLS (https://), which this console cannot do; "
                                  "use the proxy's plain http:// address (requests to the registry stay "
                                  "encrypted inside the tunnel).")
                                   .arg(address));
    } else {
        return Util::makeError(tr("The proxy address '%1' has the unsupported scheme '%2'.").arg(address, scheme));
    }

    // Credentials in the URL are used unless explicit ones are given.
    proxy.setUser(username.isEmpty() ? url.userName() : username);
    proxy.setPassword(password.isEmpty() ? url.password() : password);
    return proxy;
}

ProxySettings ProxySettings::fromEnvironment(const QProcessEnvironment &environment)
{
    ProxySettings settings;
    settings.m_fromEnvironment = true;
    settings.m_noProxy = NoProxyList::parse(firstSet(environment, QStringLiteral("NO_PROXY")));

    const QString https = firstSet(environment, QStringLiteral("HTTPS_PROXY"));
    const QString http = firstSet(environment, QStringLiteral("HTTP_PROXY"));
    if (!https.isEmpty()) {
        if (auto proxy = toProxy(https, {}, {}))
            settings.m_httpsProxy = *proxy;
        else
            qCWarning(lcOci) << "ignoring HTTPS_PROXY:" << proxy.error().message;
    }
    if (!http.isEmpty()) {
        if (auto proxy = toProxy(http, {}, {}))
            settings.m_httpProxy = *proxy;
        else
            qCWarning(lcOci) << "ignoring HTTP_PROXY:" << proxy.error().message;
    }
    return settings;
}

Util::Result<ProxySettings> ProxySettings::fromProxyData(const QString &address, const QString &username,
                                                         const QString &password)
{
    auto proxy = toProxy(address, username, password);
    if (!proxy)
        return proxy.error();

    ProxySettings settings;
    settings.m_httpsProxy = *proxy;
    settings.m_httpProxy = *proxy;
    return settings;
}

QNetworkProxy ProxySettings::proxyFor(const QUrl &target) const
{
    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    if (m_fromEnvironment && (isLoopback(target) || m_noProxy.matches(target)))
        return direct; // Go never proxies loopback requests taken from the environment, nor NO_PROXY hosts.

    const bool plain = target.scheme() == QLatin1String("http");
    return plain ? m_httpProxy : m_httpsProxy;
}

} // namespace Oci
