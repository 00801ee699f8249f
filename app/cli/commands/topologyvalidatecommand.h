#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `topology validate FILE [--no-secret-store] [--format text|json]`: exit 0 without errors, 1 with errors, 2
/// on unusable input. Secrets the topology refers to are read from the keychain first, unless asked not to.
class TopologyValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TopologyValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
