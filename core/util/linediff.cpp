#include "linediff.h"

#include <vector>

namespace Util {

namespace {

constexpr qint64 maximumTableCells = 16'000'000;

// Longest common subsequence table over the changed middle part, filled from the end so the walk below
// can go forwards. Sizes are bounded by the region between the common prefix and suffix.
QList<DiffLine> diffMiddle(const QStringList &a, const QStringList &b, int aBegin, int aEnd, int bBegin, int bEnd)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;

    // Past this size the table would take hundreds of megabytes; the changed block is then shown whole,
    // still a correct diff, only not the shortest.
    if (qint64(n + 1) * (m + 1) > maximumTableCells) {
        QList<DiffLine> result;
        for (int i = 0; i < n; ++i)
            result.append({DiffLine::Kind::Removed, a.at(aBegin + i), aBegin + i + 1, 0});
        for (int j = 0; j < m; ++j)
            result.append({DiffLine::Kind::Added, b.at(bBegin + j), 0, bBegin + j + 1});
        return result;
    }

    std::vector<int> table(static_cast<std::size_t>((n + 1) * (m + 1)), 0);
    const auto at = [m](int i, int j) {
        return static_cast<std::size_t>(i * (m + 1) + j);
    };

    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            table[at(i, j)] = a.at(aBegin + i) == b.at(bBegin + j) ? table[at(i + 1, j + 1)] + 1
                                                                   : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
        }
    }

    QList<DiffLine> result;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(aBegin + i) == b.at(bBegin + j)) {
            result.append({DiffLine::Kind::Same, a.at(aBegin + i), aBegin + i + 1, bBegin + j + 1});
            ++i;
            ++j;
        } else if (i < n && (j == m || table[at(i + 1, j)] >= table[at(i, j + 1)])) {
            // Removals before additions, as diff(1) prints a changed line.
            result.append({DiffLine::Kind::Removed, a.at(aBegin + i), aBegin + i + 1, 0});
            ++i;
        } else {
            result.append({DiffLine::Kind::Added, b.at(bBegin + j), 0, bBegin + j + 1});
            ++j;
        }
    }
    return result;
}

QString hunkHeader(const DiffHunk &hunk)
{
    // An empty side names the line before the change, as diff(1) and patch(1) expect.
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@")
        .arg(hunk.oldCount == 0 ? hunk.oldStart - 1 : hunk.oldStart)
        .arg(hunk.oldCount)
        .arg(hunk.newCount == 0 ? hunk.newStart - 1 : hunk.newStart)
        .arg(hunk.newCount);
}

} // namespace

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines)
{
    int prefix = 0;
    const int shorter = std::min(oldLines.size(), newLines.size());
    while (prefix < shorter && oldLines.at(prefix) == newLines.at(prefix))
        ++prefix;

    int suffix = 0;
    while (suffix < shorter - prefix &&
           oldLines.at(oldLines.size() - 1 - suffix) == newLines.at(newLines.size() - 1 - suffix))
        ++suffix;

    QList<DiffLine> result;
    for (int i = 0; i < prefix; ++i)
        result.append({DiffLine::Kind::Same, oldLines.at(i), i + 1, i + 1});

    result += diffMiddle(oldLines, newLines, prefix, oldLines.size() - suffix, prefix, newLines.size() - suffix);

    for (int k = suffix; k > 0; --k) {
        const int oldIndex = oldLines.size() - k;
        const int newIndex = newLines.size() - k;
        result.append({DiffLine::Kind::Same, oldLines.at(oldIndex), oldIndex + 1, newIndex + 1});
    }
    return result;
}

QList<DiffHunk> diffHunks(const QList<DiffLine> &lines, int context)
{
    // Mark every line within `context` of a change, then cut the marked runs into hunks.
    QList<bool> keep(lines.size(), false);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == DiffLine::Kind::Same)
            continue;
        for (int k = std::max(0, i - context); k <= std::min<int>(lines.size() - 1, i + context); ++k)
            keep[k] = true;
    }

    QList<DiffHunk> hunks;
    int oldLine = 1;
    int newLine = 1;
    for (int i = 0; i < lines.size(); ++i) {
        const DiffLine &line = lines.at(i);
        if (keep.at(i)) {
            if (i == 0 || !keep.at(i - 1))
                hunks.append({oldLine, 0, newLine, 0, {}});
            DiffHunk &hunk = hunks.last();
            hunk.lines.append(line);
            hunk.oldCount += line.kind != DiffLine::Kind::Added ? 1 : 0;
            hunk.newCount += line.kind != DiffLine::Kind::Removed ? 1 : 0;
        }
        oldLine += line.kind != DiffLine::Kind::Added ? 1 : 0;
        newLine += line.kind != DiffLine::Kind::Removed ? 1 : 0;
    }
    return hunks;
}

QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName, const QString &newName,
                    int context)
{
    const QList<DiffHunk> hunks = diffHunks(diffLines(splitLines(oldText), splitLines(newText)), context);
    if (hunks.isEmpty())
        return {};

    QString out = QLatin1String("--- ") + oldName + QLatin1String("\n+++ ") + newName + QLatin1Char('\n');
    for (const DiffHunk &hunk : hunks) {
        out += hunkHeader(hunk) + QLatin1Char('\n');
        for (const DiffLine &line : hunk.lines) {
            const char mark = line.kind == DiffLine::Kind::Same ? ' ' : line.kind == DiffLine::Kind::Added ? '+' : '-';
            out += QLatin1Char(mark) + line.text + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace Util
