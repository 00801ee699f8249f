#pragma once

#include <memory>
#include <optional>

#include <QLockFile>
#include <QTemporaryDir>

#include "oci/contentstore.h"
#include "oci/ocilayout.h"

namespace Oci {

/// A ContentStore over an OCI image layout: a directory, or a `.tar` archive that is unpacked into a
/// temporary directory and, when written to, packed again by commit().
class LayoutStore final : public ContentStore
{
public:
    enum class Mode { Read, Write };

    /// Opens \a path for reading (it must exist) or writing (created when missing, merged when present).
    /// A directory created for writing is removed again on destruction when nothing was stored in it.
    static Util::Result<std::unique_ptr<LayoutStore>> open(const QString &path, Mode mode);
    ~LayoutStore() override;

    QString displayName() const override;
    OciLayout &layout() { return m_layout; }

    Util::Result<Manifest> resolve(const QString &tagOrDigest) override;
    Util::Result<Manifest> fetchManifest(const Descriptor &node) override;
    Util::Result<bool> exists(const Descriptor &node) override;
    Util::Result<void> pushManifest(const Descriptor &node, const QByteArray &raw, const QString &tag,
                                    bool isRoot) override;
    Util::Result<std::unique_ptr<QIODevice>> openBlob(const Descriptor &node, const Progress &progress) override;
    Util::Result<void> writeBlob(const Descriptor &node, QIODevice &source, const Progress &progress) override;
    Util::Result<QList<Descriptor>> referrers(const Descriptor &subject) override;
    Util::Result<void> checkBlob(const Descriptor &node) override;
    Util::Result<void> commit() override;

private:
    LayoutStore(const QString &path, OciLayout layout, std::unique_ptr<QTemporaryDir> unpacked);
    std::optional<Util::Result<void>> continuePartial(const Descriptor &node, QIODevice &source,
                                                      const Progress &progress);
    void removeIfNothingWorthKeeping();

    QString m_path;
    OciLayout m_layout;
    std::unique_ptr<QTemporaryDir> m_unpacked; ///< set for archives
    QString m_createdFrom; ///< the outermost directory open() created for the layout; empty when it existed
    std::unique_ptr<QLockFile> m_archiveLock; ///< held while an archive is written
};

} // namespace Oci
