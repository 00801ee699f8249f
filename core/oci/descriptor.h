#pragma once

#include <optional>

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include "oci/digest.h"
#include "util/result.h"

namespace Oci {

/// The platform an index entry is for (OCI image index `platform`).
struct Platform
{
    QString architecture;
    QString os;
    QString osVersion;
    QStringList osFeatures;
    QString variant;

    /// "os/architecture[/variant]".
    QString toString() const;
    friend bool operator==(const Platform &, const Platform &) = default;
};

/// An OCI content descriptor. Sizes are 64-bit; unknown fields of the JSON are not kept (manifests keep
/// their raw bytes, so nothing is lost when content is copied).
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = 0;
    QStringList urls;
    QMap<QString, QString> annotations;
    QString artifactType;
    std::optional<Platform> platform;

    /// A descriptor of just these three fields. A size of -1 stands for "not known yet".
    static Descriptor of(const QString &mediaType, const Digest &digest, qint64 size);
    /// Reads a descriptor object; \a where names it in messages ("layers[2]").
    static Util::Result<Descriptor> fromJson(const QJsonObject &object, const QString &where);
    /// Canonical JSON text (fixed field order, sorted annotations), as written into manifests.
    QByteArray toCanonicalJson() const;
    /// Whether the media type is one of a manifest or index, which a copy parses and follows, rather than
    /// a blob, which it only transfers.
    bool isManifest() const;

    friend bool operator==(const Descriptor &, const Descriptor &) = default;
};

} // namespace Oci
