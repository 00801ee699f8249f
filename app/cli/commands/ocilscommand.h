#pragma once

#include "ocicommand.h"

namespace Cli {

/// `ls REGISTRY`: the repositories of a registry (its catalog, which some registries do not offer).
class OciLsCommand final : public OciCommand
{
public:
    QString name() const override { return QStringLiteral("ls"); }
    QString summary() const override;

protected:
    QString usage() const override { return QStringLiteral("ls REGISTRY [options]"); }
    QString positionalName() const override { return QStringLiteral("REGISTRY"); }
    QString positionalDescription() const override;
    bool acceptsRegistryOnly() const override { return true; }
    bool needsRepository() const override { return false; }
    int execute(const Invocation &invocation, Context &context) override;
};

} // namespace Cli
