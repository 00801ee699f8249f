#include "copyjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

#include "oci/manifest.h"
#include "oci/reference.h"
#include "oci/registryblobstream.h"
#include "util/logging.h"

namespace Oci {

namespace {

constexpr int progressIntervalMs = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::CopyJob", text);
}

// What a manifest points to, config first. A manifest that does not parse is not copied: its children
// would be unknown, and the destination would hold a manifest whose content is missing.
Util::Result<QList<Descriptor>> childrenOf(const ContentStore::Manifest &manifest)
{
    auto parsed = Oci::Manifest::parse(manifest.raw, manifest.descriptor.mediaType);
    if (!parsed)
        return Util::makeError(
            tr("manifest %1: %2").arg(manifest.descriptor.digest.toString(), parsed.error().message));
    return parsed->references();
}

} // namespace

// Runs the graph walk on the copy thread. Talks to the job only through queued calls.
class CopyJob::Worker final
{
public:
    Worker(CopyJob *job, ContentStore &source, ContentStore &destination)
        : m_job(job)
        , m_source(source)
        , m_destination(destination)
    {
    }

    Util::Result<Summary> copy(const Options &options);

private:
    Util::Result<void> copyNode(const Descriptor &descriptor, const QString &tag, bool isRoot, bool withReferrers);
    Util::Result<void> copyManifest(const ContentStore::Manifest &manifest, const QString &tag, bool isRoot,
                                    bool withReferrers);
    Util::Result<void> copyBlob(const Descriptor &descriptor);
    void log(const QString &line);
    void addDone(qint64 bytes);
    void postProgress();
    bool cancelled() const { return m_job->isCancelRequested(); }

    CopyJob *m_job;
    ContentStore &m_source;
    ContentStore &m_destination;
    QSet<QString> m_visited;
    Summary m_summary;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QElapsedTimer m_sincePosted;
};

Util::Result<CopyJob::Summary> CopyJob::Worker::copy(const Options &options)
{
    auto root = m_source.resolve(options.sourceReference);
    if (!root)
        return root.error();
    const bool byDigest = options.sourceReference.startsWith(QLatin1String("sha256:")) ||
                          options.sourceReference.startsWith(QLatin1String("sha512:"));
    // Without a tag of its own the copy keeps the source's: the one asked for, or the one a layout's only
    // manifest carries.
    const QString sourceTag = options.sourceReference.isEmpty() ? root->tag : options.sourceReference;
    QString tag = !options.destinationTag.isEmpty() ? options.destinationTag : (byDigest ? QString() : sourceTag);
    // A registry shows only what is tagged: an untagged source gets the usual default there, as skopeo gives.
    const bool toRegistry = !m_destination.registryHost().isEmpty();
    if (tag.isEmpty() && toRegistry)
        tag = QStringLiteral("latest");
    // A layout's ref name may be no registry tag ('1.0+build.1'): found out now, not after every upload.
    if (auto valid = Reference::validateTag(tag); toRegistry && !valid)
        return Util::makeError(tr("the source's tag cannot be a registry tag (%1); name the destination's tag")
                                   .arg(valid.error().message));
    log(tr("Copying %1 (%2) from %3 to %4")
            .arg(options.sourceReference, root->descriptor.digest.toString(), m_source.displayName(),
                 m_destination.displayName()));

    m_visited.insert(root->descriptor.digest.toString());
    if (auto copied = copyManifest(*root, tag, true, options.includeReferrers); !copied)
        return copied.error();
    if (auto committed = m_destination.commit(); !committed)
        return committed.error();
    m_summary.rootDigest = root->descriptor.digest;
    return m_summary;
}

Util::Result<void> CopyJob::Worker::copyNode(const Descriptor &descriptor, const QString &tag, bool isRoot,
                                             bool withReferrers)
{
    if (cancelled())
        return Util::makeError(tr("cancelled"));
    if (m_visited.contains(descriptor.digest.toString()))
        return {};
    m_visited.insert(descriptor.digest.toString());

    if (!descriptor.isManifest())
        return copyBlob(descriptor);
    auto manifest = m_source.fetchManifest(descriptor);
    if (!manifest)
        return manifest.error();
    return copyManifest(*manifest, tag, isRoot, withReferrers);
}

Util::Result<void> CopyJob::Worker::copyManifest(const ContentStore::Manifest &manifest, const QString &tag,
                                                 bool isRoot, bool withReferrers)
{
    auto children = childrenOf(manifest);
    if (!children)
        return children.error();
    for (const Descriptor &child : std::as_const(*children)) {
        if (!m_visited.contains(child.digest.toString()) && !child.isManifest())
            m_total += qMax<qint64>(child.size, 0);
    }
    m_total += manifest.raw.size();
    postProgress();

    // Children first: a manifest must never arrive before what it points to.
    for (const Descriptor &child : std::as_const(*children)) {
        if (auto copied = copyNode(child, QString(), false, withReferrers); !copied)
            return copied;
    }

    auto present = m_destination.exists(manifest.descriptor);
    if (!present)
        return present.error();
    if (!*present || !tag.isEmpty() || isRoot) {
        if (auto pushed = m_destination.pushManifest(manifest.descriptor, manifest.raw, tag, isRoot); !pushed)
            return pushed;
        ++m_summary.manifestsCopied;
    }
    addDone(manifest.raw.size());

    if (!withReferrers)
        return {};
    auto referrers = m_source.referrers(manifest.descriptor);
    if (!referrers) {
        log(tr("Referrers of %1 not listed: %2").arg(manifest.descriptor.digest.toString(), referrers.error().message));
        return {};
    }
    for (const Descriptor &referrer : std::as_const(*referrers)) {
        log(tr("Copying referrer %1 (%2)").arg(referrer.digest.toString(), referrer.mediaType));
        if (auto copied = copyNode(referrer, QString(), true, true); !copied)
            return copied;
    }
    return {};
}

