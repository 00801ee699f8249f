#include "compatibilitycheck.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include "oci/canonicaljson.h"
#include "oci/registrystore.h"

namespace Oci {

namespace {

// Media types no registry knows: a registry that accepts these accepts PaletteAI's.
const QLatin1String probeArtifactType("application/vnd.paletteai.compatibility-probe.v1");
const QLatin1String probeConfigType("application/vnd.paletteai.compatibility-probe.config.v1+json");
const QLatin1String probeLayerType("application/vnd.paletteai.compatibility-probe.layer.v1.bin");
const QLatin1String probeReferrerType("application/vnd.paletteai.compatibility-probe.note.v1");

QByteArray descriptorJson(const QString &mediaType, const Digest &digest, qint64 size)
{
    return CanonicalJson().add("mediaType", mediaType).add("digest", digest.toString()).add("size", size).finish();
}

QByteArray manifestJson(const QString &artifactType, const QByteArray &config, const QByteArray &layers,
                        const QByteArray &subject)
{
    CanonicalJson json;
    json.add("schemaVersion", 2).add("mediaType", QStringLiteral("application/vnd.oci.image.manifest.v1+json"));
    json.add("artifactType", artifactType).addRaw("config", config).addRaw("layers", layers);
    if (!subject.isEmpty())
        json.addRaw("subject", subject);
    json.addMap("annotations", {{QStringLiteral("org.opencontainers.image.created"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    return json.finish();
}

} // namespace

// The steps, run in order on the check's thread against one RegistryStore.
class CompatibilityCheck::Probe final
{
public:
    Probe(CompatibilityCheck *check, RegistryStore &store)
        : m_check(check)
        , m_store(store)
        , m_client(store.client())
    {
    }

    void run();

private:
    bool reach();
    bool push();
    bool readBack();
    void tags();
    void referrers();
    void cleanUp();
    void report(const QString &id, const QString &title, Outcome outcome, const QString &detail,
                bool unanswered = false);

    CompatibilityCheck *m_check;
    RegistryStore &m_store;
    RegistryClient &m_client;
    QString m_tag;
    QByteArray m_manifest;
    Digest m_manifestDigest;
    QByteArray m_layer;
    Digest m_layerDigest;
    Digest m_referrerDigest;
};

void CompatibilityCheck::Probe::report(const QString &id, const QString &title, Outcome outcome, const QString &detail,
                                       bool unanswered)
{
    const Step step{id, title, outcome, detail, unanswered};
    QMetaObject::invokeMethod(
        m_check, [check = m_check, step] { check->record(step); }, Qt::QueuedConnection);
}

void CompatibilityCheck::Probe::run()
{
    m_tag = QStringLiteral("probe-%1").arg(QDateTime::currentMSecsSinceEpoch());
    if (!reach() || !push() || !readBack())
        return;
    tags();
    referrers();
    cleanUp();
}

bool CompatibilityCheck::Probe::reach()
{
    const bool hasCredentials = !m_client.settings().credential.username.isEmpty();
    auto pinged = m_store.wait<void>([&](QObject *context, auto done) { return m_client.ping(context, done); });
    if (pinged) {
        report(QStringLiteral("reach"), tr("Reach /v2/"), Outcome::Passed, m_client.baseUrl() + QStringLiteral("/v2/"));
        report(QStringLiteral("authenticate"), tr("Authenticate"), hasCredentials ? Outcome::Passed : Outcome::Skipped,
               hasCredentials ? tr("credentials accepted") : tr("no credentials given; anonymous access works"));
        return true;
    }
    // An HTTP answer (401, 403) proves the registry is reachable; only the credentials failed.
    const QString words = pinged.error().message;
    const bool answered = words.contains(QLatin1String("HTTP 401")) || words.contains(QLatin1String("HTTP 403"));
    // Any other HTTP status still proves that something answered; without one the failure is the transport's.
    static const QRegularExpression httpStatus(QStringLiteral("\\bHTTP [1-5][0-9][0-9]\\b"));
    // Go's HTTPS servers answer plain HTTP with 400: the client spoke the wrong protocol, the registry is
    // not at fault, and its compatibility is as unknown as when nothing answered.
    const bool wrongProtocol = words.contains(QLatin1String("HTTP request to an HTTPS server"));
    report(QStringLiteral("reach"), tr("Reach /v2/"), answered ? Outcome::Passed : Outcome::Failed,
           answered ? m_client.baseUrl() + QStringLiteral("/v2/") : words,
           !words.contains(httpStatus) || wrongProtocol);
    report(QStringLiteral("authenticate"), tr("Authenticate"), answered ? Outcome::Failed : Outcome::Skipped,
           answered ? words : tr("not reached"));
    return false;
}

bool CompatibilityCheck::Probe::push()
{
    const QString title = tr("Push a probe artifact with custom media types and an artifactType");
    const QString repository = m_store.repository();
    const QByteArray config = QByteArrayLiteral("{\"probe\":\"paletteai\"}");
    m_layer = QByteArray::number(QRandomGenerator::global()->generate64(), 16).repeated(64);
    m_layerDigest = Digest::ofBytes(m_layer);

    for (const auto &[data, type] : {std::pair{config, probeConfigType}, std::pair{m_layer, probeLayerType}}) {
        auto uploaded = m_store.wait<Descriptor>([&](QObject *context, auto done) {
            return m_client.uploadBlobBytes(repository, data, context, done, type);
        });
        if (!uploaded) {
            report(QStringLiteral("push"), title, Outcome::Failed, uploaded.error().message);
            return false;
        }
    }
    m_manifest =
        manifestJson(probeArtifactType, descriptorJson(probeConfigType, Digest::ofBytes(config), config.size()),
                     '[' + descriptorJson(probeLayerType, m_layerDigest, m_layer.size()) + ']', {});
    const Reference target = Reference::fromParts(m_client.registry(), repository, m_tag).value();
    auto pushed = m_store.wait<Digest>([&](QObject *context, auto done) {
        return m_client.putManifest(target, m_manifest, QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                                    context, done);
    });
    if (!pushed) {
        report(QStringLiteral("push"), title, Outcome::Failed, pushed.error().message);
        return false;
    }
    m_manifestDigest = *pushed;
    report(QStringLiteral("push"), title, Outcome::Passed, target.toString() + QLatin1Char('@') + pushed->toString());
    return true;
}

bool CompatibilityCheck::Probe::readBack()
{
    const QString title = tr("Read the probe back byte for byte");
    const Reference target = Reference::fromParts(m_client.registry(), m_store.repository(), m_tag).value();
    auto manifest = m_store.wait<ManifestResponse>(
        [&](QObject *context, auto done) { return m_client.getManifest(target, context, done); });
    if (!manifest) {
        report(QStringLiteral("read-back"), title, Outcome::Failed, manifest.error().message);
        return false;
    }
    if (manifest->raw != m_manifest) {
        report(QStringLiteral("read-back"), title, Outcome::Failed,
               tr("the manifest came back changed (%1 bytes sent, %2 received; digest %3)")
                   .arg(m_manifest.size())
                   .arg(manifest->raw.size())
                   .arg(manifest->digest.toString()));
        return false;
    }
    auto layer = m_store.wait<QByteArray>([&](QObject *context, auto done) {
        return m_client.getBlobBytes(m_store.repository(), m_layerDigest, 1024 * 1024, context, done);
    });
    if (!layer || *layer != m_layer) {
        report(QStringLiteral("read-back"), title, Outcome::Failed,
               layer ? tr("the layer came back changed") : layer.error().message);
        return false;
    }
    report(QStringLiteral("read-back"), title, Outcome::Passed, tr("manifest and layer identical"));
    return true;
}

void CompatibilityCheck::Probe::tags()
{
    const QString title = tr("List tags");
    auto listed = m_store.wait<ListResult>(
        [&](QObject *context, auto done) { return m_client.listTags(m_store.repository(), context, done); });
    if (!listed)
        return report(QStringLiteral("tags"), title, Outcome::Failed, listed.error().message);
    if (!listed->names.contains(m_tag))
        return report(QStringLiteral("tags"), title, Outcome::Failed,
                      tr("the probe tag %1 is missing from the %2 tags listed").arg(m_tag).arg(listed->names.size()));
    report(QStringLiteral("tags"), title, Outcome::Passed, tr("%n tag(s) listed", nullptr, int(listed->names.size())));
}

void CompatibilityCheck::Probe::referrers()
{
    const QString title = tr("Attach and find a referrer");
    const QByteArray empty = QByteArrayLiteral("{}");
    auto uploaded = m_store.wait<Descriptor>([&](QObject *context, auto done) {
        return m_client.uploadBlobBytes(m_store.repository(), empty, context, done,
                                        QStringLiteral("application/vnd.oci.empty.v1+json"));
    });
    if (!uploaded)
        return report(QStringLiteral("referrers"), title, Outcome::Failed, uploaded.error().message);

    const QByteArray referrer = manifestJson(
        probeReferrerType,
        descriptorJson(QStringLiteral("application/vnd.oci.empty.v1+json"), Digest::ofBytes(empty), empty.size()),
        '[' + descriptorJson(probeLayerType, m_layerDigest, m_layer.size()) + ']',
        descriptorJson(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), m_manifestDigest,
                       m_manifest.size()));
    m_referrerDigest = Digest::ofBytes(referrer);
    const Reference target =
        Reference::fromParts(m_client.registry(), m_store.repository(), {}, m_referrerDigest).value();
    auto pushed = m_store.wait<Digest>([&](QObject *context, auto done) {
        return m_client.putManifest(target, referrer, QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                                    context, done);
    });
    if (!pushed)
        return report(QStringLiteral("referrers"), title, Outcome::Failed, pushed.error().message);

    auto found = m_store.wait<QList<Descriptor>>([&](QObject *context, auto done) {
        return m_client.referrers(m_store.repository(), m_manifestDigest, QString(), context, done);
    });
    if (!found)
        return report(QStringLiteral("referrers"), title, Outcome::Failed, found.error().message);
    const bool listed = std::any_of(found->cbegin(), found->cend(),
                                    [this](const Descriptor &d) { return d.digest == m_referrerDigest; });
    const QString how =
        m_client.hasReferrersApi().value_or(false) ? tr("referrers API") : tr("tag fallback (no referrers API)");
    report(QStringLiteral("referrers"), title, listed ? Outcome::Passed : Outcome::Failed,
           listed ? how : tr("the referrer was not listed (%1)").arg(how));
}

void CompatibilityCheck::Probe::cleanUp()
{
    const QString title = tr("Delete the probe");
    const auto byDigest = [this](const Digest &digest) {
        return Reference::fromParts(m_client.registry(), m_store.repository(), {}, digest).value();
    };
    QList<Reference> targets;
    for (const Digest &digest : {m_referrerDigest, m_manifestDigest}) {
        if (digest.isValid())
            targets.append(byDigest(digest));
    }
    // Without a referrers API the referrer was recorded under the subject's fallback tag: remove that index.
    QStringList tagsLeft{m_tag};
    if (m_manifestDigest.isValid() && !m_client.hasReferrersApi().value_or(true)) {
        const QString fallbackTag = QStringLiteral("sha256-") + m_manifestDigest.hex();
        targets.append(Reference::fromParts(m_client.registry(), m_store.repository(), fallbackTag).value());
        tagsLeft.append(fallbackTag);
    }
    // A registry that refuses one delete refuses the others for the same reason: the first refusal is enough.
    for (const Reference &target : std::as_const(targets)) {
        auto deleted = m_store.wait<Digest>(
            [&](QObject *context, auto done) { return m_client.deleteManifest(target, context, done); });
        if (!deleted) {
            // Refusing deletes is a registry policy, not an incompatibility.
            report(QStringLiteral("delete"), title, Outcome::Skipped,
                   tr("the registry refused to delete the probe, so %1 stay in %2 — %3")
                       .arg(tagsLeft.join(QLatin1String(" and ")), m_store.repository(), deleted.error().message));
            return;
        }
    }
    report(QStringLiteral("delete"), title, Outcome::Passed, tr("probe deleted"));
}

CompatibilityCheck::CompatibilityCheck(const QString &registry, const QString &repository,
                                       const ConnectionSettings &settings, QObject *parent)
    : Job(tr("Compatibility check of %1").arg(registry), parent)
    , m_registry(registry)
    , m_repository(repository)
    , m_settings(settings)
{
}

CompatibilityCheck::~CompatibilityCheck()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool CompatibilityCheck::unreachable() const
{
    return !m_steps.isEmpty() && m_steps.first().id == QLatin1String("reach") &&
           m_steps.first().outcome == Outcome::Failed && m_steps.first().unanswered;
}

bool CompatibilityCheck::authenticationFailed() const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(), [](const Step &step) {
        return step.id == QLatin1String("authenticate") && step.outcome == Outcome::Failed;
    });
}

QString CompatibilityCheck::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return tr("pass");
    case Outcome::Failed:
        return tr("FAIL");
    case Outcome::Skipped:
        return tr("skipped");
    }
    return {};
}

void CompatibilityCheck::run()
{
    auto reference = Reference::fromParts(m_registry, m_repository);
    if (!reference)
        return fail(reference.error().message);
    m_thread = QThread::create([this, target = *reference] {
        RegistryStore store(target, m_settings);
        store.setCancelCheck([this] { return isCancelRequested(); });
        Probe(this, store).run();
        QMetaObject::invokeMethod(
            this, [this] { complete(); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void CompatibilityCheck::record(const Step &step)
{
    m_steps.append(step);
    log(QStringLiteral("%1: %2 — %3").arg(outcomeName(step.outcome), step.title, step.detail));
    setProgress(m_steps.size(), 7);
}

void CompatibilityCheck::complete()
{
    if (isCancelRequested())
        return finishCancelled();
    const auto failed = std::count_if(m_steps.cbegin(), m_steps.cend(),
                                      [](const Step &step) { return step.outcome == Outcome::Failed; });
    if (failed > 0)
        return fail(tr("%n step(s) failed", nullptr, int(failed)));
    succeed();
}

} // namespace Oci
