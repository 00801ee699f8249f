#include "registration.h"

#include "command.h"

namespace Cli {

void registerValuesCommands(CommandGroup &root)
{
    Q_UNUSED(root)
}

} // namespace Cli
