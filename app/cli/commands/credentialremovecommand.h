#pragma once

#include "command.h"

namespace Cli {

// `credentials rm REGISTRY`: forgets a registry's record and secrets.
class CredentialRemoveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("rm"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
