#pragma once

#include "command.h"

namespace Cli {

/// `registry check REGISTRY`: runs the PaletteAI compatibility check against a registry.
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
