#include "contentstore.h"

#include "oci/manifest.h"

namespace Oci {

bool ContentStore::Node::isManifest() const
{
    // Oci::Manifest, not the nested ContentStore::Manifest: one list of manifest media types for the engine.
    return Oci::Manifest::isManifestMediaType(mediaType);
}

Util::Result<bool> ContentStore::mountBlob(const Node &, const QString &)
{
    return false;
}

Util::Result<QList<ContentStore::Node>> ContentStore::referrers(const Node &)
{
    return QList<Node>();
}

Util::Result<void> ContentStore::commit()
{
    return {};
}

} // namespace Oci
