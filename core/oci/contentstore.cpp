#include "contentstore.h"

namespace Oci {

bool ContentStore::Node::isManifest() const
{
    return mediaType == QLatin1String("application/vnd.oci.image.manifest.v1+json") ||
           mediaType == QLatin1String("application/vnd.oci.image.index.v1+json") ||
           mediaType == QLatin1String("application/vnd.docker.distribution.manifest.v2+json") ||
           mediaType == QLatin1String("application/vnd.docker.distribution.manifest.list.v2+json");
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
