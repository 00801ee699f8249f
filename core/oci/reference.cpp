#include "reference.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Oci {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Oci::Reference", text);
}

constexpr QLatin1String ociScheme{"oci://"};
constexpr QLatin1String layoutScheme{"oci-layout:"};
constexpr int maxRepositoryLength = 255;

// One path component of the OCI distribution grammar: [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*
const QRegularExpression &componentPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*$"));
    return pattern;
}

Util::Result<void> validateComponent(const QString &component, const QString &repository)
{
    if (component.isEmpty())
        return Util::makeError(tr("repository '%1' has an empty path component").arg(repository));
    for (const QChar c : component) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('.') ||
                             c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!allowed || c.unicode() > 127) {
            const QString why = c.isUpper() ? tr("upper-case letters are not allowed") : tr("character not allowed");
            return Util::makeError(
                tr("repository '%1': '%2' in component '%3': %4").arg(repository, QString(c), component, why));
        }
    }
    if (!componentPattern().match(component).hasMatch()) {
        return Util::makeError(tr("repository '%1': component '%2' must start and end with a letter or digit, "
                                  "with single '.', one or two '_', or dashes between them")
                                   .arg(repository, component));
    }
    return {};
}

struct HostPort
{
    QString host;
    int port = -1;
};

Util::Result<HostPort> parseHostPort(const QString &text)
{
    HostPort result;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Util::makeError(tr("registry '%1': missing ']' after the IPv6 address").arg(text));
        result.host = text.mid(1, close - 1);
        // Brackets are for IPv6 addresses only; a name inside them would be silently unbracketed.
        if (QHostAddress(result.host).protocol() != QAbstractSocket::IPv6Protocol)
            return Util::makeError(tr("registry '%1': '%2' in brackets is not an IPv6 address").arg(text, result.host));
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return Util::makeError(tr("registry '%1': unexpected text after the IPv6 address").arg(text));
        portText = rest.mid(1);
        if (rest.startsWith(QLatin1Char(':')) && portText.isEmpty())
            return Util::makeError(tr("registry '%1': empty port").arg(text));
    } else {
        const int colon = text.lastIndexOf(QLatin1Char(':'));
        result.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            if (portText.isEmpty())
                return Util::makeError(tr("registry '%1': empty port").arg(text));
        }
        static const QRegularExpression hostPattern(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
        if (!hostPattern.match(result.host).hasMatch())
            return Util::makeError(tr("registry host '%1' is not a host name or address").arg(result.host));
    }
    if (result.host.isEmpty())
        return Util::makeError(tr("registry '%1' has no host").arg(text));
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Util::makeError(tr("registry '%1': port '%2' is not a number from 1 to 65535").arg(text, portText));
        result.port = port;
    }
    return result;
}

// Splits "name[:tag][@digest]" where name has no ':' after its last '/'.
struct NameParts
{
    QString name;
    QString tag;
    QString digest;
    bool hasTag = false;
};

NameParts splitName(const QString &text)
{
    NameParts parts;
    QString rest = text;
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        parts.digest = rest.mid(at + 1);
        rest = rest.left(at);
    }
    const int colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
        parts.tag = rest.mid(colon + 1);
        parts.hasTag = true;
        rest = rest.left(colon);
    }
    parts.name = rest;
    return parts;
}

// A layout's ref names follow the image-spec grammar, which also allows '+' (semver build metadata, as
// skopeo writes it); a registry tag does not.
Util::Result<void> validateLayoutTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._+-]{0,127}$"));
    if (pattern.match(tag).hasMatch())
        return {};
    return Reference::validateTag(tag);
}

Util::Result<void> applyTagAndDigest(Reference &reference, const NameParts &parts, const QString &text)
{
    if (parts.hasTag) {
        const auto valid = reference.isLayout() ? validateLayoutTag(parts.tag) : Reference::validateTag(parts.tag);
        if (!valid)
            return Util::makeError(tr("reference '%1': %2").arg(text, valid.error().message));
        reference = reference.withTag(parts.tag);
    }
    if (!parts.digest.isNull()) {
        auto digest = Digest::parse(parts.digest);
        if (!digest)
            return Util::makeError(tr("reference '%1': %2").arg(text, digest.error().message));
        reference = reference.withDigest(*digest);
    }
    return {};
}

} // namespace

