#pragma once

#include <atomic>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Jobs {

/// A long or remote piece of work: started once, cancellable from any thread, reporting progress and
/// keeping a transcript the user can save. Subclasses implement run() and call finish() exactly once.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class State { Ready, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(const QString &title, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isFinished() const;
    QString errorMessage() const { return m_errorMessage; }

    /// Progress in units the job chooses (bytes, items); total is -1 while unknown.
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

    QStringList transcript() const { return m_transcript; }

    void start();
    /// Asks the job to stop; it finishes as Cancelled at its next check. Safe from any thread.
    void cancel()
    {
        m_cancelRequested.store(true);
        Q_EMIT cancelRequested();
    }
    bool isCancelRequested() const { return m_cancelRequested.load(); }

Q_SIGNALS:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void message(const QString &line);
    void cancelRequested();
    void finished(Jobs::Job::State state);

protected:
    virtual void run() = 0;

    void setProgress(qint64 done, qint64 total);
    void log(const QString &line);
    void succeed();
    void fail(const QString &message);
    void finishCancelled();

private:
    void finish(State state);

    QString m_title;
    State m_state = State::Ready;
    QString m_errorMessage;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QStringList m_transcript;
    std::atomic_bool m_cancelRequested{false};
};

} // namespace Jobs
