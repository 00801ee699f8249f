#include "registration.h"

#include <QCoreApplication>

#include "checkcommand.h"
#include "command.h"
#include "cpcommand.h"
#include "digestcommand.h"
#include "ociinspectcommand.h"
#include "ocilscommand.h"
#include "ocirmcommand.h"
#include "ocitagscommand.h"
#include "pullcommand.h"
#include "pushcommand.h"

namespace Cli {

// Registry commands; each is one class built on OciCommand and OciConnectionOptions.
void registerOciCommands(CommandGroup &root)
{
    root.add(std::make_unique<OciLsCommand>());
    root.add(std::make_unique<OciTagsCommand>());
    root.add(std::make_unique<OciInspectCommand>());
    root.add(std::make_unique<OciRmCommand>());

    // Artifacts: Flux push and pull, copies, digests.
    root.add(std::make_unique<PushCommand>());
    root.add(std::make_unique<PullCommand>());
    root.add(std::make_unique<CpCommand>());
    root.add(std::make_unique<DigestCommand>());

    auto registry = std::make_unique<CommandGroup>(
        QStringLiteral("registry"), QCoreApplication::translate("Cli", "Check and administer registries."));
    registry->add(std::make_unique<CheckCommand>());
    root.add(std::move(registry));
}

} // namespace Cli
