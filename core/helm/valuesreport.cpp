#include "valuesreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Helm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Helm", text);
}

QString severityText(ReportItem::Severity severity)
{
    switch (severity) {
    case ReportItem::Severity::Info:
        return tr("note");
    case ReportItem::Severity::Warning:
        return tr("warning");
    case ReportItem::Severity::Error:
        return tr("error");
    }
    return {};
}

} // namespace

QString ReportItem::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (line > 0 && column > 0)
            where += QLatin1Char(':') + QString::number(column);
        where += QLatin1String(": ");
    }
    return where + severityText(severity) + QLatin1String(": ") + message;
}

QJsonObject ReportItem::toJson() const
{
    QJsonObject object{
        {QStringLiteral("severity"), ValuesReport::toKey(severity)},
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
    };
    if (!file.isEmpty())
        object.insert(QStringLiteral("file"), file);
    if (line > 0) {
        object.insert(QStringLiteral("line"), line);
        object.insert(QStringLiteral("column"), column);
    }
    return object;
}

void ValuesReport::add(ReportItem item)
{
    m_items.append(std::move(item));
}

void ValuesReport::info(const QString &code, const QString &message)
{
    add({ReportItem::Severity::Info, code, message, {}, 0, 0});
}

void ValuesReport::warning(const QString &code, const QString &message)
{
    add({ReportItem::Severity::Warning, code, message, {}, 0, 0});
}

void ValuesReport::append(const ValuesReport &other)
{
    m_items.append(other.m_items);
}

bool ValuesReport::hasErrors() const
{
    return count(ReportItem::Severity::Error) > 0;
}

int ValuesReport::count(ReportItem::Severity severity) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [severity](const ReportItem &item) { return item.severity == severity; }));
}

QString ValuesReport::toText() const
{
    QString text;
    for (const ReportItem &item : m_items)
        text += item.toString() + QLatin1Char('\n');
    return text;
}

QJsonObject ValuesReport::toJson() const
{
    QJsonArray items;
    for (const ReportItem &item : m_items)
        items.append(item.toJson());
    return {
        {QStringLiteral("items"), items},
        {QStringLiteral("errors"), count(ReportItem::Severity::Error)},
        {QStringLiteral("warnings"), count(ReportItem::Severity::Warning)},
    };
}

QString ValuesReport::toKey(ReportItem::Severity severity)
{
    switch (severity) {
    case ReportItem::Severity::Info:
        return QStringLiteral("info");
    case ReportItem::Severity::Warning:
        return QStringLiteral("warning");
    case ReportItem::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace Helm
