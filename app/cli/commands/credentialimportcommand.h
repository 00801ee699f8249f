#pragma once

#include "command.h"

namespace Cli {

// `credentials import-docker-config [FILE]`: imports the logins of a Docker or Podman config.
class CredentialImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import-docker-config"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
