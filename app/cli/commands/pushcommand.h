#pragma once

#include <QCommandLineOption>

#include "command.h"
#include "oci/fluxartifact.h"

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
    Oci::FluxArtifact::BuildOptions buildOptions(const QCommandLineParser &parser) const;

    QCommandLineOption m_source{QStringLiteral("source"), QString(), QStringLiteral("url")};
    QCommandLineOption m_revision{QStringLiteral("revision"), QString(), QStringLiteral("rev")};
    QCommandLineOption m_reproducible{QStringLiteral("reproducible")};
    QCommandLineOption m_ignore{QStringLiteral("ignore"), QString(), QStringLiteral("pattern")};
};

} // namespace Cli
