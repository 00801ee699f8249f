#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include "oci/connectionsettings.h"
#include "oci/descriptor.h"
#include "oci/digest.h"
#include "oci/manifest.h"
#include "oci/reference.h"
#include "util/result.h"

class QIODevice;

namespace Oci {

class RegistryClientPrivate;

/// Cancels the operation it was returned for. Copyable; cancelling a finished operation does nothing.
class OperationHandle
{
public:
    OperationHandle() = default;
    explicit OperationHandle(std::shared_ptr<std::function<void()>> cancel)
        : m_cancel(std::move(cancel))
    {
    }
    void cancel() const
    {
        if (m_cancel && *m_cancel)
            (*m_cancel)();
    }

private:
    std::shared_ptr<std::function<void()>> m_cancel;
};

/// A manifest as the registry returned it: the raw bytes, the media type and the verified digest.
struct ManifestResponse
{
    QByteArray raw;
    QString mediaType;
    Digest digest; ///< of raw, verified against the requested digest and Docker-Content-Digest
    Manifest manifest;

    Descriptor descriptor() const
    {
        return Descriptor{mediaType, digest, raw.size(), {}, {}, manifest.effectiveArtifactType(), {}};
    }
};

/// The result of a paginated walk: the names of every page, in order.
struct ListResult
{
    QStringList names; ///< in the order the registry sent them
    int pages = 0;
    bool complete = true; ///< false when the page cap stopped the walk
};

/// Options of a blob upload.
struct UploadOptions
{
    /// Repository in the same registry to mount the blob from; empty for no mount attempt.
    QString mountFrom;
    /// Send the blob in chunks of this size (PATCH with Content-Range); 0 means one monolithic PUT.
    qint64 chunkSize = 0;
    /// Skip the upload when a HEAD shows the blob is present already.
    bool skipExisting = true;
    /// Progress in bytes (done, total).
    std::function<void(qint64, qint64)> progress;
};

/// Where a blob download continues: the sink holds the blob's first \a offset bytes already (writing goes on at
/// its current position) and \a hasher has hashed exactly those bytes, so the final digest check covers them.
struct BlobResumePoint
{
    qint64 offset = 0;
    std::shared_ptr<DigestHasher> hasher;
};

/// How an upload ended.
enum class UploadOutcome { Uploaded, AlreadyPresent, Mounted };

/// Options of a manifest push.
struct PushManifestOptions
{
    /// When the manifest has a `subject` and the registry has no referrers API, keep the `sha256-<hex>`
    /// tag index of the subject up to date (the referrers tag schema).
    bool maintainReferrersTag = true;
};

/// An asynchronous client of one OCI distribution registry.
///
/// Style: every operation takes a context object and a callback. The callback runs exactly once, on the
/// client's thread, with a Util::Result; it is dropped without being called when the context object is
/// destroyed first. Operations return an OperationHandle to cancel them (the callback then gets a
/// "cancelled" error). Nothing blocks: the client runs on the Qt event loop.
///
/// The client owns one QNetworkAccessManager configured from the ConnectionSettings (TLS trust, client
/// certificate, proxy), applies authentication (basic, bearer challenge flow with a token cache), follows
/// redirects itself (never sending Authorization to another host), retries 429/503 with Retry-After or a
/// bounded jittered backoff (emitting waiting()), limits concurrent requests and times out idle phases.
/// Errors carry the registry's own words and the request that failed.
///
/// Lifetime and threads: use a client from the thread it lives in. Devices handed to an operation (upload
/// sources, download sinks) must stay open until its callback ran. Destroying the client abandons the
/// operations in flight without calling their callbacks. The concurrency limit is per client: share one client
/// per registry to share the limit.
class RegistryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryClient)

