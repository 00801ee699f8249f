#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include "oci/descriptor.h"
#include "oci/digest.h"
#include "util/result.h"

namespace Oci {

/// An OCI image manifest or index, a Docker v2 manifest or manifest list, or the OCI artifact manifest of
/// the 1.1 release candidates (`blobs` instead of config and layers, no schemaVersion).
///
/// Artifacts in OCI 1.1 proper are image manifests with an `artifactType`, often with the empty config
/// (`application/vnd.oci.empty.v1+json`, data `{}`) and no layers; they parse as ImageManifest. Fields the
/// client does not know are ignored, as the spec asks.
///
/// A parsed manifest keeps the exact bytes it came from: its digest is over those bytes, and copying
/// must send them unchanged. A manifest built in code gets its bytes from serialize(), which is
/// deterministic (fixed field order, sorted annotations, compact, Go-compatible escaping) so that the same
/// content always yields the same digest.
class Manifest
{
public:
    enum class Kind { ImageManifest, ImageIndex, DockerManifest, DockerManifestList, ArtifactManifest };

    /// Largest manifest the client accepts (the OCI distribution spec's recommended limit).
    static constexpr qint64 MaxSize = 4 * 1024 * 1024;

    Manifest() = default;

    /// Parses \a raw. The kind comes from the `mediaType` field, else from \a contentType, else from the
    /// shape (`manifests` means an index). Messages name the field that is wrong.
    static Util::Result<Manifest> parse(const QByteArray &raw, const QString &contentType = {});

    static bool isManifestMediaType(const QString &mediaType);
    static bool isIndexMediaType(const QString &mediaType);

    Kind kind() const { return m_kind; }
    bool isIndex() const { return m_kind == Kind::ImageIndex || m_kind == Kind::DockerManifestList; }
    QString mediaType() const { return mediaTypeOf(m_kind); }
    int schemaVersion() const { return m_schemaVersion; }
    QString artifactType() const { return m_artifactType; }
    /// The config descriptor (image manifests only).
    std::optional<Descriptor> config() const { return m_config; }
    QList<Descriptor> layers() const { return m_layers; }
    /// The entries of an index or manifest list.
    QList<Descriptor> manifests() const { return m_manifests; }
    /// The content of an artifact manifest.
    QList<Descriptor> blobs() const { return m_blobs; }
    std::optional<Descriptor> subject() const { return m_subject; }
    QMap<QString, QString> annotations() const { return m_annotations; }

    /// Everything this manifest points to, config first, then layers (or index entries, or an artifact
    /// manifest's blobs). The subject is not among them: it is a parent, not content.
    QList<Descriptor> references() const;
    /// The artifact type as ORAS and the referrers API define it: artifactType, else the config media type.
    QString effectiveArtifactType() const;

    /// The bytes: as received for a parsed manifest, serialize()'s output for a built one.
    QByteArray raw() const;
    Digest digest(Digest::Algorithm algorithm = Digest::Algorithm::Sha256) const;
    /// A descriptor of this manifest (media type, digest and size of raw(), artifactType, annotations only
    /// when asked for).
    Descriptor descriptor(bool withAnnotations = false) const;

    /// Deterministic canonical JSON of the current fields.
    QByteArray serialize() const;

    // Building. Each setter drops the kept raw bytes, so raw() becomes serialize().
    void setKind(Kind kind);
    void setArtifactType(const QString &artifactType);
    void setConfig(const std::optional<Descriptor> &config);
    void setLayers(const QList<Descriptor> &layers);
    void setManifests(const QList<Descriptor> &manifests);
    void setBlobs(const QList<Descriptor> &blobs);
    void setSubject(const std::optional<Descriptor> &subject);
    void setAnnotations(const QMap<QString, QString> &annotations);

    /// Media type string of a kind.
    static QString mediaTypeOf(Kind kind);

private:
    Util::Result<void> readFields(const QJsonObject &object);
    QByteArray serializeArtifact() const;

    Kind m_kind = Kind::ImageManifest;
    int m_schemaVersion = 2;
    QString m_artifactType;
    std::optional<Descriptor> m_config;
    QList<Descriptor> m_layers;
    QList<Descriptor> m_manifests;
    QList<Descriptor> m_blobs;
    std::optional<Descriptor> m_subject;
    QMap<QString, QString> m_annotations;
    QByteArray m_raw;
};

} // namespace Oci
