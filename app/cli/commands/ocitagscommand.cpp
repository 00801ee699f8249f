#include "ocitagscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "oci/layoutstore.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciTagsCommand", text);
}

// "v9" before "v10": runs of digits compare as numbers, the rest as text (locale-independent).
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            const qulonglong numberA = a.mid(startA, i - startA).toULongLong();
            const qulonglong numberB = b.mid(startB, j - startB).toULongLong();
            if (numberA != numberB)
                return numberA < numberB;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

QString OciTagsCommand::summary() const
{
    return tr("List the tags of a repository.");
}

QString OciTagsCommand::positionalDescription() const
{
    return tr("Repository: host[:port]/path, or oci-layout:PATH for the ref names of a layout on disk.");
}

// Tags belong to a repository (or a layout): a tag or digest in the argument is a mistake worth a word.
std::optional<int> OciTagsCommand::refuseManifestReference(const Oci::Reference &reference, Context &context)
{
    if (!reference.hasTag() && !reference.hasDigest())
        return std::nullopt;
    const QString alone = reference.isLayout()
                              ? QString(QStringLiteral("oci-layout:") + reference.layoutPath())
                              : QString(reference.registry() + QLatin1Char('/') + reference.repository());
    context.err
        << tr("error: '%1' names a manifest; give the repository or layout alone: %2").arg(reference.toString(), alone)
        << Qt::endl;
    return UsageError;
}

int OciTagsCommand::execute(const Invocation &invocation, Context &context)
{
    if (const auto refused = refuseManifestReference(invocation.reference, context))
        return *refused;
    auto tags = OciConnectionOptions::wait<Oci::ListResult>([&](QObject *loop, auto done) {
        return invocation.client.listTags(invocation.reference.repository(), loop, done);
    });
    if (!tags)
        return fail(tags.error(), context);
    return print(invocation.reference.toString(), *tags, invocation.json, context);
}

// The ref names of a layout's index.json play the part of tags.
std::optional<int> OciTagsCommand::executeOnLayout(const LayoutInvocation &invocation, Context &context)
{
    if (const auto refused = refuseManifestReference(invocation.reference, context))
        return *refused;
    auto store = Oci::LayoutStore::open(invocation.reference.layoutPath(), Oci::LayoutStore::Mode::Read);
    if (!store)
        return fail(store.error(), context);
    auto entries = (*store)->layout().entries();
    if (!entries)
        return fail(entries.error(), context);
    Oci::ListResult tags;
    for (const Oci::OciLayout::Entry &entry : std::as_const(*entries)) {
        if (!entry.refName.isEmpty() && !tags.names.contains(entry.refName))
            tags.names << entry.refName;
    }
    return print(invocation.reference.toString(), tags, invocation.json, context);
}

int OciTagsCommand::print(const QString &repository, const Oci::ListResult &tags, bool json, Context &context)
{
    // Tags that name a digest (the referrers tag schema, signatures) are listed apart.
    static const QRegularExpression digestLike(QStringLiteral("^sha(256|512)-[a-f0-9]{64,128}(\\.\\w+)?$"));
    QStringList plain;
    QStringList referrers;
    for (const QString &tag : std::as_const(tags.names))
        (digestLike.match(tag).hasMatch() ? referrers : plain) << tag;
    std::sort(plain.begin(), plain.end(), naturalLess);
    referrers.sort();

    if (json) {
        const QJsonObject object{{QStringLiteral("repository"), repository},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(plain)},
                                 {QStringLiteral("referrerTags"), QJsonArray::fromStringList(referrers)},
                                 {QStringLiteral("complete"), tags.complete}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const QString &tag : std::as_const(plain))
        context.out << quotedForTerminal(tag) << QLatin1Char('\n');
    if (!referrers.isEmpty()) {
        context.out << QLatin1Char('\n') << tr("Referrer and signature tags:") << QLatin1Char('\n');
        for (const QString &tag : std::as_const(referrers))
            context.out << quotedForTerminal(tag) << QLatin1Char('\n');
    }
    return Success;
}

} // namespace Cli