Util::Result<void> Reference::validateRepository(const QString &repository)
{
    if (repository.isEmpty())
        return Util::makeError(tr("the repository name is empty"));
    if (repository.size() > maxRepositoryLength) {
        return Util::makeError(tr("repository '%1' is %2 characters long; at most %3 are allowed")
                                   .arg(repository)
                                   .arg(repository.size())
                                   .arg(maxRepositoryLength));
    }
    const QStringList components = repository.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (auto valid = validateComponent(component, repository); !valid)
            return valid;
    }
    return {};
}

Util::Result<void> Reference::validateTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    if (tag.isEmpty())
        return Util::makeError(tr("the tag is empty"));
    if (tag.size() > 128)
        return Util::makeError(tr("tag '%1' is %2 characters long; at most 128 are allowed").arg(tag).arg(tag.size()));
    if (!pattern.match(tag).hasMatch()) {
        if (tag.startsWith(QLatin1Char('.')) || tag.startsWith(QLatin1Char('-')))
            return Util::makeError(tr("tag '%1' must start with a letter, digit or '_'").arg(tag));
        return Util::makeError(tr("tag '%1' may contain only letters, digits, '_', '.' and '-'").arg(tag));
    }
    return {};
}

Util::Result<Reference> Reference::parse(const QString &input, bool allowRegistryOnly)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Util::makeError(tr("the reference is empty"));

    if (text.startsWith(layoutScheme)) {
        const NameParts parts = splitName(text.mid(layoutScheme.size()));
        if (parts.name.isEmpty())
            return Util::makeError(tr("reference '%1' names no layout directory or archive").arg(text));
        Reference reference;
        reference.m_kind = Kind::Layout;
        reference.m_layoutPath = parts.name;
        if (auto applied = applyTagAndDigest(reference, parts, text); !applied)
            return applied.error();
        return reference;
    }

    QString rest = text;
    if (rest.startsWith(ociScheme))
        rest = rest.mid(ociScheme.size());
    else if (rest.contains(QLatin1String("://")))
        return Util::makeError(tr("reference '%1': only the oci:// scheme is accepted").arg(text));

    const int slash = rest.indexOf(QLatin1Char('/'));
    auto hostPort = parseHostPort(slash < 0 ? rest : rest.left(slash));
    if (!hostPort)
        return hostPort.error();

    Reference reference;
    reference.m_host = hostPort->host;
    reference.m_port = hostPort->port;
    if (slash < 0 || slash == rest.size() - 1) {
        if (!allowRegistryOnly)
            return Util::makeError(tr("reference '%1' names a registry but no repository").arg(text));
        return reference;
    }

    const NameParts parts = splitName(rest.mid(slash + 1));
    if (auto valid = validateRepository(parts.name); !valid)
        return Util::makeError(tr("reference '%1': %2").arg(text, valid.error().message));
    reference.m_repository = parts.name;
    if (auto applied = applyTagAndDigest(reference, parts, text); !applied)
        return applied.error();
    return reference;
}

Util::Result<Reference> Reference::fromParts(const QString &registry, const QString &repository, const QString &tag,
                                             const Digest &digest)
{
    QString text = registry + QLatin1Char('/') + repository;
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (digest.isValid())
        text += QLatin1Char('@') + digest.toString();
    return parse(text);
}

QString Reference::registry() const
{
    QString host = m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port > 0)
        host += QLatin1Char(':') + QString::number(m_port);
    return host;
}

QString Reference::identifier() const
{
    if (m_digest.isValid())
        return m_digest.toString();
    return m_tag.isEmpty() ? QStringLiteral("latest") : m_tag;
}

Reference Reference::withTag(const QString &tag) const
{
    Reference copy = *this;
    copy.m_tag = tag;
    return copy;
}

Reference Reference::withDigest(const Digest &digest) const
{
    Reference copy = *this;
    copy.m_digest = digest;
    return copy;
}

Reference Reference::withRepository(const QString &repository) const
{
    Reference copy = *this;
    copy.m_repository = repository;
    return copy;
}

QString Reference::toString() const
{
    QString text = m_kind == Kind::Layout ? layoutScheme + m_layoutPath : registry();
    if (m_kind == Kind::Registry && !m_repository.isEmpty())
        text += QLatin1Char('/') + m_repository;
    if (!m_tag.isEmpty())
        text += QLatin1Char(':') + m_tag;
    if (m_digest.isValid())
        text += QLatin1Char('@') + m_digest.toString();
    return text;
}

} // namespace Oci
