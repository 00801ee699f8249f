#pragma once

#include "ocicommand.h"

namespace Cli {

/// `rm REF`: deletes a manifest by digest (a tag is resolved to its digest first).
class OciRmCommand final : public OciCommand
{
public:
    QString name() const override { return QStringLiteral("rm"); }
    QString summary() const override;

protected:
    QString usage() const override { return QStringLiteral("rm HOST[:PORT]/REPOSITORY[:TAG][@DIGEST] [options]"); }
    QString positionalName() const override { return QStringLiteral("REF"); }
    QString positionalDescription() const override;
    void addOptions(QCommandLineParser &parser) override;
    int execute(const Invocation &invocation, Context &context) override;

private:
    QCommandLineOption m_force{QStringLiteral("force")};
};

} // namespace Cli
