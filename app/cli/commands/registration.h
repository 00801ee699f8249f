#pragma once

namespace Cli {

class CommandGroup;

// Each area adds its sub-commands to the root in its own file.
void registerTopologyCommands(CommandGroup &root);   // topologycommands.cpp
void registerValuesCommands(CommandGroup &root);     // valuescommands.cpp
void registerOciCommands(CommandGroup &root);        // ocicommands.cpp
void registerCredentialCommands(CommandGroup &root); // credentialcommands.cpp

} // namespace Cli
