#pragma once

#include <functional>

#include "command.h"

namespace Jobs {
class Job;
}

namespace Cli {

class InterruptWatcher;

/// Runs a job to its end for a command: a progress line on standard error when that is a terminal (quiet
/// when piped), the job's messages with --verbose, and the failure message when it fails.
class JobRunner final
{
public:
    /// \a interrupts, when given, is a watcher the command set up earlier (Ctrl-C during its own preparation
    /// then cancels the job before it starts); otherwise the runner watches for Ctrl-C while the job runs.
    JobRunner(Context &context, bool verbose, InterruptWatcher *interrupts = nullptr);

    /// Starts \a job and waits for it; returns true when it succeeded.
    bool run(Jobs::Job &job);
    /// After run(): the job ended because of Ctrl-C or SIGTERM.
    bool wasInterrupted() const { return m_wasInterrupted; }
    /// Lets a command adjust a failure message before it is printed, e.g. to name its own flags; an empty
    /// message is not printed (the command reports the failure its own way).
    void setErrorWording(std::function<QString(const QString &)> reword) { m_reword = std::move(reword); }

private:
    Context &m_context;
    bool m_verbose;
    InterruptWatcher *m_interrupts;
    bool m_wasInterrupted = false;
    std::function<QString(const QString &)> m_reword;
};

} // namespace Cli
