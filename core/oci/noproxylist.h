#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace Oci {

/// The hosts a NO_PROXY value exempts from the proxy, with the meaning Go programs (Flux, Docker) give it:
/// comma- or space-separated entries; "*" exempts everything; "example.com" matches that host and its
/// subdomains; ".example.com" only its subdomains; "10.0.0.0/8" and "fd00::/8" match addresses in the
/// range; "10.1.2.3" and "::1" match that address; "host:port" limits an entry to one port.
class NoProxyList final
{
public:
    NoProxyList() = default;
    static NoProxyList parse(const QString &value);

    bool isEmpty() const { return m_entries.isEmpty() && !m_all; }
    /// True when requests to \a url go direct.
    bool matches(const QUrl &url) const;

private:
    struct Entry
    {
        QString domain; ///< lower-case, without a leading dot
        bool subdomainsOnly = false;
        QHostAddress network; ///< set for address and CIDR entries
        int prefixLength = -1;
        int port = -1; ///< -1: any port
    };

    static bool hostMatches(const Entry &entry, const QString &host, const QHostAddress &address);

    QList<Entry> m_entries;
    bool m_all = false;
};

} // namespace Oci
