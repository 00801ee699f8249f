#pragma once

#include <optional>

#include <QCommandLineOption>

#include "command.h"
#include "oci/connectionsettings.h"
#include "oci/fluxartifact.h"
#include "oci/reference.h"
#include "ociconnectionoptions.h"

namespace Cli {

/// `push PATH REF --source URL --revision REV [--reproducible]`: packs a directory or file as a Flux
/// artifact and pushes it to a registry (or writes it into an OCI image layout); prints the digest.
class PushCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    /// Where the artifact goes and how to reach it.
    struct Target
    {
        Oci::Reference reference;
        Oci::ConnectionSettings settings;
        bool json = false;
        QString tag;
    };

    /// The options, the two positional arguments and the provenance; an exit code when the command stops.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, Context &context);
    static std::optional<int> resolveTarget(const QCommandLineParser &parser, const OciConnectionOptions &connection,
                                            Context &context, Target &target);
    int buildAndCopy(const QCommandLineParser &parser, const Target &target, Context &context);
    Oci::FluxArtifact::BuildOptions buildOptions(const QCommandLineParser &parser) const;

    QCommandLineOption m_source{QStringLiteral("source"), QString(), QStringLiteral("url")};
    QCommandLineOption m_revision{QStringLiteral("revision"), QString(), QStringLiteral("rev")};
    QCommandLineOption m_reproducible{QStringLiteral("reproducible")};
    QCommandLineOption m_ignore{QStringLiteral("ignore"), QString(), QStringLiteral("pattern")};
};

} // namespace Cli
