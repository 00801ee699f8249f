#include "registration.h"

#include "command.h"

namespace Cli {

void registerOciCommands(CommandGroup &root)
{
    Q_UNUSED(root)
}

} // namespace Cli
