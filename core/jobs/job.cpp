#include "job.h"

#include <QCoreApplication>

#include "util/logging.h"

namespace Jobs {

Job::Job(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
{
}

Job::~Job() = default;

bool Job::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

void Job::start()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    log(QCoreApplication::translate("Jobs::Job", "Started: %1").arg(m_title));
    Q_EMIT started();
    run();
}

void Job::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged(done, total);
}

void Job::log(const QString &line)
{
    m_transcript.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line);
    qCDebug(lcJobs) << m_title << line;
    Q_EMIT message(line);
}

void Job::succeed()
{
    finish(State::Succeeded);
}

void Job::fail(const QString &message)
{
    m_errorMessage = message;
    log(QCoreApplication::translate("Jobs::Job", "Failed: %1").arg(message));
    finish(State::Failed);
}

void Job::finishCancelled()
{
    log(QCoreApplication::translate("Jobs::Job", "Cancelled"));
    finish(State::Cancelled);
}

void Job::finish(State state)
{
    if (isFinished())
        return;
    m_state = state;
    Q_EMIT finished(state);
}

} // namespace Jobs
