#include "registryclient.h"

#include <utility>

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include "oci/blobdownload.h"
#include "oci/blobupload.h"
#include "oci/httpexchange.h"
#include "oci/httpheaderparser.h"
#include "oci/mediatypes.h"
#include "oci/registryerror.h"
#include "oci/registrytransport.h"

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::RegistryClient", text);
}

constexpr int maxPageSize = 1000;
constexpr qint64 listBodyCap = 16 * 1024 * 1024;

QString pullScope(const QString &repository)
{
    return QStringLiteral("repository:%1:pull").arg(repository);
}

QString pushScope(const QString &repository)
{
    return QStringLiteral("repository:%1:pull,push").arg(repository);
}

// Drops the callback when the context object is gone.
template<typename T> RegistryClient::Callback<T> guarded(QObject *context, RegistryClient::Callback<T> done)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hasContext, guard, done = std::move(done)](Util::Result<T> result) {
        if (hasContext && !guard)
            return;
        done(std::move(result));
    };
}

Util::Result<void> requireRepository(const QString &repository)
{
    return Reference::validateRepository(repository);
}

// Manifest operations need a repository in a registry, not a layout on disk.
Util::Result<void> requireRegistryReference(const Reference &reference)
{
    if (reference.isLayout() || reference.repository().isEmpty())
        return Util::makeError(tr("'%1' does not name a repository in a registry").arg(reference.toString()));
    return {};
}

QString manifestPath(const QString &repository, const QString &identifier)
{
    return QStringLiteral("/v2/%1/manifests/%2").arg(repository, identifier);
}

QString blobPath(const QString &repository, const Digest &digest)
{
    return QStringLiteral("/v2/%1/blobs/%2").arg(repository, digest.toString());
}

Util::Result<Digest> verifyManifestDigest(const HttpResponse &response, const Reference &reference)
{
    const Digest::Algorithm algorithm =
        reference.hasDigest() ? reference.digest().algorithm() : Digest::Algorithm::Sha256;
    const Digest computed = Digest::ofBytes(response.body, algorithm);
    if (reference.hasDigest() && computed != reference.digest()) {
        return Util::makeError(tr("%1: the manifest received has digest %2, not the requested %3")
                                   .arg(response.request(), computed.toString(), reference.digest().toString()));
    }
    const QByteArray announced = response.header("Docker-Content-Digest");
    if (!announced.isEmpty()) {
        auto parsed = Digest::parse(QString::fromLatin1(announced.trimmed()));
        if (parsed && parsed->algorithm() == algorithm && *parsed != computed) {
            return Util::makeError(tr("%1: Docker-Content-Digest says %2 but the bytes received hash to %3")
                                       .arg(response.request(), parsed->toString(), computed.toString()));
        }
    }
    return computed;
}

} // namespace

struct ManifestPush
{
    Reference reference;
    QByteArray raw;
    QString mediaType;
    Digest digest;
    PushManifestOptions options;
};

class RegistryClientPrivate
{
public:
    RegistryClient *q = nullptr;
    QString registry;
    RegistryTransport *transport = nullptr;
    int maxPages = 1000;
    int pageSize = maxPageSize;
    std::optional<bool> hasReferrersApi;

    QUrl url(const QString &path) const
    {
        QUrl url = transport->baseUrl();
        url.setPath(path);
        return url;
    }

    std::pair<OperationHandle, std::shared_ptr<OperationState>> newOperation() const
    {
        auto state = std::make_shared<OperationState>();
        std::weak_ptr<OperationState> weak = state;
        auto cancel = std::make_shared<std::function<void()>>([weak] {
            if (auto operation = weak.lock()) {
                operation->cancelled = true;
                if (operation->current)
                    operation->current->cancel();
                if (auto wait = std::exchange(operation->cancelWait, nullptr))
                    wait();
            }
        });
        return {OperationHandle(cancel), state};
    }

    // The opening every operation shares: a callback dropped with its context object, a new cancellable
    // operation, then either \a steps or, when the local \a check failed, its error.
    template<typename T, typename Check, typename Steps>
    OperationHandle begin(QObject *context, RegistryClient::Callback<T> done, const Check &check, Steps steps) const
    {
        auto callback = guarded(context, std::move(done));
        auto [handle, operation] = newOperation();
        if (!check)
            callback(check.error());
        else
            steps(operation, callback);
        return handle;
    }

