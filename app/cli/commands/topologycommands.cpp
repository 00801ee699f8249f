#include "registration.h"

#include "command.h"

namespace Cli {

void registerTopologyCommands(CommandGroup &root)
{
    Q_UNUSED(root)
}

} // namespace Cli
