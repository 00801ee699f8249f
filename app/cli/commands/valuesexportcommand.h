#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `values export TOPOLOGY [-o FILE] [--merge-into VALUES] [--secrets-dir DIR] [--inline-secrets] [--force]
/// [--format text|json]`: the Helm values of a topology, complete or merged into an existing values file,
/// and the Secret manifests their secret names refer to.
class ValuesExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ValuesExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
