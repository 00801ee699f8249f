#include "credentiallistcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "credentialservices.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QString CredentialListCommand::summary() const
{
    return tr("List the registries with stored credentials.");
}

int CredentialListCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    if (const auto stop = parse(parser, arguments, context, QStringLiteral("credentials list [--format json]")))
        return *stop;

    // Listing reads the records only, so it works without a keychain too.
    const Credentials::CredentialRecordStore records;
    const QList<Credentials::CredentialRecord> all = records.list();
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &record : all)
            array.append(QJsonObject{{QStringLiteral("registry"), record.registry},
                                     {QStringLiteral("auth"), Credentials::toKey(record.auth)},
                                     {QStringLiteral("username"), record.username},
                                     {QStringLiteral("secretStore"), record.secretStore},
                                     {QStringLiteral("updated"), record.updated.toString(Qt::ISODate)}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    if (all.isEmpty()) {
        context.out << tr("No credentials stored.") << Qt::endl;
        return Success;
    }
    int width = 8;
    for (const auto &record : all)
        width = qMax(width, int(record.registry.size()));
    context.out << tr("REGISTRY").leftJustified(width + 2) << tr("AUTH").leftJustified(16)
                << tr("USERNAME").leftJustified(24) << tr("SECRETS") << QLatin1Char('\n');
    for (const auto &record : all)
        context.out << record.registry.leftJustified(width + 2) << Credentials::toKey(record.auth).leftJustified(16)
                    << record.username.leftJustified(24) << record.secretStore << QLatin1Char('\n');
    return Success;
}

} // namespace Cli
