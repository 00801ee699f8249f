#include "descriptor.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "oci/canonicaljson.h"
#include "oci/manifest.h"

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::Descriptor", text);
}

QByteArray stringArray(const QStringList &values)
{
    QByteArray out("[");
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CanonicalJson::quote(values.at(i));
    }
    return out + ']';
}

Util::Result<QMap<QString, QString>> readAnnotations(const QJsonValue &value, const QString &where)
{
    QMap<QString, QString> annotations;
    if (value.isUndefined() || value.isNull())
        return annotations;
    if (!value.isObject())
        return Util::makeError(tr("%1.annotations must be an object of strings").arg(where));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return Util::makeError(tr("%1.annotations[\"%2\"] must be a string").arg(where, it.key()));
        annotations.insert(it.key(), it.value().toString());
    }
    return annotations;
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

Descriptor Descriptor::of(const QString &mediaType, const Digest &digest, qint64 size)
{
    Descriptor descriptor;
    descriptor.mediaType = mediaType;
    descriptor.digest = digest;
    descriptor.size = size;
    return descriptor;
}

bool Descriptor::isManifest() const
{
    return Manifest::isManifestMediaType(mediaType);
}

Util::Result<Descriptor> Descriptor::fromJson(const QJsonObject &object, const QString &where)
{
    Descriptor descriptor;
    const QJsonValue mediaType = object.value(QLatin1String("mediaType"));
    if (!mediaType.isString() || mediaType.toString().isEmpty())
        return Util::makeError(tr("%1.mediaType is missing or not a string").arg(where));
    descriptor.mediaType = mediaType.toString();

    auto digest = Digest::parse(object.value(QLatin1String("digest")).toString());
    if (!digest)
        return Util::makeError(tr("%1.digest: %2").arg(where, digest.error().message));
    descriptor.digest = *digest;

    // JSON numbers are doubles: sizes up to 2^53 are exact, far beyond any blob a registry holds.
    const QJsonValue size = object.value(QLatin1String("size"));
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(qint64(size.toDouble())))
        return Util::makeError(tr("%1.size must be a non-negative integer").arg(where));
    descriptor.size = qint64(size.toDouble());

    descriptor.urls = readStrings(object.value(QLatin1String("urls")));
    descriptor.artifactType = object.value(QLatin1String("artifactType")).toString();
    auto annotations = readAnnotations(object.value(QLatin1String("annotations")), where);
    if (!annotations)
        return annotations.error();
    descriptor.annotations = *annotations;

    if (object.contains(QLatin1String("platform"))) {
        const QJsonObject p = object.value(QLatin1String("platform")).toObject();
        Platform platform;
        platform.architecture = p.value(QLatin1String("architecture")).toString();
        platform.os = p.value(QLatin1String("os")).toString();
        platform.osVersion = p.value(QLatin1String("os.version")).toString();
        platform.osFeatures = readStrings(p.value(QLatin1String("os.features")));
        platform.variant = p.value(QLatin1String("variant")).toString();
        descriptor.platform = platform;
    }
    return descriptor;
}

QByteArray Descriptor::toCanonicalJson() const
{
    CanonicalJson json;
    json.add("mediaType", mediaType);
    if (!artifactType.isEmpty())
        json.add("artifactType", artifactType);
    json.add("digest", digest.toString());
    json.add("size", size);
    if (!urls.isEmpty())
        json.addRaw("urls", stringArray(urls));
    json.addMap("annotations", annotations);
    if (platform) {
        CanonicalJson p;
        p.add("architecture", platform->architecture).add("os", platform->os);
        if (!platform->osVersion.isEmpty())
            p.add("os.version", platform->osVersion);
        if (!platform->osFeatures.isEmpty())
            p.addRaw("os.features", stringArray(platform->osFeatures));
        if (!platform->variant.isEmpty())
            p.add("variant", platform->variant);
        json.addRaw("platform", p.finish());
    }
    return json.finish();
}

} // namespace Oci
