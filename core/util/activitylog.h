#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

namespace Util {

/// The operator-facing log: translated messages with a severity, bounded in size, exportable.
/// The GUI shows it in a panel; the CLI prints it to standard error.
class ActivityLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)

    struct Entry
    {
        QDateTime time;
        Severity severity = Severity::Info;
        QString source; ///< the area or job that wrote it, e.g. "Helm values"
        QString message;
    };

    explicit ActivityLog(int capacity = 5000, QObject *parent = nullptr);

    void info(const QString &source, const QString &message) { add(Severity::Info, source, message); }
    void warning(const QString &source, const QString &message) { add(Severity::Warning, source, message); }
    void error(const QString &source, const QString &message) { add(Severity::Error, source, message); }
    void add(Severity severity, const QString &source, const QString &message);

    const QVector<Entry> &entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    void clear();

    /// One line an entry: ISO time, severity, source, message.
    QString toText() const;
    static QString severityName(Severity severity);

Q_SIGNALS:
    void entryAdded(const Util::ActivityLog::Entry &entry);
    /// Emitted when the oldest entries were dropped to stay within capacity.
    void entriesDropped(int count);
    void cleared();

private:
    QVector<Entry> m_entries;
    int m_capacity;
};

} // namespace Util
