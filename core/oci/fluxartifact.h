#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "oci/digest.h"
#include "util/result.h"

class QIODevice;

namespace Oci {

class OciLayout;

/// Limits on what a Flux artifact's content layer may hold. Pull applies them against hostile or broken
/// archives; push applies them too, so that what is pushed can be pulled.
struct FluxExtractLimits
{
    qint64 maxFileSize = 512LL * 1024 * 1024;
    qint64 maxTotalSize = 2LL * 1024 * 1024 * 1024;
    int maxEntries = 100'000;
};

/// Flux OCI artifacts: an OCI image manifest with an empty `{}` config of media type
/// `application/vnd.cncf.flux.config.v1+json` and one `application/vnd.cncf.flux.content.v1.tar+gzip`
/// layer holding the files, annotated with when, from where and at which revision it was built.
///
/// The layer's tar headers are those Flux's builder writes for the same tree: the root as ".", then the
/// tree in the order of Go's filepath.Walk (depth first, names in byte order), relative '/' paths without a
/// trailing '/', each file's and directory's own mode bits, owner 0 without names, times 0, regular files
/// and directories only (links are skipped); files matching FluxIgnore are left out. The gzip stream has no
/// time stamp but is zlib's, not Go's, so the layer digest differs from Flux's for the same tree. The same
/// files with the same modes always give the same layer digest, and with `reproducible` the same manifest
/// digest too.
class FluxArtifact final
{
public:
    struct BuildOptions
    {
        QString source;   ///< org.opencontainers.image.source, e.g. the Git URL
        QString revision; ///< org.opencontainers.image.revision, e.g. "main@sha1:<commit>"
        /// Use the Unix epoch as creation time, so that a rebuild gives the same manifest digest.
        bool reproducible = false;
        /// Creation time when not reproducible; the current time when invalid.
        QDateTime created;
        /// Extra ignore patterns (gitignore syntax), applied after the defaults and `.sourceignore` files.
        QStringList ignorePatterns;
    };

    /// What a build produced: the manifest is stored in the layout as a blob, and described here.
    struct Built
    {
        QByteArray manifest;
        Digest manifestDigest;
        Digest layerDigest;
        qint64 layerSize = 0;
        int fileCount = 0;
        /// The manifest's descriptor as it goes into an index (mediaType, digest, size).
        QJsonObject descriptor;
    };

    /// One entry of the content layer.
    struct File
    {
        QString path;
        qint64 size = 0;
        bool directory = false;
        int mode = 0;
    };

    using ExtractLimits = FluxExtractLimits;

    static QLatin1String configMediaType();
    static QLatin1String contentMediaType();
    static QLatin1String manifestMediaType();
    /// RFC 3339 UTC text used for `created` by reproducible builds.
    static QString reproducibleTimestamp();

    /// Writes the gzip tar layer for \a sourcePath (a directory, or a single file stored under its name).
    /// Returns the number of files and directories written, not counting the root entry. A tree beyond
    /// \a limits is refused before anything is written, so that what is pushed can be pulled.
    static Util::Result<int> writeLayer(const QString &sourcePath, QIODevice &output,
                                        const QStringList &ignorePatterns = {},
                                        const ExtractLimits &limits = ExtractLimits());

    /// Builds the artifact for \a sourcePath into \a layout (config, layer and manifest blobs) and records
    /// the manifest in the layout's index under \a refName when that is not empty.
    static Util::Result<Built> build(const QString &sourcePath, const BuildOptions &options, OciLayout &layout,
                                     const QString &refName = {});

    /// Lists the entries of a content layer (gzip tar) without extracting anything.
    static Util::Result<QList<File>> listFiles(QIODevice &layer);

    /// What extract() does with a file of the layer that exists already in the target directory.
    enum class Existing {
        Refuse,   ///< fail, naming the file, before anything is moved into the directory
        Overwrite ///< replace it
    };

    /// Extracts a content layer into \a directory (created when missing). Refuses absolute paths, `..`,
    /// links, devices and anything that would be written through an existing link, and stops at the limits.
    /// The layer is unpacked into a temporary directory beside \a directory first and moved into place only
    /// when every entry was accepted, so a refused layer leaves \a directory as it was.
    static Util::Result<QList<File>> extract(QIODevice &layer, const QString &directory, const ExtractLimits &limits,
                                             Existing existing = Existing::Refuse);
    /// extract() with the default limits.
    static Util::Result<QList<File>> extract(QIODevice &layer, const QString &directory);
};

} // namespace Oci
