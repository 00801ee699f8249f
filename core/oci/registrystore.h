#pragma once

#include <memory>
#include <optional>

#include <QEventLoop>

#include "oci/connectionsettings.h"
#include "oci/contentstore.h"
#include "oci/reference.h"
#include "oci/registryclient.h"

namespace Oci {

/// A ContentStore over one repository of a registry, driving a RegistryClient synchronously: each call runs
/// a local event loop until the client answers. It must be created and used on one thread (the copy
/// worker's), which then owns the client and its network objects.
///
/// Blobs read from the registry stream while they download (RegistryBlobStream); a blob is never held whole
/// in memory, and a reader sees the download's digest verdict before the end of the stream.
class RegistryStore final : public ContentStore
{
public:
    /// \a repository is a registry reference; its tag or digest, if any, is ignored.
    RegistryStore(const Reference &repository, const ConnectionSettings &settings);
    ~RegistryStore() override;

    QString displayName() const override;
    QString registryHost() const override { return m_base.registry(); }
    QString repository() const override { return m_base.repository(); }
    RegistryClient &client() { return *m_client; }

    Util::Result<Manifest> resolve(const QString &tagOrDigest) override;
    Util::Result<Manifest> fetchManifest(const Descriptor &descriptor) override;
    Util::Result<bool> exists(const Descriptor &descriptor) override;
    Util::Result<void> pushManifest(const Descriptor &descriptor, const QByteArray &raw, const QString &tag,
                                    bool isRoot) override;
    Util::Result<std::unique_ptr<QIODevice>> openBlob(const Descriptor &descriptor, const Progress &progress) override;
    Util::Result<void> writeBlob(const Descriptor &descriptor, QIODevice &source, const Progress &progress) override;
    Util::Result<bool> mountBlob(const Descriptor &descriptor, const QString &fromRepository) override;
    Util::Result<QList<Descriptor>> referrers(const Descriptor &subject) override;

    /// Runs one client operation to its end. \a start receives the context object and the callback.
    template<typename T, typename Start> Util::Result<T> wait(Start start);

private:
    Util::Result<Manifest> fetch(const Reference &reference);
    void runLoop(QEventLoop &loop, const OperationHandle &handle);

    Reference m_base;
    ConnectionSettings m_settings;
    std::unique_ptr<RegistryClient> m_client;
};

template<typename T, typename Start> Util::Result<T> RegistryStore::wait(Start start)
{
    std::optional<Util::Result<T>> result;
    QEventLoop loop;
    const OperationHandle handle = start(&loop, [&result, &loop](Util::Result<T> value) {
        result = std::move(value);
        loop.quit();
    });
    // The callback may have run already (a request refused before it was sent).
    if (!result)
        runLoop(loop, handle);
    return std::move(*result);
}

} // namespace Oci
