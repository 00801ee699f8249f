#include "registration.h"

#include "command.h"
#include "ociinspectcommand.h"
#include "ocilscommand.h"
#include "ocirmcommand.h"
#include "ocitagscommand.h"

namespace Cli {

// Registry commands; each is one class built on OciCommand and OciConnectionOptions.
void registerOciCommands(CommandGroup &root)
{
    root.add(std::make_unique<OciLsCommand>());
    root.add(std::make_unique<OciTagsCommand>());
    root.add(std::make_unique<OciInspectCommand>());
    root.add(std::make_unique<OciRmCommand>());
}

} // namespace Cli
