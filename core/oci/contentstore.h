#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include "oci/descriptor.h"
#include "oci/digest.h"
#include "util/result.h"

namespace Oci {

/// Where a copy reads or writes content: an OCI image layout or a repository in a registry.
///
/// Calls block and are made from one thread, the copy worker's: a store that talks to the network runs a
/// local event loop per call. Blobs always pass as streams, never whole in memory.
class ContentStore
{
public:
    /// A manifest's exact bytes and its descriptor (its media type as the store reported it).
    struct Manifest
    {
        QByteArray raw;
        Descriptor descriptor;
        /// The tag resolve() found it under when it was asked for no name (a layout's only manifest).
        QString tag;
    };

    using Progress = std::function<void(qint64 done)>;
    using CancelCheck = std::function<bool()>;

    virtual ~ContentStore() = default;

    /// How the store appears in messages ("registry.example.com/team/app", "oci-layout:/tmp/bundle").
    virtual QString displayName() const = 0;
    /// The registry host and repository, for cross-repository mounts; empty for stores on disk.
    virtual QString registryHost() const { return {}; }
    virtual QString repository() const { return {}; }

    /// Set by the copy job; long calls return early with an error once it answers true.
    void setCancelCheck(CancelCheck check) { m_cancelCheck = std::move(check); }
    /// Where the store reports what the user should know while a call runs ("waiting 5 s ...").
    void setNotifier(std::function<void(const QString &)> notifier) { m_notifier = std::move(notifier); }

    /// Finds the manifest a tag or digest names.
    virtual Util::Result<Manifest> resolve(const QString &tagOrDigest) = 0;
    virtual Util::Result<Manifest> fetchManifest(const Descriptor &descriptor) = 0;
    /// Whether the store holds \a descriptor already (a HEAD for registries).
    virtual Util::Result<bool> exists(const Descriptor &descriptor) = 0;
    /// Stores a manifest; \a tag may be empty. \a isRoot marks what the user asked to copy (a layout records
    /// roots in its index; nested manifests are only blobs there).
    virtual Util::Result<void> pushManifest(const Descriptor &descriptor, const QByteArray &raw, const QString &tag,
                                            bool isRoot) = 0;

    /// Opens a blob for sequential reading from its start; the device yields exactly descriptor.size bytes. It may
    /// still be filling: when read() returns 0 before atEnd(), wait with waitForReadyRead().
    virtual Util::Result<std::unique_ptr<QIODevice>> openBlob(const Descriptor &descriptor,
                                                              const Progress &progress) = 0;
    /// Stores a blob read from \a source, verifying its digest and size.
    virtual Util::Result<void> writeBlob(const Descriptor &descriptor, QIODevice &source, const Progress &progress) = 0;
    /// Asks the store to take a blob from another repository of the same registry without a transfer.
    /// False (not an error) when it cannot.
    virtual Util::Result<bool> mountBlob(const Descriptor &descriptor, const QString &fromRepository);

    /// Manifests that name \a subject as their subject (empty when the store has no way to tell).
    virtual Util::Result<QList<Descriptor>> referrers(const Descriptor &subject);

    /// Checks that a blob the store holds has the digest and size its descriptor says, reading it whole: what a
    /// copy asks when a destination refused the bytes, to tell a damaged source from a failing destination.
    /// Stores that check every read themselves (registries) have nothing to add.
    virtual Util::Result<void> checkBlob(const Descriptor &descriptor);

    /// Called once when a copy into this store has finished successfully (an archive is written here).
    virtual Util::Result<void> commit();

protected:
    bool isCancelled() const { return m_cancelCheck && m_cancelCheck(); }
    void notify(const QString &message) const
    {
        if (m_notifier)
            m_notifier(message);
    }

private:
    CancelCheck m_cancelCheck;
    std::function<void(const QString &)> m_notifier;
};

} // namespace Oci
