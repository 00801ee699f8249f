#pragma once

#include "command.h"

namespace Jobs {
class Job;
}

namespace Cli {

/// Runs a job to its end for a command: a progress line on standard error when that is a terminal (quiet
/// when piped), the job's messages with --verbose, and the failure message when it fails.
class JobRunner final
{
public:
    JobRunner(Context &context, bool verbose);

    /// Starts \a job and waits for it; returns true when it succeeded.
    bool run(Jobs::Job &job);

private:
    Context &m_context;
    bool m_verbose;
};

} // namespace Cli
