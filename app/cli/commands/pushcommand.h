#pragma once

#include "command.h"

namespace Cli {

/// `push PATH REF --source URL --revision REV [--reproducible]`: packs a directory or file as a Flux
/// artifact and pushes it to a registry (or writes it into an OCI image layout); prints the digest.
class PushCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
