#include "manifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "oci/canonicaljson.h"
#include "oci/mediatypes.h"

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::Manifest", text);
}

Util::Result<QList<Descriptor>> readDescriptors(const QJsonObject &object, const char *field)
{
    QList<Descriptor> list;
    const QString name = QString::fromLatin1(field);
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return Util::makeError(tr("'%1' must be an array").arg(name));
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
        if (!array.at(i).isObject())
            return Util::makeError(tr("%1 must be an object").arg(where));
        auto descriptor = Descriptor::fromJson(array.at(i).toObject(), where);
        if (!descriptor)
            return descriptor.error();
        list << *descriptor;
    }
    return list;
}

Util::Result<std::optional<Descriptor>> readOptionalDescriptor(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::optional<Descriptor>();
    if (!value.isObject())
        return Util::makeError(tr("'%1' must be an object").arg(field));
    auto descriptor = Descriptor::fromJson(value.toObject(), field);
    if (!descriptor)
        return descriptor.error();
    return std::optional<Descriptor>(*descriptor);
}

Util::Result<QString> readOptionalString(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Util::makeError(tr("'%1' must be a string").arg(field));
    return value.toString();
}

Util::Result<QMap<QString, QString>> readAnnotations(const QJsonObject &object)
{
    QMap<QString, QString> annotations;
    const QJsonValue value = object.value(QLatin1String("annotations"));
    if (value.isUndefined() || value.isNull())
        return annotations;
    if (!value.isObject())
        return Util::makeError(tr("'annotations' must be an object of strings"));
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return Util::makeError(tr("annotations[\"%1\"] must be a string").arg(it.key()));
        annotations.insert(it.key(), it.value().toString());
    }
    return annotations;
}

std::optional<Manifest::Kind> kindOf(const QString &mediaType)
{
    if (mediaType == MediaType::ImageManifest)
        return Manifest::Kind::ImageManifest;
    if (mediaType == MediaType::ImageIndex)
        return Manifest::Kind::ImageIndex;
    if (mediaType == MediaType::DockerManifest)
        return Manifest::Kind::DockerManifest;
    if (mediaType == MediaType::DockerManifestList)
        return Manifest::Kind::DockerManifestList;
    if (mediaType == MediaType::ArtifactManifest)
        return Manifest::Kind::ArtifactManifest;
    return std::nullopt;
}

QByteArray descriptorArray(const QList<Descriptor> &descriptors)
{
    QByteArray out("[");
    for (int i = 0; i < descriptors.size(); ++i) {
        if (i > 0)
            out += ',';
        out += descriptors.at(i).toCanonicalJson();
    }
    return out + ']';
}

// The mediaType field wins over the Content-Type header; the shape decides when both are missing.
Util::Result<Manifest::Kind> detectKind(const QJsonObject &object, const QString &contentType)
{
    auto field = readOptionalString(object, QStringLiteral("mediaType"));
    if (!field)
        return field.error();
    if (const auto kind = kindOf(*field))
        return *kind;
    if (!field->isEmpty())
        return Util::makeError(tr("mediaType '%1' is not a manifest media type").arg(*field));
    if (const auto kind = kindOf(contentType.section(QLatin1Char(';'), 0, 0).trimmed()))
        return *kind;
    return object.contains(QLatin1String("manifests")) ? Manifest::Kind::ImageIndex : Manifest::Kind::ImageManifest;
}

