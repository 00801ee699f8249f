#include "credentialhelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace Credentials {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Credentials::CredentialHelper", text);
}

// Helpers report a missing entry with this message (docker-credential-helpers' ErrCredentialsNotFound).
bool saysNotFound(const QByteArray &output)
{
    return output.contains("credentials not found");
}

} // namespace

CredentialHelper::CredentialHelper(const QProcessEnvironment &environment, int timeoutMs)
    : m_environment(environment)
    , m_timeoutMs(timeoutMs)
{
}

Util::Result<QByteArray> CredentialHelper::run(const QString &helper, const QString &action, const QByteArray &input,
                                               bool &notFound) const
{
    const QString program = QStringLiteral("docker-credential-") + helper;
    const QStringList path =
        m_environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString executable = QStandardPaths::findExecutable(program, path);
    if (executable.isEmpty())
        return Util::makeError(tr("The credential helper %1 is not installed (not found in PATH).").arg(program));

    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(executable, {action});
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Util::makeError(tr("The credential helper %1 did not answer '%2' within %3 seconds.")
                                   .arg(program, action)
                                   .arg(m_timeoutMs / 1000));
    }

    const QByteArray output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        notFound = saysNotFound(output) || saysNotFound(errors);
        if (notFound)
            return QByteArray();
        return Util::makeError(tr("The credential helper %1 failed on '%2' (exit code %3): %4")
                                   .arg(program, action)
                                   .arg(process.exitCode())
                                   .arg(QString::fromUtf8(output + errors).trimmed()));
    }
    return output;
}

Util::Result<std::optional<DockerCredential>> CredentialHelper::get(const QString &helper,
                                                                    const QString &serverUrl) const
{
    bool notFound = false;
    const auto output = run(helper, QStringLiteral("get"), serverUrl.toUtf8() + '\n', notFound);
    if (!output)
        return output.error();
    if (notFound)
        return std::optional<DockerCredential>();

    QJsonParseError parseError;
    const QJsonObject reply = QJsonDocument::fromJson(*output, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Util::makeError(tr("The credential helper docker-credential-%1 answered with invalid JSON: %2")
                                   .arg(helper, parseError.errorString()));

    DockerCredential credential;
    credential.serverUrl = reply.value(QLatin1String("ServerURL")).toString(serverUrl);
    credential.source = QStringLiteral("docker-credential-") + helper;
    const QString username = reply.value(QLatin1String("Username")).toString();
    const QByteArray secret = reply.value(QLatin1String("Secret")).toString().toUtf8();
    // The protocol marks an identity token with the username "<token>".
    if (username == QLatin1String("<token>")) {
        credential.identityToken = secret;
    } else {
        credential.username = username;
        credential.password = secret;
    }
    return std::optional<DockerCredential>(credential);
}

Util::Result<QMap<QString, QString>> CredentialHelper::list(const QString &helper) const
{
    bool notFound = false;
    const auto output = run(helper, QStringLiteral("list"), {}, notFound);
    if (!output)
        return output.error();

    QMap<QString, QString> entries;
    const QJsonObject reply = QJsonDocument::fromJson(*output).object();
    for (auto it = reply.begin(); it != reply.end(); ++it)
        entries.insert(it.key(), it.value().toString());
    return entries;
}

} // namespace Credentials
