#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "credentials/secretstore.h"
#include "credentials/topologysecrets.h"
#include "topology/model.h"

namespace Cli {

// Where the topology and values commands keep a topology's secrets: the operating system's keychain. The
// session memory store is never used here: it ends with the process, so a topology file would refer to
// secrets that are already gone.
class TopologyKeychain final
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TopologyKeychain)

public:
    struct Resolution
    {
        QList<Credentials::TopologySecret> secrets; ///< every reference looked up, resolved or not
        QString storeError; ///< why the keychain was not consulted at all; empty when it was, or was not needed
    };

    static std::unique_ptr<Credentials::SecretStore> open();

    // Fills in the secret values \a topology refers to from the keychain. The keychain is opened only when
    // the topology has references; with \a consult false, or when the keychain is not available, every
    // reference stays unresolved and says why.
    static Resolution resolve(Topology::Topology &topology, bool consult);

    static QList<Credentials::TopologySecret> unresolved(const Resolution &resolution);

    // "spoke gpu-east-1: ociRegistry.basicAuth.passwordRef 'key' is not resolved: reason"
    static QString describeUnresolved(const Credentials::TopologySecret &secret);
};

} // namespace Cli