    HttpRequest request(const QByteArray &method, const QString &path, const QString &scope) const
    {
        HttpRequest request;
        request.method = method;
        request.url = url(path);
        request.scopes << scope;
        return request;
    }

    // A GET or HEAD of a manifest: every manifest type accepted, the body capped.
    HttpRequest manifestRequest(const QByteArray &method, const QString &repository, const QString &identifier) const
    {
        HttpRequest request = this->request(method, manifestPath(repository, identifier), pullScope(repository));
        request.headers << qMakePair(QByteArray("Accept"), QByteArray(MediaType::ManifestAccept.data()));
        request.maxBodySize = Manifest::MaxSize;
        return request;
    }

    void send(const std::shared_ptr<OperationState> &operation, const HttpRequest &request,
              std::function<void(const HttpResponse &)> handler) const
    {
        transport->send(request, operation, std::move(handler));
    }

    void paginate(const std::shared_ptr<OperationState> &operation, const QUrl &url, const QString &field,
                  const QString &scope, std::shared_ptr<ListResult> result, std::shared_ptr<QSet<QByteArray>> visited,
                  RegistryClient::Callback<ListResult> done) const;
    void getManifest(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                     RegistryClient::Callback<ManifestResponse> done) const;
    void headManifest(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                      RegistryClient::Callback<std::optional<Descriptor>> done) const;
    void manifestPushed(const std::shared_ptr<OperationState> &operation, const ManifestPush &push,
                        const HttpResponse &response, const RegistryClient::Callback<Digest> &callback) const;
    void updateReferrersTag(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                            const Descriptor &referrer, const Descriptor &subject,
                            RegistryClient::Callback<void> done) const;
    void deleteManifest(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                        RegistryClient::Callback<Digest> done) const;
    void referrersAnswered(const std::shared_ptr<OperationState> &operation, const HttpResponse &response,
                           const QString &repository, const Digest &subject, const QString &artifactType,
                           const RegistryClient::Callback<QList<Descriptor>> &done);
    void referrersByTag(const std::shared_ptr<OperationState> &operation, const QString &repository,
                        const Digest &subject, const QString &artifactType,
                        RegistryClient::Callback<QList<Descriptor>> done) const;
};

RegistryClient::RegistryClient(const QString &registry, const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<RegistryClientPrivate>())
{
    d->q = this;
    QString host = registry.trimmed();
    if (host.startsWith(QLatin1String("oci://")))
        host = host.mid(6);
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    d->registry = host;
    const QUrl base(QString(settings.plainHttp ? QStringLiteral("http://") : QStringLiteral("https://")) + host);
    d->transport = new RegistryTransport(base, settings, this);
    connect(d->transport, &RegistryTransport::waiting, this, &RegistryClient::waiting);
    connect(d->transport, &RegistryTransport::requestFinished, this, &RegistryClient::requestFinished);
}

RegistryClient::~RegistryClient() = default;

QString RegistryClient::registry() const
{
    return d->registry;
}

const ConnectionSettings &RegistryClient::settings() const
{
    return d->transport->settings();
}

QString RegistryClient::baseUrl() const
{
    return d->transport->baseUrl().toString();
}

void RegistryClient::setMaxErrorBodySize(qint64 bytes)
{
    d->transport->maxErrorBodySize = bytes;
}

void RegistryClient::setMaxPages(int pages)
{
    d->maxPages = pages;
}

void RegistryClient::setPageSize(int entries)
{
    d->pageSize = qBound(1, entries, maxPageSize);
}

void RegistryClient::setRetryPolicy(int maxRetries, int maxWaitMs, int baseBackoffMs)
{
    d->transport->maxRetries = maxRetries;
    d->transport->maxRetryWaitMs = maxWaitMs;
    d->transport->baseBackoffMs = baseBackoffMs;
}

std::optional<bool> RegistryClient::hasReferrersApi() const
{
    return d->hasReferrersApi;
}

OperationHandle RegistryClient::ping(QObject *context, Callback<void> done)
{
    return d->begin(context, std::move(done), Util::Result<void>(), [this](const auto &operation, auto callback) {
        HttpRequest request;
        request.url = d->url(QStringLiteral("/v2/"));
        d->send(operation, request, [callback](const HttpResponse &response) {
            if (response.status >= 200 && response.status < 300)
                callback(Util::Result<void>());
            else
                callback(RegistryError::fromResponse(response, tr("reaching the registry")));
        });
    });
}

