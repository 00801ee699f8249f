#include "fieldrules.h"

#include "topology/endpoint.h"
#include "topology/goduration.h"

namespace Helm {

Util::Result<EndpointParts> FieldRules::parseEndpoint(const QString &text)
{
    const Util::Result<Topology::Endpoint> endpoint = Topology::Endpoint::parse(text);
    if (!endpoint)
        return endpoint.error();
    return EndpointParts{endpoint->host(), endpoint->port(), endpoint->authority(),
                         endpoint->service() == Topology::HostService::DockerHub};
}

Util::Result<void> FieldRules::checkDuration(const QString &text)
{
    const Util::Result<Topology::GoDuration> duration = Topology::GoDuration::parse(text);
    if (!duration)
        return duration.error();
    return {};
}

bool FieldRules::isDns1123Label(const QString &text)
{
    return Topology::isDns1123Label(text);
}

bool FieldRules::isInClusterHost(const QString &host)
{
    return Topology::hostScope(host) == Topology::HostScope::InCluster;
}

} // namespace Helm
