#include "activitylog.h"

#include <QCoreApplication>

namespace Util {

ActivityLog::ActivityLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
}

void ActivityLog::add(Severity severity, const QString &source, const QString &message)
{
    Entry entry{QDateTime::currentDateTimeUtc(), severity, source, message};
    m_entries.append(entry);

    // Drop in batches so a chatty job does not shift the whole vector on every line.
    if (m_entries.size() > m_capacity) {
        const int excess = m_entries.size() - m_capacity + m_capacity / 10;
        m_entries.remove(0, excess);
        Q_EMIT entriesDropped(excess);
    }
    Q_EMIT entryAdded(entry);
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

QString ActivityLog::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Util::ActivityLog", "info");
    case Severity::Warning:
        return QCoreApplication::translate("Util::ActivityLog", "warning");
    case Severity::Error:
        return QCoreApplication::translate("Util::ActivityLog", "error");
    }
    return {};
}

QString ActivityLog::toText() const
{
    QString text;
    for (const Entry &entry : m_entries) {
        text += entry.time.toString(Qt::ISODate) + QLatin1Char(' ') + severityName(entry.severity) + QLatin1Char(' ') +
                entry.source + QLatin1String(": ") + entry.message + QLatin1Char('\n');
    }
    return text;
}

} // namespace Util
