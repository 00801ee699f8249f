#pragma once

#include <optional>

#include "command.h"
#include "oci/connectionsettings.h"
#include "util/result.h"

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

/// The registry connection options (--username, --password-stdin, --ca-file, --cert-file, --key-file,
/// --insecure, --plain-http) and --verbose, added to a command's parser.
void addConnectionOptions(QCommandLineParser &parser);
/// Builds the settings from the options added by addConnectionOptions(); reads the password from standard
/// input when --password-stdin is set.
Util::Result<Oci::ConnectionSettings> connectionSettingsFrom(const QCommandLineParser &parser, Context &context);

} // namespace Cli
