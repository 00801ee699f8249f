#include "tokenrequest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::TokenRequest", text);
}

constexpr qint64 maximumReplySize = 1024 * 1024;

} // namespace

Util::Result<TokenRequest::Reply> TokenRequest::post(const QUrl &url, const Headers &headers, const QByteArray &body,
                                                     const QNetworkProxy &proxy, int timeoutMs)
{
    QNetworkAccessManager manager;
    manager.setProxy(proxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return Util::makeError(
            tr("POST %1 failed: %2").arg(url.toDisplayString(QUrl::RemoveUserInfo), reply->errorString()));

    Reply result;
    result.status = status.toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    result.body = reply->read(maximumReplySize);
    return result;
}

} // namespace Credentials
