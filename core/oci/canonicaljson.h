#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Oci {

/// Writes compact JSON objects field by field in the order given, escaping strings the way Go's
/// encoding/json does (so manifests built here hash like those built by Go tools from the same fields).
class CanonicalJson final
{
public:
    CanonicalJson() = default;

    CanonicalJson &add(const char *key, const QString &value);
    CanonicalJson &add(const char *key, qint64 value);
    /// Adds pre-serialized JSON (an object or array) as the value.
    CanonicalJson &addRaw(const char *key, const QByteArray &json);
    /// Adds a string map with keys sorted (skipped when empty).
    CanonicalJson &addMap(const char *key, const QMap<QString, QString> &map);

    QByteArray finish() const { return m_text + '}'; }

    static QByteArray quote(const QString &value);

private:
    void beginField(const char *key);

    QByteArray m_text = QByteArray("{");
    bool m_first = true;
};

} // namespace Oci
