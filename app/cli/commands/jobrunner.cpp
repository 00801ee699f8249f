#include "jobrunner.h"

#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>

#include "interruptwatcher.h"
#include "jobs/job.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::JobRunner", text);
}

QString sizeText(qint64 bytes)
{
    // IEC units: the sizes are powers of 1024, and say so (MiB, not MB).
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

JobRunner::JobRunner(Context &context, bool verbose, InterruptWatcher *interrupts)
    : m_context(context)
    , m_verbose(verbose)
    , m_interrupts(interrupts)
{
}

bool JobRunner::run(Jobs::Job &job)
{
    QEventLoop loop;
    QElapsedTimer sinceLastLine;
    sinceLastLine.start();
    bool progressShown = false;

    QObject::connect(&job, &Jobs::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&job, &Jobs::Job::message, &loop, [this](const QString &line) {
        if (m_verbose)
            m_context.err << line << Qt::endl;
    });
    if (m_context.errIsTerminal) {
        QObject::connect(&job, &Jobs::Job::progressChanged, &loop,
                         [this, &sinceLastLine, &progressShown](qint64 done, qint64 total) {
                             // Redraw at most ten times a second.
                             if (sinceLastLine.elapsed() < 100 && done != total)
                                 return;
                             sinceLastLine.restart();
                             const QString percent =
                                 total > 0 ? QStringLiteral(" (%1%)").arg(done * 100 / total) : QString();
                             m_context.err << QLatin1Char('\r') << tr("%1 of %2").arg(sizeText(done), sizeText(total))
                                           << percent << QStringLiteral("\x1b[K");
                             m_context.err.flush();
                             progressShown = true;
                         });
    }

    // Ctrl-C cancels: the job stops its transfers and removes what it staged before the command returns.
    std::optional<InterruptWatcher> own;
    InterruptWatcher *interrupts = m_interrupts ? m_interrupts : &own.emplace();
    if (interrupts->wasInterrupted()) {
        m_wasInterrupted = true;
        m_context.err << tr("cancelled") << Qt::endl;
        return false;
    }
    QObject::connect(interrupts, &InterruptWatcher::interrupted, &job, [&job] { job.cancel(); });

    job.start();
    if (!job.isFinished())
        loop.exec();
    if (progressShown)
        m_context.err << Qt::endl;
    m_wasInterrupted = interrupts->wasInterrupted() && job.state() != Jobs::Job::State::Succeeded;

    if (job.state() == Jobs::Job::State::Failed) {
        const QString message = m_reword ? m_reword(job.errorMessage()) : job.errorMessage();
        if (!message.isEmpty())
            m_context.err << tr("error: %1").arg(message) << Qt::endl;
    } else if (job.state() == Jobs::Job::State::Cancelled)
        m_context.err << tr("cancelled") << Qt::endl;
    return job.state() == Jobs::Job::State::Succeeded;
}

} // namespace Cli
