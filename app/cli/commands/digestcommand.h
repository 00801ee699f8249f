#pragma once

#include "command.h"

namespace Cli {

/// `digest FILE`: prints the OCI digest of a file (streamed, so any size works).
class DigestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("digest"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
