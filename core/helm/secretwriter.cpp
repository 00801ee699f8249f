#include "secretwriter.h"

#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include "secretfields.h"
#include "util/atomicfile.h"
#include "yamlemitter.h"

namespace Helm {

namespace {

QString dockerConfigJson(const SecretRequest &request)
{
    const QString userAndPassword = request.basicAuth.username + QLatin1Char(':') + request.basicAuth.password;
    const QJsonObject credentials{
        {QStringLiteral("username"), request.basicAuth.username},
        {QStringLiteral("password"), request.basicAuth.password},
        {QStringLiteral("auth"), QString::fromLatin1(userAndPassword.toUtf8().toBase64())},
    };
    const QJsonObject auths{{request.registryAuthority, credentials}};
    const QJsonObject config{{QStringLiteral("auths"), auths}};
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
}

void setKnown(YAML::Node &map, const QList<SecretField> &fields)
{
    for (const SecretField &field : fields) {
        if (!field.value.isEmpty())
            map[field.key] = YamlEmitter::stringScalar(field.value);
    }
}

} // namespace

SecretWriter::Output SecretWriter::render(const ExportPlan &plan)
{
    Output output;
    for (const SecretRequest &request : plan.secrets()) {
        const QStringList missing = missingValues(request);
        if (!missing.isEmpty()) {
            output.report.warning(
                QStringLiteral("secret-values-missing"),
                tr("Secret '%1' (%2) not written: fill in %3, then create it in namespace '%4'")
                    .arg(request.name, request.cluster, missing.join(QLatin1String(", ")), plan.releaseNamespace()));
            continue;
        }
        output.manifests.append(
            {request.name, request.name + QLatin1String(".yaml"), renderOne(request, plan.releaseNamespace())});
    }
    return output;
}

QStringList SecretWriter::missingValues(const SecretRequest &request)
{
    QStringList missing;
    const auto refNote = [](const QString &ref) {
        return ref.isEmpty() ? QString() : tr(" (credential-store key '%1')").arg(ref);
    };
    switch (request.kind) {
    case SecretRequest::Kind::BasicAuth:
        if (request.basicAuth.username.isEmpty())
            missing.append(tr("the username"));
        if (request.basicAuth.password.isEmpty())
            missing.append(tr("the password") + refNote(request.basicAuth.passwordRef));
        break;
    case SecretRequest::Kind::Proxy:
        if (request.proxy.address.isEmpty())
            missing.append(tr("the proxy address"));
        if (!request.proxy.username.isEmpty() && request.proxy.password.isEmpty())
            missing.append(tr("the proxy password") + refNote(request.proxy.passwordRef));
        break;
    case SecretRequest::Kind::Tls:
        if (request.cert.tlsKey.isEmpty() && (!request.cert.tlsCrt.isEmpty() || !request.cert.tlsKeyRef.isEmpty()))
            missing.append(tr("the TLS private key") + refNote(request.cert.tlsKeyRef));
        break;
    }
    return missing;
}

QByteArray SecretWriter::renderOne(const SecretRequest &request, const QString &releaseNamespace)
{
    YAML::Node secret(YAML::NodeType::Map);
    secret["apiVersion"] = YamlEmitter::stringScalar(QStringLiteral("v1"));
    secret["kind"] = YamlEmitter::stringScalar(QStringLiteral("Secret"));
    secret["metadata"]["name"] = YamlEmitter::stringScalar(request.name);
    secret["metadata"]["namespace"] = YamlEmitter::stringScalar(releaseNamespace);
    secret["metadata"]["labels"]["app.kubernetes.io/managed-by"] =
        YamlEmitter::stringScalar(QStringLiteral("paletteai-registry-console"));

    YAML::Node data(YAML::NodeType::Map);
    switch (request.kind) {
    case SecretRequest::Kind::BasicAuth:
        secret["type"] = YamlEmitter::stringScalar(QStringLiteral("kubernetes.io/dockerconfigjson"));
        data[".dockerconfigjson"] = YamlEmitter::stringScalar(dockerConfigJson(request));
        setKnown(data, SecretFields::of(request.basicAuth));
        break;
    case SecretRequest::Kind::Proxy:
        secret["type"] = YamlEmitter::stringScalar(QStringLiteral("Opaque"));
        setKnown(data, SecretFields::of(request.proxy));
        break;
    case SecretRequest::Kind::Tls:
        secret["type"] = YamlEmitter::stringScalar(QStringLiteral("Opaque"));
        setKnown(data, SecretFields::of(request.cert));
        break;
    }
    secret["stringData"] = data;
    return YamlEmitter::emit(secret);
}

Util::Result<QStringList> SecretWriter::writeAll(const QList<SecretManifest> &manifests, const QString &directory)
{
    if (manifests.isEmpty())
        return QStringList();
    if (auto made = Util::makeDirectory(directory); !made)
        return made.error();

    // Each manifest is staged beside its target and renamed over it, so readers see the old file or the new
    // one. One flush of the file system for all of them, instead of one per file as QSaveFile does, keeps a
    // fleet of thousands of spokes from waiting on thousands of disk flushes.
    const QDir target(directory);
    const Util::Result<QStringList> staged = stage(manifests, target);
    if (!staged)
        return staged.error();
    if (!flushFileSystem(directory)) {
        removeAll(*staged);
        return Util::Error{tr("cannot flush the written files to disk"), directory, 0, 0};
    }
    return replaceTargets(manifests, *staged, target);
}

Util::Result<QStringList> SecretWriter::stage(const QList<SecretManifest> &manifests, const QDir &target)
{
    QStringList staged;
    for (const SecretManifest &manifest : manifests) {
        const QString path = target.filePath(QLatin1Char('.') + manifest.fileName + QLatin1String(".new"));
        QFile file(path);
        staged.append(path);
        // Owner-only before the first byte: the manifests hold passwords and private keys.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(manifest.text) != manifest.text.size() || !file.flush()) {
            const Util::Error error{tr("cannot write: %1").arg(Util::writeFailure(file)), path, 0, 0};
            file.close();
            removeAll(staged);
            return error;
        }
    }
    return staged;
}

Util::Result<QStringList> SecretWriter::replaceTargets(const QList<SecretManifest> &manifests,
                                                       const QStringList &staged, const QDir &target)
{
    QStringList written;
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        const QString path = target.filePath(manifests.at(i).fileName);
        std::error_code failure;
        std::filesystem::rename(QFile::encodeName(staged.at(i)).toStdString(), QFile::encodeName(path).toStdString(),
                                failure);
        if (failure) {
            removeAll(staged);
            return Util::Error{tr("cannot replace: %1").arg(QString::fromStdString(failure.message())), path, 0, 0};
        }
        written.append(path);
    }
    return written;
}

void SecretWriter::removeAll(const QStringList &paths)
{
    for (const QString &path : paths)
        QFile::remove(path);
}

bool SecretWriter::flushFileSystem(const QString &directory)
{
    const int descriptor = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool flushed = ::syncfs(descriptor) == 0;
    ::close(descriptor);
    return flushed;
}

} // namespace Helm
