#pragma once

#include <optional>

#include "command.h"

namespace Cli {

/// `cp SRC DST`: copies an artifact with everything it reaches between registries and OCI image layouts.
class CpCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("cp"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli

#include "oci/connectionsettings.h"
#include "oci/contentstore.h"
#include "oci/copyjob.h"
#include "oci/layoutstore.h"
#include "oci/reference.h"
#include "ociconnectionoptions.h"

namespace Cli {

/// A factory for the store \a reference names: a layout (directory or .tar) or a registry repository.
Oci::CopyJob::StoreFactory storeFactory(const Oci::Reference &reference, const Oci::ConnectionSettings &settings,
                                        Oci::LayoutStore::Mode mode);
/// The tag or digest a reference names, "latest" when it names neither.
QString tagOrDigestOf(const Oci::Reference &reference);
/// What to read from a reference: as tagOrDigestOf(), except that a layout named alone stands for its only
/// manifest (an empty string, which the layout resolves or answers with the refs it has).
QString sourceTagOrDigestOf(const Oci::Reference &reference);
/// host[:port] of a registry reference, empty for an OCI layout (which has no connection).
QString registryOf(const Oci::Reference &reference);

/// A reference named on the command line with what it takes to reach it.
struct ResolvedReference
{
    Oci::Reference reference;
    Oci::ConnectionSettings settings;
    bool json = false; ///< `--format json` was given
};

/// Parses \a text and builds the connection settings for its registry from \a parser's options; on failure
/// prints the error and returns the exit code (a usage error).
std::optional<int> resolveReference(const QString &text, const OciConnectionOptions &connection,
                                    const QCommandLineParser &parser, Context &context, ResolvedReference &resolved);

} // namespace Cli
