#include "contentstore.h"

namespace Oci {

Util::Result<bool> ContentStore::mountBlob(const Descriptor &, const QString &)
{
    return false;
}

Util::Result<QList<Descriptor>> ContentStore::referrers(const Descriptor &)
{
    return QList<Descriptor>();
}

Util::Result<void> ContentStore::checkBlob(const Descriptor &)
{
    return {};
}

Util::Result<void> ContentStore::commit()
{
    return {};
}

} // namespace Oci
