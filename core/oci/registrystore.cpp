#include "registrystore.h"

#include "oci/registryblobstream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::RegistryStore", text);
}

} // namespace

RegistryStore::RegistryStore(const Reference &repository, const ConnectionSettings &settings)
    : m_base(Reference::fromParts(repository.registry(), repository.repository()).value())
    , m_settings(settings)
    , m_client(std::make_unique<RegistryClient>(repository.registry(), settings))
{
    QObject::connect(m_client.get(), &RegistryClient::waiting, m_client.get(),
                     [this](const QString &message, int) { notify(message); });
    QObject::connect(m_client.get(), &RegistryClient::requestFinished, m_client.get(),
                     [this](const QString &method, const QString &url, int status) {
                         notify(RegistryClient::describeRequest(method, url, status));
                     });
}

RegistryStore::~RegistryStore() = default;

QString RegistryStore::displayName() const
{
    return m_base.toString();
}

void RegistryStore::runLoop(QEventLoop &loop, const OperationHandle &handle)
{
    // The client calls back on this thread and quits the loop; meanwhile pass a cancel request on.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &handle] {
        if (isCancelled())
            handle.cancel();
    });
    poll.start(100);
    loop.exec();
}

Util::Result<ContentStore::Manifest> RegistryStore::fetch(const Reference &reference)
{
    auto response = wait<ManifestResponse>(
        [&](QObject *context, auto done) { return m_client->getManifest(reference, context, done); });
    if (!response)
        return response.error();
    return Manifest{response->raw, Descriptor::of(response->mediaType, response->digest, response->raw.size()), {}};
}

Util::Result<ContentStore::Manifest> RegistryStore::resolve(const QString &tagOrDigest)
{
    auto digest = Digest::parse(tagOrDigest);
    if (digest)
        return fetch(m_base.withDigest(*digest));
    if (auto valid = Reference::validateTag(tagOrDigest); !valid)
        return valid.error();
    return fetch(m_base.withTag(tagOrDigest));
}

Util::Result<ContentStore::Manifest> RegistryStore::fetchManifest(const Descriptor &descriptor)
{
    return fetch(m_base.withDigest(descriptor.digest));
}

Util::Result<bool> RegistryStore::exists(const Descriptor &descriptor)
{
    if (descriptor.isManifest()) {
        auto found = wait<std::optional<Descriptor>>([&](QObject *context, auto done) {
            return m_client->headManifest(m_base.withDigest(descriptor.digest), context, done);
        });
        if (!found)
            return found.error();
        return found->has_value();
    }
    auto size = wait<std::optional<qint64>>([&](QObject *context, auto done) {
        return m_client->blobExists(m_base.repository(), descriptor.digest, context, done);
    });
    if (!size)
        return size.error();
    return size->has_value() && (descriptor.size < 0 || **size < 0 || **size == descriptor.size);
}

Util::Result<void> RegistryStore::pushManifest(const Descriptor &descriptor, const QByteArray &raw, const QString &tag,
                                               bool)
{
    const Reference target = tag.isEmpty() ? m_base.withDigest(descriptor.digest) : m_base.withTag(tag);
    auto pushed = wait<Digest>([&](QObject *context, auto done) {
        return m_client->putManifest(target, raw, descriptor.mediaType, context, done);
    });
    if (!pushed)
        return pushed.error();
    if (*pushed != descriptor.digest)
        return Util::makeError(tr("%1: the registry stored digest %2, expected %3")
                                   .arg(target.toString(), pushed->toString(), descriptor.digest.toString()));
    return {};
}

Util::Result<std::unique_ptr<QIODevice>> RegistryStore::openBlob(const Descriptor &descriptor, const Progress &)
{
    // The download runs on its own thread while the caller reads.
    auto stream = std::make_unique<RegistryBlobStream>(RegistryBlobStream::Source{
        m_base.registry(), m_settings, m_base.repository(), descriptor.digest, descriptor.size});
    stream->setNotifier([this](const QString &message) { notify(message); });
    stream->setCancelCheck([this] { return isCancelled(); });
    if (auto opened = stream->openStream(); !opened)
        return opened.error();
    return std::unique_ptr<QIODevice>(std::move(stream));
}

Util::Result<void> RegistryStore::writeBlob(const Descriptor &descriptor, QIODevice &source, const Progress &progress)
{
    UploadOptions options;
    options.skipExisting = false; // the copy asked exists() already
    options.progress = [&progress](qint64 bytes, qint64) {
        if (progress)
            progress(bytes);
    };
    auto outcome = wait<UploadOutcome>([&](QObject *context, auto done) {
        return m_client->uploadBlob(m_base.repository(), descriptor.digest, descriptor.size, &source, context, done,
                                    options);
    });
    if (!outcome)
        return outcome.error();
    return {};
}

Util::Result<bool> RegistryStore::mountBlob(const Descriptor &descriptor, const QString &fromRepository)
{
    // Only the mount is wanted here: when the registry answers with an upload session instead, the empty
    // source makes the upload fail at once and the caller copies the blob the ordinary way.
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    UploadOptions options;
    options.mountFrom = fromRepository;
    options.skipExisting = false;
    auto outcome = wait<UploadOutcome>([&](QObject *context, auto done) {
        return m_client->uploadBlob(m_base.repository(), descriptor.digest, 0, &empty, context, done, options);
    });
    return outcome.ok() && *outcome == UploadOutcome::Mounted;
}

Util::Result<QList<Descriptor>> RegistryStore::referrers(const Descriptor &subject)
{
    auto found = wait<QList<Descriptor>>([&](QObject *context, auto done) {
        return m_client->referrers(m_base.repository(), subject.digest, QString(), context, done);
    });
    if (!found)
        return found.error();
    return *found;
}

} // namespace Oci
