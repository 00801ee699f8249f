#pragma once

#include "command.h"

namespace Cli {

// `credentials show REGISTRY`: what is stored for a registry; secrets only with --show-secrets.
class CredentialShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
