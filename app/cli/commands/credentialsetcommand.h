#pragma once

#include "command.h"

namespace Cli {

// `credentials set REGISTRY ...`: stores a registry's login, TLS material and proxy; secrets come from stdin.
class CredentialSetCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
