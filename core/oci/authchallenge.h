#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace Oci {

/// One challenge of a `WWW-Authenticate` header, parsed by the auth-param grammar of RFC 9110: several
/// challenges per header and several headers, quoted strings with escapes and commas, tokens, empty values,
/// scheme names in any case.
struct AuthChallenge
{
    QString scheme;                ///< lower-case: "basic", "bearer", ...
    QMap<QString, QString> params; ///< names lower-case, values as sent (unquoted, unescaped)

    QString param(const QString &name) const { return params.value(name.toLower()); }

    static QList<AuthChallenge> parse(const QList<QByteArray> &headerValues);
};

} // namespace Oci
