#include "registration.h"

#include <memory>

#include <QCoreApplication>

#include "certinspectcommand.h"
#include "command.h"
#include "credentialimportcommand.h"
#include "credentiallistcommand.h"
#include "credentialremovecommand.h"
#include "credentialsetcommand.h"
#include "credentialshowcommand.h"

namespace Cli {

void registerCredentialCommands(CommandGroup &root)
{
    auto credentials = std::make_unique<CommandGroup>(
        QStringLiteral("credentials"),
        QCoreApplication::translate("Cli", "Manage registry credentials kept in the keychain."));
    credentials->add(std::make_unique<CredentialSetCommand>());
    credentials->add(std::make_unique<CredentialShowCommand>());
    credentials->add(std::make_unique<CredentialListCommand>());
    credentials->add(std::make_unique<CredentialRemoveCommand>());
    credentials->add(std::make_unique<CredentialImportCommand>());
    root.add(std::move(credentials));

    auto cert = std::make_unique<CommandGroup>(QStringLiteral("cert"),
                                               QCoreApplication::translate("Cli", "Inspect certificates and keys."));
    cert->add(std::make_unique<CertInspectCommand>());
    root.add(std::move(cert));
}

} // namespace Cli
