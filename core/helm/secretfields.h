#pragma once

#include <QList>
#include <QString>

#include "topology/model.h"

namespace Helm {

/// One key of an inline secret block, named as the chart and the Secret manifests name it.
struct SecretField
{
    const char *key = nullptr;
    QString value;
};

/// The keys of the inline secret blocks (basicAuth, proxyData, certData) with their values, in the chart's
/// order. The values file and the Secret manifests write the same keys, each in its own scalar style.
class SecretFields final
{
public:
    static QList<SecretField> of(const Topology::BasicAuth &data);
    static QList<SecretField> of(const Topology::ProxyData &data);
    static QList<SecretField> of(const Topology::CertData &data);
};

} // namespace Helm
