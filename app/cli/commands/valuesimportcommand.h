#pragma once

#include <QCoreApplication>

#include "command.h"

namespace Cli {

/// `values import VALUES [-o FILE] [--keep-inline-secrets | --no-store-secrets] [--format text|json]`: a
/// topology from an existing PaletteAI values file, with every field error reported. Inline secrets go into the
/// keychain and the topology refers to them, unless the user chooses otherwise.
class ValuesImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ValuesImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;
};

} // namespace Cli
