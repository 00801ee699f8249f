#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `topology validate FILE [--format text|json]`: exit 0 without errors, 1 with errors, 2 on unusable input.
class TopologyValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TopologyValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