void RegistryClientPrivate::paginate(const std::shared_ptr<OperationState> &operation, const QUrl &url,
                                     const QString &field, const QString &scope, std::shared_ptr<ListResult> result,
                                     std::shared_ptr<QSet<QByteArray>> visited,
                                     RegistryClient::Callback<ListResult> done) const
{
    visited->insert(url.toEncoded());
    HttpRequest request;
    request.url = url;
    request.maxBodySize = listBodyCap;
    if (!scope.isEmpty())
        request.scopes << scope;
    send(operation, request, [this, operation, field, scope, result, visited, done](const HttpResponse &response) {
        if (response.status != 200) {
            done(RegistryError::fromResponse(response, tr("listing")));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (!document.isObject()) {
            done(Util::makeError(
                tr("%1: the answer is not a JSON object: %2").arg(response.request(), parseError.errorString())));
            return;
        }
        for (const QJsonValue name : document.object().value(field).toArray())
            result->names << name.toString();
        ++result->pages;

        const auto next = HttpHeaderParser::nextLink(response.header("Link"), response.url);
        if (!next) {
            done(*result);
            return;
        }
        if (!transport->sameOrigin(*next)) {
            done(Util::makeError(tr("%1: the next page link points to another origin: %2")
                                     .arg(response.request(), next->toDisplayString())));
            return;
        }
        if (visited->contains(next->toEncoded())) {
            done(Util::makeError(tr("%1: the next page link repeats an earlier page: %2")
                                     .arg(response.request(), next->toDisplayString())));
            return;
        }
        if (result->pages >= maxPages) {
            result->complete = false;
            done(*result);
            return;
        }
        paginate(operation, *next, field, scope, result, visited, done);
    });
}

OperationHandle RegistryClient::catalog(QObject *context, Callback<ListResult> done)
{
    return d->begin(context, std::move(done), Util::Result<void>(), [this](const auto &operation, auto callback) {
        QUrl url = d->url(QStringLiteral("/v2/_catalog"));
        url.setQuery(QStringLiteral("n=%1").arg(d->pageSize));
        d->paginate(operation, url, QStringLiteral("repositories"), QStringLiteral("registry:catalog:*"),
                    std::make_shared<ListResult>(), std::make_shared<QSet<QByteArray>>(), callback);
    });
}

OperationHandle RegistryClient::listTags(const QString &repository, QObject *context, Callback<ListResult> done)
{
    return d->begin(context, std::move(done), requireRepository(repository), [&](const auto &operation, auto callback) {
        QUrl url = d->url(QStringLiteral("/v2/%1/tags/list").arg(repository));
        url.setQuery(QStringLiteral("n=%1").arg(d->pageSize));
        d->paginate(operation, url, QStringLiteral("tags"), pullScope(repository), std::make_shared<ListResult>(),
                    std::make_shared<QSet<QByteArray>>(), callback);
    });
}

void RegistryClientPrivate::getManifest(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                                        RegistryClient::Callback<ManifestResponse> done) const
{
    const HttpRequest request = manifestRequest("GET", reference.repository(), reference.identifier());
    send(operation, request, [reference, done](const HttpResponse &response) {
        if (response.status == 200 && response.bodyTooLarge) {
            done(Util::makeError(tr("%1: the manifest is larger than %2 bytes; refused")
                                     .arg(response.request())
                                     .arg(Manifest::MaxSize)));
            return;
        }
        if (response.status != 200) {
            done(RegistryError::fromResponse(response, tr("reading manifest %1").arg(reference.toString())));
            return;
        }
        auto digest = verifyManifestDigest(response, reference);
        if (!digest) {
            done(digest.error());
            return;
        }
        const QString contentType = QString::fromLatin1(response.header("Content-Type"));
        auto manifest = Manifest::parse(response.body, contentType);
        if (!manifest) {
            done(Util::makeError(tr("%1: %2").arg(response.request(), manifest.error().message)));
            return;
        }
        done(ManifestResponse{response.body, manifest->mediaType(), *digest, *manifest});
    });
}

OperationHandle RegistryClient::getManifest(const Reference &reference, QObject *context,
                                            Callback<ManifestResponse> done)
{
    return d->begin(context, std::move(done), requireRegistryReference(reference),
                    [&](const auto &operation, auto callback) { d->getManifest(operation, reference, callback); });
}

void RegistryClientPrivate::headManifest(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                                         RegistryClient::Callback<std::optional<Descriptor>> done) const
{
    const HttpRequest request = manifestRequest("HEAD", reference.repository(), reference.identifier());
    send(operation, request, [this, operation, reference, done](const HttpResponse &response) {
        if (response.status == 404) {
            done(std::optional<Descriptor>());
            return;
        }
        if (response.status != 200) {
            done(RegistryError::fromResponse(response, tr("looking up manifest %1").arg(reference.toString())));
            return;
        }
        auto digest = Digest::parse(QString::fromLatin1(response.header("Docker-Content-Digest").trimmed()));
        bool sized = false;
        const qint64 size = response.header("Content-Length").toLongLong(&sized);
        if (digest && sized && (!reference.hasDigest() || *digest == reference.digest())) {
            const QString mediaType =
                QString::fromLatin1(response.header("Content-Type")).section(QLatin1Char(';'), 0, 0);
            done(std::optional<Descriptor>(Descriptor{mediaType.trimmed(), *digest, size, {}, {}, {}, {}}));
            return;
        }
        // Some registries and proxies drop Docker-Content-Digest: the digest is computed from a GET.
        getManifest(operation, reference, [done](Util::Result<ManifestResponse> manifest) {
            if (!manifest)
                done(manifest.error());
            else
                done(std::optional<Descriptor>(manifest->descriptor()));
        });
    });
}

OperationHandle RegistryClient::headManifest(const Reference &reference, QObject *context,
                                             Callback<std::optional<Descriptor>> done)
{
    return d->begin(context, std::move(done), requireRegistryReference(reference),
                    [&](const auto &operation, auto callback) { d->headManifest(operation, reference, callback); });
}

namespace {

// What can be checked before the upload: a registry reference, the size cap, the digest in the reference.
Util::Result<Digest> checkManifestPush(const Reference &reference, const QByteArray &raw)
{
    if (auto valid = requireRegistryReference(reference); !valid)
        return valid.error();
    if (raw.size() > Manifest::MaxSize) {
        return Util::makeError(
            tr("the manifest is %1 bytes; registries accept at most %2").arg(raw.size()).arg(Manifest::MaxSize));
    }
    const Digest digest =
        Digest::ofBytes(raw, reference.hasDigest() ? reference.digest().algorithm() : Digest::Algorithm::Sha256);
    if (reference.hasDigest() && digest != reference.digest()) {
        return Util::makeError(
            tr("the manifest bytes hash to %1, not to %2").arg(digest.toString(), reference.digest().toString()));
    }
    return digest;
}

} // namespace

OperationHandle RegistryClient::putManifest(const Reference &reference, const QByteArray &raw, const QString &mediaType,
                                            QObject *context, Callback<Digest> done, const PushManifestOptions &options)
{
    const auto digest = checkManifestPush(reference, raw);
    return d->begin(context, std::move(done), digest, [&](const auto &operation, auto callback) {
        // "repo:tag@digest" pushes to the tag; the digest was checked against the bytes above.
        const QString target = reference.hasTag() ? reference.tag() : reference.identifier();
        HttpRequest request =
            d->request("PUT", manifestPath(reference.repository(), target), pushScope(reference.repository()));
        request.headers << qMakePair(QByteArray("Content-Type"), mediaType.toLatin1());
        request.body = raw;
        RegistryClientPrivate *p = d.get();
        const ManifestPush push{reference, raw, mediaType, *digest, options};
        p->send(operation, request, [p, operation, push, callback](const HttpResponse &response) {
            p->manifestPushed(operation, push, response, callback);
        });
    });
}

void RegistryClientPrivate::manifestPushed(const std::shared_ptr<OperationState> &operation, const ManifestPush &push,
                                           const HttpResponse &response,
                                           const RegistryClient::Callback<Digest> &callback) const
{
    if (response.status != 201 && response.status != 200) {
        callback(RegistryError::fromResponse(response, tr("pushing manifest %1").arg(push.reference.toString())));
        return;
    }
    auto announced = Digest::parse(QString::fromLatin1(response.header("Docker-Content-Digest").trimmed()));
    if (announced && announced->algorithm() == push.digest.algorithm() && *announced != push.digest) {
        callback(Util::makeError(tr("%1: the registry stored %2 but the bytes sent hash to %3")
                                     .arg(response.request(), announced->toString(), push.digest.toString())));
        return;
    }

    // A registry with the referrers API says so with OCI-Subject; without it the tag index is ours to keep.
    auto manifest = Manifest::parse(push.raw, push.mediaType);
    const bool needsTag =
        push.options.maintainReferrersTag && manifest && manifest->subject() && !response.hasHeader("OCI-Subject");
    if (!needsTag) {
        callback(push.digest);
        return;
    }
    Descriptor referrer = manifest->descriptor(true);
    referrer.mediaType = push.mediaType;
    const Digest digest = push.digest;
    updateReferrersTag(operation, push.reference, referrer, *manifest->subject(),
                       [digest, callback](Util::Result<void> updated) {
                           if (!updated)
                               callback(updated.error());
                           else
                               callback(digest);
                       });
}

void RegistryClientPrivate::updateReferrersTag(const std::shared_ptr<OperationState> &operation,
                                               const Reference &reference, const Descriptor &referrer,
                                               const Descriptor &subject, RegistryClient::Callback<void> done) const
{
    const QString tag = subject.digest.algorithmName() + QLatin1Char('-') + subject.digest.hex();
    const Reference target = reference.withTag(tag).withDigest({});
    getManifest(operation, target, [this, operation, target, referrer, done](Util::Result<ManifestResponse> current) {
        Manifest index;
        index.setKind(Manifest::Kind::ImageIndex);
        // A missing tag starts a new index; an existing one keeps every entry it had.
        if (current && current->manifest.isIndex())
            index.setManifests(current->manifest.manifests());
        QList<Descriptor> entries = index.manifests();
        for (const Descriptor &entry : std::as_const(entries)) {
            if (entry.digest == referrer.digest) {
                done(Util::Result<void>());
                return;
            }
        }
        entries << referrer;
        index.setManifests(entries);

        HttpRequest request =
            this->request("PUT", manifestPath(target.repository(), target.tag()), pushScope(target.repository()));
        request.headers << qMakePair(QByteArray("Content-Type"), QByteArray(MediaType::ImageIndex.data()));
        request.body = index.serialize();
        send(operation, request, [target, done](const HttpResponse &response) {
            if (response.status != 201 && response.status != 200)
                done(RegistryError::fromResponse(response, tr("updating the referrers tag %1").arg(target.toString())));
            else
                done(Util::Result<void>());
        });
    });
}

void RegistryClientPrivate::deleteManifest(const std::shared_ptr<OperationState> &operation, const Reference &reference,
                                           RegistryClient::Callback<Digest> done) const
{
    auto remove = [this, operation, reference, done](const Digest &digest) {
        const HttpRequest request = this->request("DELETE", manifestPath(reference.repository(), digest.toString()),
                                                  QStringLiteral("repository:%1:delete").arg(reference.repository()));
        send(operation, request, [reference, digest, done](const HttpResponse &response) {
            if (response.status == 202 || response.status == 200 || response.status == 204) {
                done(digest);
                return;
            }
            Util::Error error = RegistryError::fromResponse(response, tr("deleting %1").arg(reference.toString()));
            if (response.status == 405)
                error.message += tr(" (the registry does not allow deletes)");
            done(error);
        });
    };
    if (reference.hasDigest()) {
        remove(reference.digest());
        return;
    }
    // Deleting by tag is often unsupported: resolve the tag and delete by digest.
    headManifest(operation, reference, [reference, remove, done](Util::Result<std::optional<Descriptor>> found) {
        if (!found)
            done(found.error());
        else if (!found->has_value())
            done(Util::makeError(tr("%1 does not exist").arg(reference.toString())));
        else
            remove((*found)->digest);
    });
}

OperationHandle RegistryClient::deleteManifest(const Reference &reference, QObject *context, Callback<Digest> done)
{
    return d->begin(context, std::move(done), requireRegistryReference(reference),
                    [&](const auto &operation, auto callback) { d->deleteManifest(operation, reference, callback); });
}

OperationHandle RegistryClient::blobExists(const QString &repository, const Digest &digest, QObject *context,
                                           Callback<std::optional<qint64>> done)
{
    return d->begin(context, std::move(done), requireRepository(repository), [&](const auto &operation, auto callback) {
        const HttpRequest request = d->request("HEAD", blobPath(repository, digest), pullScope(repository));
        d->send(operation, request, [digest, callback](const HttpResponse &response) {
            if (response.status == 404) {
                callback(std::optional<qint64>());
                return;
            }
            if (response.status != 200) {
                callback(RegistryError::fromResponse(response, tr("looking up blob %1").arg(digest.toString())));
                return;
            }
            bool ok = false;
            const qint64 size = response.header("Content-Length").toLongLong(&ok);
            callback(std::optional<qint64>(ok ? size : -1));
        });
    });
}

OperationHandle RegistryClient::getBlob(const QString &repository, const Digest &digest, qint64 expectedSize,
                                        QIODevice *sink, QObject *context, Callback<qint64> done,
                                        std::function<void(qint64, qint64)> progress)
{
    return resumeBlob(repository, digest, expectedSize, {}, sink, context, std::move(done), std::move(progress));
}

namespace {

Util::Result<void> checkResumePoint(const QString &repository, const Digest &digest, const BlobResumePoint &from)
{
    if (auto valid = requireRepository(repository); !valid)
        return valid;
    if (from.offset > 0 && (!from.hasher || from.hasher->bytesHashed() != from.offset)) {
        return Util::makeError(tr("cannot resume blob %1 at byte %2: the bytes before it were not hashed")
                                   .arg(digest.toString())
                                   .arg(from.offset));
    }
    return {};
}

} // namespace

OperationHandle RegistryClient::resumeBlob(const QString &repository, const Digest &digest, qint64 expectedSize,
                                           const BlobResumePoint &from, QIODevice *sink, QObject *context,
                                           Callback<qint64> done, std::function<void(qint64, qint64)> progress)
{
    return d->begin(context, std::move(done), checkResumePoint(repository, digest, from),
                    [&](const auto &operation, auto callback) {
                        auto *download = new BlobDownload(d->transport, operation, d->url(blobPath(repository, digest)),
                                                          pullScope(repository), digest, expectedSize, sink,
                                                          std::move(progress), callback);
                        if (from.offset > 0)
                            download->setResumePoint(from.hasher);
                        download->start();
                    });
}

OperationHandle RegistryClient::getBlobBytes(const QString &repository, const Digest &digest, qint64 maxSize,
                                             QObject *context, Callback<QByteArray> done)
{
    return d->begin(context, std::move(done), requireRepository(repository), [&](const auto &operation, auto callback) {
        HttpRequest request = d->request("GET", blobPath(repository, digest), pullScope(repository));
        request.maxBodySize = maxSize;
        d->send(operation, request, [digest, maxSize, callback](const HttpResponse &response) {
            if (response.status == 200 && response.bodyTooLarge) {
                callback(
                    Util::makeError(tr("%1: the blob is larger than %2 bytes").arg(response.request()).arg(maxSize)));
                return;
            }
            if (response.status != 200) {
                callback(RegistryError::fromResponse(response, tr("downloading blob %1").arg(digest.toString())));
                return;
            }
            const Digest actual = Digest::ofBytes(response.body, digest.algorithm());
            if (actual != digest) {
                callback(Util::makeError(tr("%1: the bytes received hash to %2, not to the requested digest")
                                             .arg(response.request(), actual.toString())));
                return;
            }
            callback(response.body);
        });
    });
}

OperationHandle RegistryClient::uploadBlob(const QString &repository, const Digest &digest, qint64 size,
                                           QIODevice *source, QObject *context, Callback<UploadOutcome> done,
                                           const UploadOptions &options)
{
    auto valid = requireRepository(repository);
    if (valid && !options.mountFrom.isEmpty())
        valid = requireRepository(options.mountFrom);
    return d->begin(context, std::move(done), valid, [&](const auto &operation, auto callback) {
        auto *upload = new BlobUpload(d->transport, operation, repository, digest, size, source, options, callback);
        upload->start();
    });
}

OperationHandle RegistryClient::uploadBlobBytes(const QString &repository, const QByteArray &data, QObject *context,
                                                Callback<Descriptor> done, const QString &mediaType)
{
    auto callback = guarded(context, std::move(done));
    auto buffer = std::make_shared<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    const Descriptor descriptor{mediaType, Digest::ofBytes(data), data.size(), {}, {}, {}, {}};
    return uploadBlob(repository, descriptor.digest, data.size(), buffer.get(), context,
                      [buffer, descriptor, callback](Util::Result<UploadOutcome> outcome) {
                          if (!outcome)
                              callback(outcome.error());
                          else
                              callback(descriptor);
                      });
}

OperationHandle RegistryClient::deleteBlob(const QString &repository, const Digest &digest, QObject *context,
                                           Callback<void> done)
{
    return d->begin(context, std::move(done), requireRepository(repository), [&](const auto &operation, auto callback) {
        const HttpRequest request =
            d->request("DELETE", blobPath(repository, digest), QStringLiteral("repository:%1:delete").arg(repository));
        d->send(operation, request, [digest, callback](const HttpResponse &response) {
            if (response.status == 202 || response.status == 200 || response.status == 204)
                callback(Util::Result<void>());
            else
                callback(RegistryError::fromResponse(response, tr("deleting blob %1").arg(digest.toString())));
        });
    });
}

namespace {

QList<Descriptor> filterByType(const QList<Descriptor> &descriptors, const QString &artifactType)
{
    if (artifactType.isEmpty())
        return descriptors;
    QList<Descriptor> out;
    for (const Descriptor &descriptor : descriptors) {
        if (descriptor.artifactType == artifactType)
            out << descriptor;
    }
    return out;
}

} // namespace

void RegistryClientPrivate::referrersByTag(const std::shared_ptr<OperationState> &operation, const QString &repository,
                                           const Digest &subject, const QString &artifactType,
                                           RegistryClient::Callback<QList<Descriptor>> done) const
{
    const QString tag = subject.algorithmName() + QLatin1Char('-') + subject.hex();
    auto reference = Reference::fromParts(registry, repository, tag);
    if (!reference) {
        done(reference.error());
        return;
    }
    const HttpRequest request = manifestRequest("GET", repository, tag);
    send(operation, request, [artifactType, done](const HttpResponse &response) {
        if (response.status == 404) {
            done(QList<Descriptor>());
            return;
        }
        if (response.status != 200) {
            done(RegistryError::fromResponse(response, tr("reading the referrers tag")));
            return;
        }
        auto index = Manifest::parse(response.body, QString::fromLatin1(response.header("Content-Type")));
        if (!index) {
            done(Util::makeError(tr("%1: %2").arg(response.request(), index.error().message)));
            return;
        }
        done(filterByType(index->manifests(), artifactType));
    });
}

void RegistryClientPrivate::referrersAnswered(const std::shared_ptr<OperationState> &operation,
                                              const HttpResponse &response, const QString &repository,
                                              const Digest &subject, const QString &artifactType,
                                              const RegistryClient::Callback<QList<Descriptor>> &done)
{
    const QString contentType = QString::fromLatin1(response.header("Content-Type"));
    // A registry without the API answers 404 (or something that is not an index): use the tag schema.
    if (response.status == 404 || (response.status == 200 && !contentType.startsWith(MediaType::ImageIndex))) {
        hasReferrersApi = false;
        referrersByTag(operation, repository, subject, artifactType, done);
        return;
    }
    if (response.status != 200) {
        done(RegistryError::fromResponse(response, tr("listing referrers of %1").arg(subject.toString())));
        return;
    }
    hasReferrersApi = true;
    auto index = Manifest::parse(response.body, contentType);
    if (!index) {
        done(Util::makeError(tr("%1: %2").arg(response.request(), index.error().message)));
        return;
    }
    done(filterByType(index->manifests(), artifactType));
}

OperationHandle RegistryClient::referrers(const QString &repository, const Digest &subject, const QString &artifactType,
                                          QObject *context, Callback<QList<Descriptor>> done)
{
    return d->begin(context, std::move(done), requireRepository(repository), [&](const auto &operation, auto callback) {
        HttpRequest request = d->request(
            "GET", QStringLiteral("/v2/%1/referrers/%2").arg(repository, subject.toString()), pullScope(repository));
        if (!artifactType.isEmpty())
            request.url = HttpHeaderParser::addQueryItem(request.url, "artifactType", artifactType);
        request.headers << qMakePair(QByteArray("Accept"), QByteArray(MediaType::ImageIndex.data()));
        request.maxBodySize = Manifest::MaxSize;
        RegistryClientPrivate *p = d.get();
        p->send(operation, request,
                [p, operation, repository, subject, artifactType, callback](const HttpResponse &response) {
                    p->referrersAnswered(operation, response, repository, subject, artifactType, callback);
                });
    });
}

QString RegistryClient::describeRequest(const QString &method, const QString &url, int status)
{
    return QStringLiteral("%1 %2 -> %3").arg(method, url, status ? QString::number(status) : tr("no response"));
}

} // namespace Oci
