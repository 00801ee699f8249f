#include "registration.h"

#include <QCoreApplication>

#include "command.h"
#include "topologynewcommand.h"
#include "topologyshowcommand.h"
#include "topologyvalidatecommand.h"

namespace Cli {

void registerTopologyCommands(CommandGroup &root)
{
    auto group = std::make_unique<CommandGroup>(
        QStringLiteral("topology"),
        QCoreApplication::translate("Cli::Topology", "Create, check and summarize registry topology files."));
    group->add(std::make_unique<TopologyNewCommand>());
    group->add(std::make_unique<TopologyValidateCommand>());
    group->add(std::make_unique<TopologyShowCommand>());
    root.add(std::move(group));
}

} // namespace Cli
