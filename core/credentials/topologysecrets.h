#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "topology/model.h"
#include "util/result.h"

namespace Credentials {

class SecretStore;

/// One secret of a topology connection that lives in the credential store: whose it is, which field refers to
/// it, and under which store key.
struct TopologySecret
{
    enum class Kind { Password, ProxyPassword, TlsKey };
    /// What happened to the secret: stored by import (new, same as before, or replacing another value), or
    /// looked up by export and validation (found, or not).
    enum class Outcome { Stored, Unchanged, Replaced, Resolved, Unresolved };

    Kind kind = Kind::Password;
    bool hub = false; ///< the hub's `ociRegistry`; otherwise the spoke named by cluster
    QString cluster;  ///< the hub's or the spoke's name
    QString key;      ///< the credential-store key the reference holds
    Outcome outcome = Outcome::Unresolved;
    QString problem; ///< why an unresolved reference could not be read; empty otherwise

    /// "ociRegistry.basicAuth.password", "ociRegistry.proxyData.password" or "ociRegistry.certData.tls.key".
    QString valueField() const;
    /// The field that holds the reference: "ociRegistry.basicAuth.passwordRef", "...certData.tlsKeyRef".
    QString referenceField() const;
    /// "hub hub" or "spoke gpu-east-1", for messages.
    QString owner() const;
};

/// Moves the secret values of a topology (basic-auth passwords, proxy passwords, client keys) into the
/// credential store and back. The topology file holds only the references (`passwordRef`, `tlsKeyRef`); the
/// values are in memory while the topology is open.
///
/// Store keys are per registry and cluster, "<registry-key>/<hub|spoke>/<cluster>/<secret>", e.g.
/// "zot.east.example.com:443/spoke/gpu-east-1/password": the hub's push account and a spoke's pull account
/// on one registry do not share an entry, and they stay apart from the entries `credentials set` keeps per
/// registry ("<registry-key>/password").
class TopologySecrets final
{
    Q_DECLARE_TR_FUNCTIONS(Credentials::TopologySecrets)

public:
    /// Writes every inline secret of \a topology into \a store under its reference (kept when already set,
    /// else storeKey()), sets the reference, clears the value and switches `inlineSecrets` off. Returns what
    /// was stored, in topology order (hub first). Fails, naming the store key, when a write fails; the entries
    /// written before it are then rolled back and the topology is left unchanged.
    [[nodiscard]] static Util::Result<QList<TopologySecret>> storeInlineSecrets(Topology::Topology &topology,
                                                                                SecretStore &store);

    /// Fills in every secret value that is empty but has a reference, from \a store. Returns every reference
    /// looked up, Resolved or Unresolved (with the reason). Fails only when the store is not available at all;
    /// the topology is then unchanged.
    [[nodiscard]] static Util::Result<QList<TopologySecret>> resolveSecretRefs(Topology::Topology &topology,
                                                                               SecretStore &store);

    /// The references whose values are not in memory, without consulting any store (all Unresolved).
    static QList<TopologySecret> pendingReferences(const Topology::Topology &topology);

    /// The store key for a secret of \a cluster's connection.
    static QString storeKey(const Topology::Topology &topology, const Topology::RegistryConnection &connection,
                            bool hub, const QString &cluster, TopologySecret::Kind kind);
};

} // namespace Credentials
