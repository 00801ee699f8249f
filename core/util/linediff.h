#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Util {

/// One line of a line-by-line comparison of two texts.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };

    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; ///< 1-based line in the old text; 0 for added lines
    int newLine = 0; ///< 1-based line in the new text; 0 for removed lines
};

/// A run of changes with the unchanged lines around it, as a unified diff shows it.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

/// Compares two texts line by line with a longest-common-subsequence match. Lines common to both ends are
/// matched first, so the quadratic part only covers the region that actually changed; a changed region too
/// large for that (over 16 million line pairs) is reported as removed and added as a whole.
QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines);

/// Groups a comparison into hunks with \a context unchanged lines around each change.
QList<DiffHunk> diffHunks(const QList<DiffLine> &lines, int context = 3);

/// The comparison as a unified diff (`---`/`+++` headers, `@@` hunk headers); empty when the texts are equal.
QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName, const QString &newName,
                    int context = 3);

/// Splits a text into lines without their terminators; a final newline does not add an empty line.
QStringList splitLines(const QString &text);

} // namespace Util
