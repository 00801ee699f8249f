#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `topology show FILE [--format text|json]`: the inferred kind and why, and what the topology holds.
class TopologyShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TopologyShowCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
