#include "credentialshowcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "certificateformat.h"
#include "credentialservices.h"
#include "credentials/connectionfactory.h"

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// A secret is shown only when asked; otherwise only whether one is stored.
QJsonValue secretValue(const QByteArray &secret, bool show)
{
    if (secret.isEmpty())
        return QJsonValue();
    return show ? QJsonValue(QString::fromUtf8(secret)) : QJsonValue(QStringLiteral("stored"));
}

QJsonArray certificatesJson(const QByteArray &pem, const QString &source)
{
    QJsonArray array;
    if (pem.isEmpty())
        return array;
    const auto certificates = Credentials::TlsMaterial::readCertificates(pem, source);
    if (!certificates)
        return QJsonArray{QJsonObject{{QStringLiteral("error"), certificates.error().toString()}}};
    for (const auto &certificate : *certificates)
        array.append(certificateJson(certificate, QDateTime::currentDateTimeUtc()));
    return array;
}

QJsonObject describe(const Credentials::CredentialRecord &record, const Credentials::RegistrySecrets &secrets,
                     bool showSecrets)
{
    return QJsonObject{{QStringLiteral("registry"), record.registry},
                       {QStringLiteral("auth"), Credentials::toKey(record.auth)},
                       {QStringLiteral("username"), record.username},
                       {QStringLiteral("secretStore"), record.secretStore},
                       {QStringLiteral("password"), secretValue(secrets.password, showSecrets)},
                       {QStringLiteral("identityToken"), secretValue(secrets.identityToken, showSecrets)},
                       {QStringLiteral("tlsKey"), secretValue(secrets.tlsKey, showSecrets)},
                       {QStringLiteral("caFile"), record.caFile},
                       {QStringLiteral("caCertificates"), certificatesJson(record.caPem, record.caFile)},
                       {QStringLiteral("certFile"), record.certFile},
                       {QStringLiteral("clientCertificates"), certificatesJson(record.certPem, record.certFile)},
                       {QStringLiteral("keyFile"), record.keyFile},
                       {QStringLiteral("proxy"), record.proxyAddress},
                       {QStringLiteral("proxyUsername"), record.proxyUsername},
                       {QStringLiteral("proxyPassword"), secretValue(secrets.proxyPassword, showSecrets)},
                       {QStringLiteral("awsProfile"), record.awsProfile},
                       {QStringLiteral("azureTokenFile"), record.azureTokenFile},
                       {QStringLiteral("gcpKeyFile"), record.gcpKeyFile},
                       {QStringLiteral("updated"), record.updated.toString(Qt::ISODate)}};
}

void printText(const QJsonObject &shown, QTextStream &out)
{
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue certificate : it.value().toArray()) {
                const QJsonObject object = certificate.toObject();
                out << it.key() << QStringLiteral(": ")
                    << object.value(QLatin1String("subject")).toString(object.value(QLatin1String("error")).toString())
                    << QStringLiteral(" (") << object.value(QLatin1String("validityMessage")).toString()
                    << QStringLiteral(")\n");
            }
        } else if (it.value().isObject()) {
            const QJsonObject token = it.value().toObject();
            out << tr("token: user %1, expires %2")
                       .arg(token.value(QLatin1String("username")).toString(),
                            token.value(QLatin1String("expiresAt")).toString());
            if (token.value(QLatin1String("password")).toString() != QLatin1String("stored"))
                out << QStringLiteral(", ") << token.value(QLatin1String("password")).toString();
            out << QLatin1Char('\n');
        } else if (!it.value().isNull() && !it.value().toString().isEmpty()) {
            out << it.key() << QStringLiteral(": ") << it.value().toString() << QLatin1Char('\n');
        }
    }
}

// For cloud providers: fetches a token now, to show that the identity works and when the token expires.
QJsonObject fetchToken(Credentials::CredentialManager &manager, const QString &registry, bool showSecrets)
{
    Credentials::ConnectionFactory factory(manager);
    const auto settings = factory.build(registry);
    if (!settings)
        return QJsonObject{{QStringLiteral("error"), settings.error().message}};
    if (!settings->credentialProvider)
        return QJsonObject{{QStringLiteral("error"), tr("%1 does not use a cloud provider.").arg(registry)}};

    const auto credential = settings->credentialProvider();
    if (!credential)
        return QJsonObject{{QStringLiteral("error"), credential.error().message}};
    const QString expiry =
        credential->expiresAt.isValid() ? credential->expiresAt.toString(Qt::ISODate) : tr("unknown");
    return QJsonObject{{QStringLiteral("username"), credential->username},
                       {QStringLiteral("password"), secretValue(credential->password.toUtf8(), showSecrets)},
                       {QStringLiteral("expiresAt"), expiry}};
}

} // namespace

QString CredentialShowCommand::summary() const
{
    return tr("Show what is stored for a registry (secrets only with --show-secrets).");
}

int CredentialShowCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption showSecrets(QStringLiteral("show-secrets"), tr("Print the secrets themselves."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption memoryStore(QStringLiteral("memory-store"), tr("Read the session memory store."));
    const QCommandLineOption fetch(QStringLiteral("fetch-token"),
                                   tr("For aws, azure and gcp: get a token now and show when it expires."));
    parser.addOptions({showSecrets, format, memoryStore, fetch});
    parser.addPositionalArgument(QStringLiteral("registry"), tr("Registry host[:port] or oci:// endpoint."));
    const QString usage = QStringLiteral("credentials show REGISTRY [--show-secrets] [--fetch-token] [--format json]");
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: give exactly one REGISTRY") << Qt::endl;
        return UsageError;
    }

    const QString registry = Credentials::CredentialRecord::keyFor(parser.positionalArguments().first());
    auto services = CredentialServices::open(parser.isSet(memoryStore));
    if (!services) {
        context.err << tr("error: %1").arg(services.error().message) << Qt::endl;
        return Failure;
    }
    const auto record = (*services)->manager().record(registry);
    if (!record) {
        context.err << tr("error: no credentials stored for %1").arg(registry) << Qt::endl;
        return Failure;
    }
    const auto secrets = (*services)->manager().secrets(registry);
    if (!secrets) {
        context.err << tr("error: %1").arg(secrets.error().message) << Qt::endl;
        return Failure;
    }
    if (record->secretStore == QLatin1String("memory") && (*services)->secrets().isPersistent() && secrets->isEmpty())
        context.err << tr("warning: the secrets of %1 were kept in a session memory store and are gone.").arg(registry)
                    << Qt::endl;

    QJsonObject shown = describe(*record, *secrets, parser.isSet(showSecrets));
    if (parser.isSet(fetch)) {
        const QJsonObject token = fetchToken((*services)->manager(), registry, parser.isSet(showSecrets));
        shown.insert(QStringLiteral("token"), token);
        if (token.contains(QLatin1String("error"))) {
            context.err << tr("error: %1").arg(token.value(QLatin1String("error")).toString()) << Qt::endl;
            return Failure;
        }
    }
    if (parser.value(format) == QLatin1String("json"))
        context.out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
    else
        printText(shown, context.out);
    return Success;
}

} // namespace Cli
