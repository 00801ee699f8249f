#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `topology new --kind KIND -o FILE [--force]`: writes the template of a topology kind.
class TopologyNewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TopologyNewCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