public:
    template<typename T> using Callback = std::function<void(Util::Result<T>)>;

    /// \a registry is `host[:port]` (IPv6 in brackets) or `oci://host[:port]`.
    RegistryClient(const QString &registry, const ConnectionSettings &settings, QObject *parent = nullptr);
    ~RegistryClient() override;

    QString registry() const;
    const ConnectionSettings &settings() const;
    /// Base URL in use: http:// when the settings allow plain HTTP, https:// otherwise (never a downgrade).
    QString baseUrl() const;

    /// Limits of in-memory bodies and pagination; tests lower them.
    void setMaxErrorBodySize(qint64 bytes);
    void setMaxPages(int pages);
    /// The `n` sent with list requests (1 to 1000, default 1000); servers may ignore it.
    void setPageSize(int entries);
    /// Caps the wait of one Retry-After and the number of retries of a 429/503.
    void setRetryPolicy(int maxRetries, int maxWaitMs, int baseBackoffMs = 500);

    /// GET /v2/: the registry answers and the credentials (if any) are accepted.
    OperationHandle ping(QObject *context, Callback<void> done);

    /// GET /v2/_catalog, every page (optional in registries: expect a clear error when refused).
    OperationHandle catalog(QObject *context, Callback<ListResult> done);
    /// GET /v2/<name>/tags/list, every page.
    OperationHandle listTags(const QString &repository, QObject *context, Callback<ListResult> done);

    /// HEAD the manifest; falls back to a GET when Docker-Content-Digest is missing. std::nullopt when the
    /// manifest does not exist.
    OperationHandle headManifest(const Reference &reference, QObject *context,
                                 Callback<std::optional<Descriptor>> done);
    /// GET the manifest (capped at Manifest::MaxSize), digest verified over the raw bytes.
    OperationHandle getManifest(const Reference &reference, QObject *context, Callback<ManifestResponse> done);
    /// PUT raw manifest bytes at the reference's tag (or digest when it has no tag); returns the digest of the
    /// bytes. A digest in the reference must match the bytes. When the manifest has a subject and the registry
    /// does not confirm it (no OCI-Subject header), the subject's `sha256-<hex>` tag index is updated.
    OperationHandle putManifest(const Reference &reference, const QByteArray &raw, const QString &mediaType,
                                QObject *context, Callback<Digest> done, const PushManifestOptions &options = {});
    /// DELETE /v2/<name>/manifests/<digest>. A reference with only a tag is resolved to its digest first.
    OperationHandle deleteManifest(const Reference &reference, QObject *context, Callback<Digest> done);

    /// HEAD the blob: its size when present, std::nullopt when absent.
    OperationHandle blobExists(const QString &repository, const Digest &digest, QObject *context,
                               Callback<std::optional<qint64>> done);
    /// GET a blob into \a sink, hashing while it arrives; fails on a digest or size mismatch (\a expectedSize
    /// -1 when unknown). The sink receives bytes as they arrive and is never closed by the client.
    /// A body that breaks off is resumed with a Range request (at most 5 times, each one
    /// announced through waiting()); a server that ignores Range restarts a seekable sink and fails a stream.
    OperationHandle getBlob(const QString &repository, const Digest &digest, qint64 expectedSize, QIODevice *sink,
                            QObject *context, Callback<qint64> done, std::function<void(qint64, qint64)> progress = {});
    /// Like getBlob(), but continues a download that an earlier run left unfinished: asks for the bytes from
    /// \a from.offset on. Progress and the returned size count from the blob's start.
    OperationHandle resumeBlob(const QString &repository, const Digest &digest, qint64 expectedSize,
                               const BlobResumePoint &from, QIODevice *sink, QObject *context, Callback<qint64> done,
                               std::function<void(qint64, qint64)> progress = {});
    /// GET a small blob (config, probe) into memory, capped at \a maxSize.
    OperationHandle getBlobBytes(const QString &repository, const Digest &digest, qint64 maxSize, QObject *context,
                                 Callback<QByteArray> done);
    /// Uploads \a size bytes read from \a source (from its current position). Chunked uploads and retries
    /// need a seekable source; monolithic uploads of sequential sources stream as long as \a size is right.
    OperationHandle uploadBlob(const QString &repository, const Digest &digest, qint64 size, QIODevice *source,
                               QObject *context, Callback<UploadOutcome> done, const UploadOptions &options = {});
    /// Uploads bytes held in memory (configs, small files).
    OperationHandle uploadBlobBytes(const QString &repository, const QByteArray &data, QObject *context,
                                    Callback<Descriptor> done, const QString &mediaType = {});
    /// DELETE a blob (registries may refuse).
    OperationHandle deleteBlob(const QString &repository, const Digest &digest, QObject *context, Callback<void> done);

    /// Manifests whose subject is \a subject: the referrers API, or the `sha256-<hex>` tag schema when the
    /// registry has none. \a artifactType filters when not empty.
    OperationHandle referrers(const QString &repository, const Digest &subject, const QString &artifactType,
                              QObject *context, Callback<QList<Descriptor>> done);

    /// Whether the last referrers call found a referrers API (std::nullopt before any call).
    std::optional<bool> hasReferrersApi() const;

Q_SIGNALS:
    /// A request waits before a retry (429/503 or a transient failure). For the user: "waiting 5 s ...".
    void waiting(const QString &message, int milliseconds);
    /// Developer-level trace of each request sent ("GET https://host/v2/x/tags/list -> 200").
    void requestFinished(const QString &method, const QString &url, int status);

public:
    /// "GET https://host/v2/x/tags/list -> 200", the line a transcript shows for requestFinished().
    static QString describeRequest(const QString &method, const QString &url, int status);

private:
    std::unique_ptr<RegistryClientPrivate> d;
    friend class RegistryClientPrivate;
};

} // namespace Oci
