#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Oci {

/// Decides which files of a source directory stay out of a Flux artifact, with gitignore-style patterns:
/// Flux's defaults (version control metadata, images and archives, CI configuration, tool configuration),
/// the `.sourceignore` files found in the tree (scoped to their directory), and patterns the user adds.
/// As in gitignore, the last matching pattern wins and `!` re-includes.
class FluxIgnore final
{
public:
    /// A matcher with Flux's default patterns.
    FluxIgnore();

    /// The default patterns, in the order they apply.
    static QStringList defaultPatterns();
    /// Name of the per-directory ignore file.
    static QString ignoreFileName();

    /// Adds patterns (one a line; `#` comments and blank lines skipped) that apply under \a domain, a
    /// directory relative to the root with '/' separators ("" for the root itself).
    void addPatterns(const QStringList &lines, const QString &domain = {});

    /// Whether \a relativePath (relative to the root, '/' separators) is left out.
    bool isIgnored(const QString &relativePath, bool isDirectory) const;

private:
    struct Pattern
    {
        QRegularExpression expression;
        QString domain;
        bool negated = false;
        bool directoryOnly = false;
        bool anchored = false; ///< contains a '/': matched against the whole path, not each name
    };

    static QString globToRegex(const QString &glob);

    QList<Pattern> m_patterns;
};

} // namespace Oci
