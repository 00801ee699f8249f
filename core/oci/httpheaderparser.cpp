#include "httpheaderparser.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>

namespace Oci {

QUrl HttpHeaderParser::resolveLocation(const QByteArray &location, const QUrl &requestUrl)
{
    return requestUrl.resolved(QUrl::fromEncoded(location.trimmed(), QUrl::TolerantMode));
}

std::optional<QUrl> HttpHeaderParser::nextLink(const QByteArray &linkHeader, const QUrl &requestUrl)
{
    // Link: <url>; rel="next", <url2>; rel="prev"  -- URLs cannot hold '>' so the split is safe.
    static const QRegularExpression linkValue(QStringLiteral("<([^>]*)>([^<]*)"));
    static const QRegularExpression nextRel(QStringLiteral(";\\s*rel\\s*=\\s*\"?([^\";,]*)\"?"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto links = linkValue.globalMatch(QString::fromLatin1(linkHeader));
    while (links.hasNext()) {
        const auto link = links.next();
        const QString params = link.captured(2);
        auto rels = nextRel.globalMatch(params);
        while (rels.hasNext()) {
            const QStringList values = rels.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (values.contains(QLatin1String("next"), Qt::CaseInsensitive))
                return resolveLocation(link.captured(1).toLatin1(), requestUrl);
        }
    }
    return std::nullopt;
}

std::optional<qint64> HttpHeaderParser::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);

    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (always English names, always GMT).
    const QString date = QString::fromLatin1(text).section(QLatin1Char(','), 1).trimmed();
    QDateTime when = QLocale::c().toDateTime(date.left(date.size() - 4), QStringLiteral("dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when = QDateTime(when.date(), when.time(), Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(when));
}

std::optional<qint64> HttpHeaderParser::rangeEnd(const QByteArray &value)
{
    QByteArray text = value.trimmed();
    if (text.startsWith("bytes="))
        text = text.mid(6);
    const int dash = text.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 end = text.mid(dash + 1).toLongLong(&ok);
    return ok ? std::optional<qint64>(end) : std::nullopt;
}

QUrl HttpHeaderParser::addQueryItem(const QUrl &url, const QByteArray &name, const QString &value)
{
    QByteArray encoded = url.toEncoded(QUrl::RemoveFragment);
    encoded += url.hasQuery() ? '&' : '?';
    encoded += name + '=' + QUrl::toPercentEncoding(value);
    return QUrl::fromEncoded(encoded, QUrl::TolerantMode);
}

} // namespace Oci
