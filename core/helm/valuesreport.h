#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Helm {

/// One thing the values reader, writer or merger wants the user to know.
struct ReportItem
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Info;
    QString code;    ///< stable identifier, e.g. "inline-password" or "spoke-appended"
    QString message; ///< translated, one line
    QString file;    ///< empty when the item is not about a place in a file
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;

    /// "file:line:column: severity: message", leaving out the unknown parts.
    QString toString() const;
    QJsonObject toJson() const;
};

/// The findings of one values operation, in the order they were made.
class ValuesReport final
{
public:
    void add(ReportItem item);
    void info(const QString &code, const QString &message);
    void warning(const QString &code, const QString &message);
    void append(const ValuesReport &other);

    const QList<ReportItem> &items() const { return m_items; }
    bool hasErrors() const;
    int count(ReportItem::Severity severity) const;

    /// One line per item.
    QString toText() const;
    /// {"items": [...], "errors": n, "warnings": n}
    QJsonObject toJson() const;

    static QString toKey(ReportItem::Severity severity);

private:
    QList<ReportItem> m_items;
};

} // namespace Helm
