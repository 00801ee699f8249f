#include "ocilscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::OciLsCommand", text);
}

} // namespace

QString OciLsCommand::summary() const
{
    return tr("List the repositories of a registry.");
}

QString OciLsCommand::positionalDescription() const
{
    return tr("Registry: host[:port] or oci://host[:port].");
}

int OciLsCommand::execute(const Invocation &invocation, Context &context)
{
    auto catalog = OciConnectionOptions::wait<Oci::ListResult>(
        [&](QObject *loop, auto done) { return invocation.client.catalog(loop, done); });
    if (!catalog) {
        fail(catalog.error(), context);
        // Only a registry that answered and refused the catalog; not a connection, TLS or login failure.
        const QString &message = catalog.error().message;
        // Nor a plain-HTTP request to an HTTPS registry, which gets a 400 and its own hint.
        if (message.contains(QLatin1String(": HTTP 4")) &&
            !message.contains(QLatin1String("rejected the credentials")) &&
            !message.contains(QLatin1String("--plain-http"))) {
            context.err << tr("note: the catalog is optional in the OCI spec and often restricted; "
                              "'tags HOST/REPOSITORY' works without it")
                        << Qt::endl;
        }
        return Failure;
    }
    QStringList names = catalog->names;
    names.sort();
    if (invocation.json) {
        const QJsonObject object{{QStringLiteral("registry"), invocation.reference.registry()},
                                 {QStringLiteral("repositories"), QJsonArray::fromStringList(names)},
                                 {QStringLiteral("complete"), catalog->complete}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const QString &name : std::as_const(names))
            context.out << name << QLatin1Char('\n');
    }
    if (!catalog->complete)
        context.err << tr("warning: stopped after %1 pages; the list is incomplete").arg(catalog->pages) << Qt::endl;
    return Success;
}

} // namespace Cli
