#pragma once

#include <QLatin1String>

namespace Oci::MediaType {

/// Media types the client knows by name. Any other media type is carried through untouched.
inline constexpr QLatin1String ImageManifest{"application/vnd.oci.image.manifest.v1+json"};
inline constexpr QLatin1String ImageIndex{"application/vnd.oci.image.index.v1+json"};
/// The artifact manifest of the OCI 1.1 release candidates, withdrawn before 1.1.0; ORAS 1.0-rc wrote it and
/// some registries still serve it.
inline constexpr QLatin1String ArtifactManifest{"application/vnd.oci.artifact.manifest.v1+json"};
inline constexpr QLatin1String ImageConfig{"application/vnd.oci.image.config.v1+json"};
inline constexpr QLatin1String ImageLayerTarGzip{"application/vnd.oci.image.layer.v1.tar+gzip"};
inline constexpr QLatin1String ImageLayerTar{"application/vnd.oci.image.layer.v1.tar"};
inline constexpr QLatin1String EmptyJson{"application/vnd.oci.empty.v1+json"};
inline constexpr QLatin1String DockerManifest{"application/vnd.docker.distribution.manifest.v2+json"};
inline constexpr QLatin1String DockerManifestList{"application/vnd.docker.distribution.manifest.list.v2+json"};
inline constexpr QLatin1String DockerConfig{"application/vnd.docker.container.image.v1+json"};
inline constexpr QLatin1String DockerLayerTarGzip{"application/vnd.docker.image.rootfs.diff.tar.gzip"};
inline constexpr QLatin1String FluxConfig{"application/vnd.cncf.flux.config.v1+json"};
inline constexpr QLatin1String FluxContent{"application/vnd.cncf.flux.content.v1.tar+gzip"};

/// The value of `Accept` on every manifest request: every manifest kind, OCI first.
inline constexpr QLatin1String ManifestAccept{
    "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
    "application/vnd.docker.distribution.manifest.v2+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json, "
    "application/vnd.oci.artifact.manifest.v1+json"};

} // namespace Oci::MediaType

namespace Oci::Annotation {

inline constexpr QLatin1String Created{"org.opencontainers.image.created"};
inline constexpr QLatin1String Source{"org.opencontainers.image.source"};
inline constexpr QLatin1String Revision{"org.opencontainers.image.revision"};
inline constexpr QLatin1String RefName{"org.opencontainers.image.ref.name"};
inline constexpr QLatin1String Title{"org.opencontainers.image.title"};

} // namespace Oci::Annotation
