#pragma once

#include <QString>

#include "oci/digest.h"
#include "util/result.h"

namespace Oci {

/// Where an artifact lives: in a registry (`host[:port]/path[:tag][@digest]`, also written with an
/// `oci://` prefix) or in an OCI image layout on disk (`oci-layout:PATH[:tag][@digest]`).
///
/// The first component of a registry reference is always the registry host: the product does not support
/// Docker Hub's implicit `docker.io/library/` prefix. IPv6 hosts are written in brackets (`[::1]:5000/x`).
/// Repository names and tags are validated locally with the OCI grammar, so no request is sent for a
/// name the registry would refuse anyway.
class Reference
{
public:
    enum class Kind { Registry, Layout };

    Reference() = default;

    /// Parses a full reference. A registry reference needs a repository unless \a allowRegistryOnly is set,
    /// in which case `host[:port]` and `oci://host[:port]` are accepted as well (for `ls REGISTRY`).
    static Util::Result<Reference> parse(const QString &text, bool allowRegistryOnly = false);

    /// Checks a repository path against the OCI distribution grammar; the message names the offending part.
    static Util::Result<void> validateRepository(const QString &repository);
    /// Checks a tag against `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.
    static Util::Result<void> validateTag(const QString &tag);

    /// Builds a registry reference from parts that are validated the same way as parse() does.
    static Util::Result<Reference> fromParts(const QString &registry, const QString &repository,
                                             const QString &tag = {}, const Digest &digest = {});

    bool isValid() const { return !m_host.isEmpty() || !m_layoutPath.isEmpty(); }
    Kind kind() const { return m_kind; }
    bool isLayout() const { return m_kind == Kind::Layout; }

    /// Host name or address without brackets or port.
    QString host() const { return m_host; }
    /// Port, or -1 when none was given.
    int port() const { return m_port; }
    /// `host[:port]` as it appears in URLs (IPv6 addresses in brackets).
    QString registry() const;
    QString repository() const { return m_repository; }
    QString tag() const { return m_tag; }
    Digest digest() const { return m_digest; }
    /// The directory or tar archive of a layout reference.
    QString layoutPath() const { return m_layoutPath; }

    /// What goes after `/manifests/`: the digest when there is one, else the tag, else "latest".
    QString identifier() const;
    bool hasTag() const { return !m_tag.isEmpty(); }
    bool hasDigest() const { return m_digest.isValid(); }

    Reference withTag(const QString &tag) const;
    Reference withDigest(const Digest &digest) const;
    Reference withRepository(const QString &repository) const;

    /// Canonical text form, without the `oci://` prefix.
    QString toString() const;

    friend bool operator==(const Reference &a, const Reference &b) { return a.toString() == b.toString(); }
    friend bool operator!=(const Reference &a, const Reference &b) { return !(a == b); }

private:
    Kind m_kind = Kind::Registry;
    QString m_host;
    int m_port = -1;
    QString m_repository;
    QString m_tag;
    Digest m_digest;
    QString m_layoutPath;
};

} // namespace Oci
