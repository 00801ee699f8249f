#pragma once

#include "ocicommand.h"

namespace Cli {

/// `tags REPOSITORY`: the tags of a repository, sorted, with referrer tags (`sha256-…`) apart.
class OciTagsCommand final : public OciCommand
{
public:
    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override;

protected:
    QString usage() const override { return QStringLiteral("tags HOST[:PORT]/REPOSITORY [options]"); }
    QString positionalName() const override { return QStringLiteral("REPOSITORY"); }
    QString positionalDescription() const override;
    int execute(const Invocation &invocation, Context &context) override;
};

} // namespace Cli
