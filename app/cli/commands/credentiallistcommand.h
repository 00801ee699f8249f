#pragma once

#include "command.h"

namespace Cli {

// `credentials list`: every registry with stored credentials.
class CredentialListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
