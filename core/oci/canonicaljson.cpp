#include "canonicaljson.h"

namespace Oci {

QByteArray CanonicalJson::quote(const QString &value)
{
    static const char hexDigits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype end) {
        out += QStringView(value).mid(plainStart, end - plainStart).toUtf8();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value.at(i).unicode();
        const bool goEscapes = u < 0x20 || u == '<' || u == '>' || u == '&' || u == 0x2028 || u == 0x2029;
        const bool special = u == '"' || u == '\\' || goEscapes;
        if (!special)
            continue;
        flushPlain(i);
        plainStart = i + 1;
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u == '\n') {
            out += "\\n";
        } else if (u == '\r') {
            out += "\\r";
        } else if (u == '\t') {
            out += "\\t";
        } else {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigits[(u >> shift) & 0xf];
        }
    }
    flushPlain(value.size());
    out += '"';
    return out;
}

void CanonicalJson::beginField(const char *key)
{
    if (!m_first)
        m_text += ',';
    m_first = false;
    m_text += quote(QString::fromUtf8(key));
    m_text += ':';
}

CanonicalJson &CanonicalJson::add(const char *key, const QString &value)
{
    beginField(key);
    m_text += quote(value);
    return *this;
}

CanonicalJson &CanonicalJson::add(const char *key, qint64 value)
{
    beginField(key);
    m_text += QByteArray::number(value);
    return *this;
}

CanonicalJson &CanonicalJson::addRaw(const char *key, const QByteArray &json)
{
    beginField(key);
    m_text += json;
    return *this;
}

CanonicalJson &CanonicalJson::addMap(const char *key, const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return *this;
    QByteArray object("{");
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it != map.cbegin())
            object += ',';
        object += quote(it.key()) + ':' + quote(it.value());
    }
    return addRaw(key, object + '}');
}

} // namespace Oci
