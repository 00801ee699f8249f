#include "secretfields.h"

namespace Helm {

QList<SecretField> SecretFields::of(const Topology::BasicAuth &data)
{
    return {{"username", data.username}, {"password", data.password}};
}

QList<SecretField> SecretFields::of(const Topology::ProxyData &data)
{
    return {{"address", data.address}, {"username", data.username}, {"password", data.password}};
}

QList<SecretField> SecretFields::of(const Topology::CertData &data)
{
    return {{"ca.crt", data.caCrt}, {"tls.crt", data.tlsCrt}, {"tls.key", data.tlsKey}};
}

} // namespace Helm
