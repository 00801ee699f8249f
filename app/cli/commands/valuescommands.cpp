#include "registration.h"

#include <QCoreApplication>

#include "command.h"
#include "valuesexportcommand.h"
#include "valuesimportcommand.h"

namespace Cli {

void registerValuesCommands(CommandGroup &root)
{
    auto values = std::make_unique<CommandGroup>(
        QStringLiteral("values"),
        QCoreApplication::translate("Cli::Values", "Export a topology as Helm values, or import a values file."));
    values->add(std::make_unique<ValuesExportCommand>());
    values->add(std::make_unique<ValuesImportCommand>());
    root.add(std::move(values));
}

} // namespace Cli