Util::Result<QJsonObject> readObject(const QByteArray &raw)
{
    if (raw.size() > Manifest::MaxSize)
        return Util::makeError(
            tr("the manifest is %1 bytes; at most %2 are accepted").arg(raw.size()).arg(Manifest::MaxSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Util::makeError(
            tr("the manifest is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return Util::makeError(tr("the manifest is not a JSON object"));
    return document.object();
}

} // namespace

bool Manifest::isManifestMediaType(const QString &mediaType)
{
    return kindOf(mediaType).has_value();
}

bool Manifest::isIndexMediaType(const QString &mediaType)
{
    return mediaType == MediaType::ImageIndex || mediaType == MediaType::DockerManifestList;
}

QString Manifest::mediaTypeOf(Kind kind)
{
    switch (kind) {
    case Kind::ImageManifest:
        return MediaType::ImageManifest;
    case Kind::ImageIndex:
        return MediaType::ImageIndex;
    case Kind::DockerManifest:
        return MediaType::DockerManifest;
    case Kind::DockerManifestList:
        return MediaType::DockerManifestList;
    case Kind::ArtifactManifest:
        return MediaType::ArtifactManifest;
    }
    return {};
}

Util::Result<Manifest> Manifest::parse(const QByteArray &raw, const QString &contentType)
{
    auto object = readObject(raw);
    if (!object)
        return object.error();
    // The withdrawn artifact manifest has no schemaVersion; every other kind must say 2.
    const int schemaVersion = object->value(QLatin1String("schemaVersion")).toInt(0);
    const QString wrongVersion = tr("schemaVersion is %1; only 2 is supported").arg(schemaVersion);
    if (object->contains(QLatin1String("schemaVersion")) && schemaVersion != 2)
        return Util::makeError(wrongVersion);
    auto kind = detectKind(*object, contentType);
    if (!kind)
        return kind.error();
    if (*kind != Kind::ArtifactManifest && schemaVersion != 2)
        return Util::makeError(wrongVersion);

    Manifest manifest;
    manifest.m_raw = raw;
    manifest.m_kind = *kind;
    manifest.m_schemaVersion = schemaVersion;
    if (auto read = manifest.readFields(*object); !read)
        return read.error();
    return manifest;
}

Util::Result<void> Manifest::readFields(const QJsonObject &object)
{
    auto artifactType = readOptionalString(object, QStringLiteral("artifactType"));
    auto subject = readOptionalDescriptor(object, QStringLiteral("subject"));
    auto annotations = readAnnotations(object);
    if (!artifactType)
        return artifactType.error();
    if (!subject)
        return subject.error();
    if (!annotations)
        return annotations.error();
    m_artifactType = *artifactType;
    m_subject = *subject;
    m_annotations = *annotations;

    // Only the fields of the kind are read: anything else is an unknown field, ignored.
    if (m_kind == Kind::ArtifactManifest) {
        auto blobs = readDescriptors(object, "blobs");
        if (!blobs)
            return blobs.error();
        m_blobs = *blobs;
        return {};
    }
    if (isIndex()) {
        auto manifests = readDescriptors(object, "manifests");
        if (!manifests)
            return manifests.error();
        m_manifests = *manifests;
        return {};
    }
    auto config = readOptionalDescriptor(object, QStringLiteral("config"));
    if (!config)
        return config.error();
    if (!config->has_value())
        return Util::makeError(tr("the image manifest has no 'config'"));
    auto layers = readDescriptors(object, "layers");
    if (!layers)
        return layers.error();
    m_config = *config;
    m_layers = *layers;
    return {};
}

QList<Descriptor> Manifest::references() const
{
    QList<Descriptor> list;
    if (m_config)
        list << *m_config;
    return list + m_layers + m_manifests + m_blobs;
}

QString Manifest::effectiveArtifactType() const
{
    if (!m_artifactType.isEmpty() || isIndex() || !m_config)
        return m_artifactType;
    return m_config->mediaType;
}

QByteArray Manifest::raw() const
{
    return m_raw.isEmpty() ? serialize() : m_raw;
}

Digest Manifest::digest(Digest::Algorithm algorithm) const
{
    return Digest::ofBytes(raw(), algorithm);
}

Descriptor Manifest::descriptor(bool withAnnotations) const
{
    Descriptor descriptor;
    const QByteArray bytes = raw();
    descriptor.mediaType = mediaTypeOf(m_kind);
    descriptor.digest = Digest::ofBytes(bytes);
    descriptor.size = bytes.size();
    descriptor.artifactType = effectiveArtifactType();
    if (withAnnotations)
        descriptor.annotations = m_annotations;
    return descriptor;
}

QByteArray Manifest::serialize() const
{
    if (m_kind == Kind::ArtifactManifest)
        return serializeArtifact();
    CanonicalJson json;
    json.add("schemaVersion", qint64(2));
    json.add("mediaType", mediaTypeOf(m_kind));
    if (!m_artifactType.isEmpty())
        json.add("artifactType", m_artifactType);
    if (isIndex()) {
        json.addRaw("manifests", descriptorArray(m_manifests));
    } else {
        if (m_config)
            json.addRaw("config", m_config->toCanonicalJson());
        json.addRaw("layers", descriptorArray(m_layers));
    }
    if (m_subject)
        json.addRaw("subject", m_subject->toCanonicalJson());
    json.addMap("annotations", m_annotations);
    return json.finish();
}

QByteArray Manifest::serializeArtifact() const
{
    // The field order and omissions of the release candidates' Go type, which ORAS wrote.
    CanonicalJson json;
    json.add("mediaType", mediaTypeOf(m_kind));
    json.add("artifactType", m_artifactType);
    if (!m_blobs.isEmpty())
        json.addRaw("blobs", descriptorArray(m_blobs));
    if (m_subject)
        json.addRaw("subject", m_subject->toCanonicalJson());
    json.addMap("annotations", m_annotations);
    return json.finish();
}

void Manifest::setKind(Kind kind)
{
    m_kind = kind;
    m_raw.clear();
}

void Manifest::setArtifactType(const QString &artifactType)
{
    m_artifactType = artifactType;
    m_raw.clear();
}

void Manifest::setConfig(const std::optional<Descriptor> &config)
{
    m_config = config;
    m_raw.clear();
}

void Manifest::setLayers(const QList<Descriptor> &layers)
{
    m_layers = layers;
    m_raw.clear();
}

void Manifest::setManifests(const QList<Descriptor> &manifests)
{
    m_manifests = manifests;
    m_raw.clear();
}

void Manifest::setBlobs(const QList<Descriptor> &blobs)
{
    m_blobs = blobs;
    m_raw.clear();
}

void Manifest::setSubject(const std::optional<Descriptor> &subject)
{
    m_subject = subject;
    m_raw.clear();
}

void Manifest::setAnnotations(const QMap<QString, QString> &annotations)
{
    m_annotations = annotations;
    m_raw.clear();
}

} // namespace Oci
