#include "noproxylist.h"

#include <QRegularExpression>

namespace Oci {

namespace {

int defaultPort(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("oci"))
        return url.port(443);
    return url.port(80);
}

// Splits "host:port", "[v6]:port", "v6" and "cidr" forms; returns the port or -1.
int splitPort(QString &text)
{
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        const QString rest = text.mid(close + 1);
        text = text.mid(1, close - 1);
        return rest.startsWith(QLatin1Char(':')) ? rest.mid(1).toInt() : -1;
    }
    // More than one colon and no brackets: a bare IPv6 address, maybe with a prefix length.
    if (text.count(QLatin1Char(':')) != 1)
        return -1;
    const int colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok)
        return -1;
    text = text.left(colon);
    return port;
}

} // namespace

NoProxyList NoProxyList::parse(const QString &value)
{
    NoProxyList list;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (QString text : value.split(separators, Qt::SkipEmptyParts)) {
        if (text == QLatin1String("*")) {
            list.m_all = true;
            continue;
        }

        Entry entry;
        const int slash = text.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            const auto subnet = QHostAddress::parseSubnet(text);
            if (subnet.second >= 0) {
                entry.network = subnet.first;
                entry.prefixLength = subnet.second;
                list.m_entries.append(entry);
            }
            continue;
        }

        entry.port = splitPort(text);
        if (QHostAddress address; address.setAddress(text)) {
            entry.network = address;
        } else {
            entry.subdomainsOnly = text.startsWith(QLatin1Char('.'));
            // "*.example.com" is written by some tools; it means the same as ".example.com".
            if (text.startsWith(QLatin1String("*."))) {
                entry.subdomainsOnly = true;
                text = text.mid(1);
            }
            entry.domain = (entry.subdomainsOnly ? text.mid(1) : text).toLower();
        }
        list.m_entries.append(entry);
    }
    return list;
}

bool NoProxyList::hostMatches(const Entry &entry, const QString &host, const QHostAddress &address)
{
    if (entry.prefixLength >= 0)
        return !address.isNull() && address.isInSubnet(entry.network, entry.prefixLength);
    if (!entry.network.isNull())
        return !address.isNull() && address.isEqual(entry.network, QHostAddress::TolerantConversion);

    if (host == entry.domain)
        return !entry.subdomainsOnly;
    return host.endsWith(QLatin1Char('.') + entry.domain);
}

bool NoProxyList::matches(const QUrl &url) const
{
    if (m_all)
        return true;

    const QString host = url.host().toLower();
    const QHostAddress address(host);
    const int port = defaultPort(url);
    for (const Entry &entry : m_entries) {
        if (entry.port >= 0 && entry.port != port)
            continue;
        if (hostMatches(entry, host, address))
            return true;
    }
    return false;
}

} // namespace Oci
