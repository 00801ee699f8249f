#include "ocirmcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciRmCommand", text);
}

// Tags checked for sharing the manifest before it is deleted (one HEAD each); a repository with more cannot be
// checked, and its manifests are deleted only with --force.
constexpr int maxTagsChecked = 5000;
// Tags named in a message; the rest are counted.
constexpr int maxTagsShown = 20;

QString tagList(const QStringList &tags)
{
    if (tags.size() <= maxTagsShown)
        return tags.join(QLatin1String(", "));
    return tr("%1 and %2 more")
        .arg(tags.mid(0, maxTagsShown).join(QLatin1String(", ")))
        .arg(tags.size() - maxTagsShown);
}

struct Sharing
{
    Oci::Digest digest;
    QStringList otherTags; ///< tags besides the one named that point at the same manifest
    bool partial = false;  ///< more tags than were checked
};

// Deleting a manifest deletes every tag that points at it: find them first.
Util::Result<Sharing> findSharingTags(const Oci::Reference &reference, Oci::RegistryClient &client)
{
    auto head = OciConnectionOptions::wait<std::optional<Oci::Descriptor>>(
        [&](QObject *loop, auto done) { return client.headManifest(reference, loop, done); });
    if (!head)
        return head.error();
    if (!*head)
        return Util::makeError(tr("%1: no such manifest").arg(reference.toString()));
    Sharing sharing{(*head)->digest, {}, false};

    auto tags = OciConnectionOptions::wait<Oci::ListResult>(
        [&](QObject *loop, auto done) { return client.listTags(reference.repository(), loop, done); });
    if (!tags)
        return tags.error();
    sharing.partial = !tags->complete || tags->names.size() > maxTagsChecked;
    for (const QString &tag : tags->names.mid(0, maxTagsChecked)) {
        if (tag == reference.tag())
            continue;
        // By the tag alone: a digest in the reference would make every tag seem to match.
        const Oci::Reference tagged =
            Oci::Reference::fromParts(reference.registry(), reference.repository(), tag).value();
        auto other = OciConnectionOptions::wait<std::optional<Oci::Descriptor>>(
            [&](QObject *loop, auto done) { return client.headManifest(tagged, loop, done); });
        if (other && *other && (*other)->digest == sharing.digest)
            sharing.otherTags << tag;
    }
    sharing.otherTags.sort();
    return sharing;
}

} // namespace

QString OciRmCommand::summary() const
{
    return tr("Delete a manifest (by digest; a tag is resolved first).");
}

QString OciRmCommand::positionalDescription() const
{
    return tr("Reference: host[:port]/path:tag or host[:port]/path@digest.");
}

void OciRmCommand::addOptions(QCommandLineParser &parser)
{
    m_force.setDescription(tr("Delete the manifest even when other tags point at it; they are deleted with it."));
    parser.addOption(m_force);
}

int OciRmCommand::execute(const Invocation &invocation, Context &context)
{
    if (!invocation.reference.hasTag() && !invocation.reference.hasDigest()) {
        context.err << tr("error: name the tag or digest to delete: %1").arg(invocation.reference.toString())
                    << Qt::endl;
        return UsageError;
    }
    auto sharing = findSharingTags(invocation.reference, invocation.client);
    if (!sharing)
        return fail(sharing.error(), context);
    const bool force = invocation.parser.isSet(m_force);
    // An incomplete check cannot vouch for the tags it did not reach: refuse first, whatever it found.
    if (sharing->partial && !force) {
        context.err << tr("error: %1 has more than %2 tags, too many to check which of them point at %3 and would "
                          "be deleted with it; pass --force to delete it anyway.")
                           .arg(invocation.reference.repository())
                           .arg(maxTagsChecked)
                           .arg(sharing->digest.toString())
                    << Qt::endl;
        return Failure;
    }
    if (!sharing->otherTags.isEmpty() && !force) {
        // Named by its tag, the manifest has other tags "also"; named by digest, these are its tags.
        const QString tags = tagList(sharing->otherTags);
        context.err << (invocation.reference.hasTag()
                            ? tr("error: %1 is %2, which is also tagged %3. A registry deletes a manifest with every "
                                 "tag that points at it; pass --force to delete them all.")
                                  .arg(invocation.reference.toString(), sharing->digest.toString(), tags)
                            : tr("error: %1 is tagged %2. A registry deletes a manifest with every tag that points "
                                 "at it; pass --force to delete them all.")
                                  .arg(invocation.reference.toString(), tags))
                    << Qt::endl;
        return Failure;
    }
    if (sharing->partial) {
        context.err << tr("warning: only %1 of the tags of %2 were checked; tags beyond them that point at the "
                          "manifest go with it unlisted")
                           .arg(maxTagsChecked)
                           .arg(invocation.reference.repository())
                    << Qt::endl;
    }

    // By digest: the manifest checked above is the one deleted, even if a tag moves meanwhile.
    const Oci::Reference target = invocation.reference.withDigest(sharing->digest);
    auto deleted = OciConnectionOptions::wait<Oci::Digest>(
        [&](QObject *loop, auto done) { return invocation.client.deleteManifest(target, loop, done); });
    if (!deleted)
        return fail(deleted.error(), context);

    const QString shown = invocation.reference.registry() + QLatin1Char('/') + invocation.reference.repository() +
                          QLatin1Char('@') + deleted->toString();
    if (invocation.json) {
        const QJsonObject object{{QStringLiteral("deleted"), shown},
                                 {QStringLiteral("digest"), deleted->toString()},
                                 {QStringLiteral("alsoUntagged"), QJsonArray::fromStringList(sharing->otherTags)},
                                 {QStringLiteral("allTagsChecked"), !sharing->partial}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.out << tr("Deleted %1").arg(shown) << QLatin1Char('\n');
        if (!sharing->otherTags.isEmpty())
            context.out << tr("Also gone: %1").arg(tagList(sharing->otherTags)) << QLatin1Char('\n');
    }
    return Success;
}

} // namespace Cli