Util::Result<void> CopyJob::Worker::copyBlob(const Descriptor &descriptor)
{
    auto present = m_destination.exists(descriptor);
    if (!present)
        return present.error();
    if (*present) {
        ++m_summary.blobsSkipped;
        log(tr("Blob %1 is present already").arg(descriptor.digest.toString()));
        addDone(descriptor.size);
        return {};
    }

    const bool sameRegistry = !m_source.registryHost().isEmpty() &&
                              m_source.registryHost() == m_destination.registryHost() &&
                              m_source.repository() != m_destination.repository();
    if (sameRegistry) {
        auto mounted = m_destination.mountBlob(descriptor, m_source.repository());
        if (mounted && *mounted) {
            ++m_summary.blobsMounted;
            log(tr("Blob %1 mounted from %2").arg(descriptor.digest.toString(), m_source.repository()));
            addDone(descriptor.size);
            return {};
        }
    }

    const qint64 before = m_done;
    qint64 continuedFrom = 0; // where the destination had the download continue, from an earlier run's bytes
    const auto transfer = [&]() -> Util::Result<qint64> {
        auto device = m_source.openBlob(descriptor, {});
        if (!device)
            return device.error();
        const auto *stream = qobject_cast<const RegistryBlobStream *>(device->get());
        auto written = m_destination.writeBlob(descriptor, **device, [this, before](qint64 done) {
            m_done = before + done;
            postProgress();
        });
        continuedFrom = stream ? stream->startOffset() : 0;
        if (!written)
            return written.error();
        return descriptor.size - continuedFrom;
    };
    auto transferred = transfer();
    // A continued download that fails has had its kept bytes dropped (they may be what was wrong): one more
    // try from the first byte, so that a damaged partial file does not cost the user a second run.
    if (!transferred && continuedFrom > 0 && !cancelled()) {
        log(tr("Blob %1: continuing the earlier download failed (%2); downloading it from the start")
                .arg(descriptor.digest.toString(), transferred.error().message));
        m_done = before;
        transferred = transfer();
    }
    if (!transferred) {
        // A destination that refuses the bytes (a registry's DIGEST_INVALID) may be right: say so plainly.
        if (auto sound = m_source.checkBlob(descriptor); !sound && !cancelled())
            return sound.error();
        return transferred.error();
    }
    m_done = before;
    ++m_summary.blobsCopied;
    m_summary.bytesTransferred += *transferred;
    log(tr("Blob %1 copied (%2 bytes)").arg(descriptor.digest.toString()).arg(*transferred));
    addDone(descriptor.size);
    return {};
}

void CopyJob::Worker::log(const QString &line)
{
    QMetaObject::invokeMethod(
        m_job, [job = m_job, line] { job->report(line); }, Qt::QueuedConnection);
}

void CopyJob::Worker::postProgress()
{
    // Uploads report every few kilobytes; the job's thread needs to hear of it far less often.
    if (m_done != m_total && m_sincePosted.isValid() && m_sincePosted.elapsed() < progressIntervalMs)
        return;
    m_sincePosted.start();
    QMetaObject::invokeMethod(
        m_job, [job = m_job, done = m_done, total = m_total] { job->reportProgress(done, total); },
        Qt::QueuedConnection);
}

void CopyJob::Worker::addDone(qint64 bytes)
{
    m_done += qMax<qint64>(bytes, 0);
    postProgress();
}

CopyJob::CopyJob(StoreFactory source, StoreFactory destination, const Options &options, QObject *parent)
    : Job(tr("Copy %1").arg(options.sourceReference), parent)
    , m_sourceFactory(std::move(source))
    , m_destinationFactory(std::move(destination))
    , m_options(options)
{
}

CopyJob::~CopyJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void CopyJob::run()
{
    m_thread = QThread::create([this] {
        auto source = m_sourceFactory();
        if (!source)
            return complete(source.error());
        auto destination = m_destinationFactory();
        if (!destination)
            return complete(destination.error());
        const auto cancelCheck = [this] {
            return isCancelRequested();
        };
        const auto notifier = [this](const QString &message) {
            QMetaObject::invokeMethod(
                this, [this, message] { report(message); }, Qt::QueuedConnection);
        };
        for (ContentStore *store : {source->get(), destination->get()}) {
            store->setCancelCheck(cancelCheck);
            store->setNotifier(notifier);
        }

        Worker worker(this, **source, **destination);
        complete(worker.copy(m_options));
    });
    m_thread->start();
}

void CopyJob::report(const QString &line)
{
    log(line);
}

void CopyJob::reportProgress(qint64 done, qint64 total)
{
    setProgress(done, total);
}

void CopyJob::complete(const Util::Result<Summary> &result)
{
    // Called on the copy thread: hand the outcome to the job's thread.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            // A cancel that came after the last step changes nothing: the copy is complete.
            if (!result)
                return isCancelRequested() ? finishCancelled() : fail(result.error().toString());
            m_summary = *result;
            log(tr("Copied %1: %2 manifests, %3 blobs copied, %4 present already, %5 mounted")
                    .arg(m_summary.rootDigest.toString())
                    .arg(m_summary.manifestsCopied)
                    .arg(m_summary.blobsCopied)
                    .arg(m_summary.blobsSkipped)
                    .arg(m_summary.blobsMounted));
            succeed();
        },
        Qt::QueuedConnection);
}

} // namespace Oci
