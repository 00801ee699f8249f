#include "ocirmcommand.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciRmCommand", text);
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

int OciRmCommand::execute(const Invocation &invocation, Context &context)
{
    if (!invocation.reference.hasTag() && !invocation.reference.hasDigest()) {
        context.err << tr("error: name the tag or digest to delete: %1").arg(invocation.reference.toString())
                    << Qt::endl;
        return UsageError;
    }
    auto deleted = OciConnectionOptions::wait<Oci::Digest>(
        [&](QObject *loop, auto done) { return invocation.client.deleteManifest(invocation.reference, loop, done); });
    if (!deleted)
        return fail(deleted.error(), context);

    const QString target = invocation.reference.registry() + QLatin1Char('/') + invocation.reference.repository() +
                           QLatin1Char('@') + deleted->toString();
    if (invocation.json) {
        const QJsonObject object{{QStringLiteral("deleted"), target}, {QStringLiteral("digest"), deleted->toString()}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.out << tr("Deleted %1").arg(target) << QLatin1Char('\n');
    }
    return Success;
}

} // namespace Cli
