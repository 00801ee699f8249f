#include "registryerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::RegistryClient", text);
}

constexpr int maxPlainWords = 400;

QJsonArray errorArray(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
}

// `detail` is free-form JSON: strings as they are, anything else compact.
QString detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    const QJsonDocument document =
        detail.isArray() ? QJsonDocument(detail.toArray()) : QJsonDocument(detail.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

QStringList RegistryError::codes(const QByteArray &body)
{
    QStringList out;
    for (const QJsonValue error : errorArray(body))
        out << error.toObject().value(QLatin1String("code")).toString();
    return out;
}

QString RegistryError::registryWords(const QByteArray &body)
{
    QStringList parts;
    for (const QJsonValue value : errorArray(body)) {
        const QJsonObject error = value.toObject();
        QString part = error.value(QLatin1String("code")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            part += (part.isEmpty() ? QString() : QStringLiteral(": ")) + message;
        const QJsonValue detail = error.value(QLatin1String("detail"));
        if (!detail.isUndefined() && !detail.isNull())
            part += QStringLiteral(" (") + detailText(detail) + QLatin1Char(')');
        parts << part;
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1String("; "));

    // Plain text or HTML from a proxy: one line, printable characters only, cut short.
    QString text = QString::fromUtf8(body.left(maxPlainWords * 4)).simplified();
    text.removeIf([](QChar c) { return !c.isPrint(); });
    if (text.size() > maxPlainWords)
        text = text.left(maxPlainWords) + QStringLiteral("…");
    return text;
}

namespace {

// What the administrator can do about a failed handshake, in the command line's terms.
QString tlsHint(TlsDiagnosis::Cause cause)
{
    switch (cause) {
    case TlsDiagnosis::Cause::UntrustedIssuer:
        return tr("pass the CA that signed it with --ca-file");
    case TlsDiagnosis::Cause::HostNameMismatch:
        return tr("reach the registry by one of those names, or have its certificate reissued");
    case TlsDiagnosis::Cause::ClientCertificateRefused:
        return tr("pass a client certificate the registry trusts with --cert-file and --key-file");
    default:
        return {};
    }
}

} // namespace

Util::Error RegistryError::fromResponse(const HttpResponse &response, const QString &what)
{
    QString message = what + QStringLiteral(": ") + response.request() + QStringLiteral(": ");
    if (response.status == 0) {
        message += response.networkError;
        // OpenSSL's words when the server answered the TLS hello in clear text.
        if (response.networkError.contains(QLatin1String("wrong version number")))
            message += QStringLiteral(" — ") + tr("the registry may speak plain HTTP; if so, use --plain-http (in a "
                                                  "topology: mark the registry insecure)");
        else if (const QString hint = tlsHint(response.tlsCause); !hint.isEmpty())
            message += QStringLiteral(" — ") + hint;
        return Util::makeError(message);
    }
    message += tr("HTTP %1").arg(response.status);
    const QString words = registryWords(response.body);
    if (!words.isEmpty())
        message += QStringLiteral(": ") + words;
    // Go's HTTPS servers answer a plain-HTTP request with 400 and these words; to a HEAD, which carries no
    // body, with a bare 400.
    if (response.status == 400 && response.body.contains("HTTP request to an HTTPS server"))
        message += QStringLiteral(" — ") + tr("the registry speaks HTTPS; drop --plain-http (and pass its CA with "
                                              "--ca-file if it is not trusted here)");
    else if (response.status == 400 && response.method == "HEAD" && response.body.isEmpty() &&
             response.url.scheme() == QLatin1String("http"))
        message += QStringLiteral(" — ") + tr("if the registry speaks HTTPS, drop --plain-http (and pass its CA "
                                              "with --ca-file if it is not trusted here)");
    if (!response.networkError.isEmpty())
        message += QStringLiteral(" (") + response.networkError + QLatin1Char(')');
    return Util::makeError(message);
}

} // namespace Oci
