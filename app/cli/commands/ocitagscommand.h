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
    QString usage() const override { return QStringLiteral("tags HOST[:PORT]/REPOSITORY | oci-layout:PATH [options]"); }
    QString positionalName() const override { return QStringLiteral("REPOSITORY"); }
    QString positionalDescription() const override;
    int execute(const Invocation &invocation, Context &context) override;
    std::optional<int> executeOnLayout(const LayoutInvocation &invocation, Context &context) override;

private:
    static std::optional<int> refuseManifestReference(const Oci::Reference &reference, Context &context);
    static int print(const QString &repository, const Oci::ListResult &tags, bool json, Context &context);
};

} // namespace Cli
