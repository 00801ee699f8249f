#pragma once

#include "command.h"

namespace Cli {

// `cert inspect FILE [--key FILE] [--ca FILE] [--passphrase-stdin] [--format json]`
class CertInspectCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
