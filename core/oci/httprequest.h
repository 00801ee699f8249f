#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include "oci/tlsdiagnosis.h"

class QIODevice;

namespace Oci {

/// One logical HTTP request of the registry protocol, before authentication, redirects and retries.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Streams the body from this device instead (bodySize bytes from its current position).
    QIODevice *bodyDevice = nullptr;
    qint64 bodySize = -1;
    /// Token scopes the request needs ("repository:team/app:pull,push").
    QStringList scopes;
    /// Largest 2xx body kept in memory; larger answers fail the request instead of filling memory.
    qint64 maxBodySize = 1024 * 1024;
    /// 2xx bodies go here block by block instead of into memory.
    QIODevice *sink = nullptr;
    /// Sees every block written to the sink (for hashing).
    std::function<void(const char *, qint64)> onData;
    std::function<void(qint64, qint64)> progress;
    /// Asks for the body from this byte on (`Range: bytes=<n>-`) when above 0. Only a 206 whose Content-Range
    /// starts exactly there streams into the sink; any other success is refused (HttpResponse::rangeRefused).
    qint64 rangeStart = 0;
};

/// What came back. status is 0 when no HTTP response arrived (networkError says why).
struct HttpResponse
{
    QByteArray method;
    QUrl url; ///< of the last request sent (after redirects)
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< in memory: capped, empty when streamed to a sink
    bool bodyTooLarge = false;
    qint64 bytesReceived = 0;
    QString networkError;
    bool cancelled = false;
    /// The connection failed during a success body: it broke off (networkError says how).
    bool interrupted = false;
    /// Why a success answer to a Range request was not used (a 200 with the whole body, a wrong Content-Range).
    QString rangeRefused;
    /// The request went to another host than the registry (a redirect to object storage).
    bool otherHost = false;
    /// Why the TLS handshake failed, when it did.
    TlsDiagnosis::Cause tlsCause = TlsDiagnosis::Cause::None;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    /// "GET https://host/v2/..." for messages. The query of another host's URL is left out: signed storage
    /// URLs carry credentials in it. An upload's opaque `_state` (hundreds of characters) is shortened.
    QString request() const
    {
        QUrl shown = url;
        if (otherHost) {
            shown.setQuery(QString());
        } else if (QUrlQuery query(url); query.hasQueryItem(QStringLiteral("_state"))) {
            query.removeAllQueryItems(QStringLiteral("_state"));
            query.addQueryItem(QStringLiteral("_state"), QStringLiteral("..."));
            shown.setQuery(query);
        }
        return QString::fromLatin1(method) + QLatin1Char(' ') + shown.toDisplayString();
    }
};

} // namespace Oci
