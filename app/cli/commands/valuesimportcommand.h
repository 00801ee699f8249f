#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `values import VALUES [-o FILE] [--keep-inline-secrets] [--format text|json]`: a topology from an existing
/// PaletteAI values file, with every inline secret and every field error reported.
class ValuesImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ValuesImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
