#include "registration.h"

#include "command.h"

namespace Cli {

void registerCredentialCommands(CommandGroup &root)
{
    Q_UNUSED(root)
}

} // namespace Cli
