#include "yamlquoting.h"

#include <QRegularExpression>

#include "topology/yamlscalar.h"

namespace Helm {

namespace {

bool isYaml11BooleanOrNull(const QString &lower)
{
    static const QStringList words = {
        QStringLiteral("y"),  QStringLiteral("n"),    QStringLiteral("yes"),  QStringLiteral("no"),
        QStringLiteral("on"), QStringLiteral("off"),  QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("~"),  QStringLiteral("null"), QStringLiteral("<<"),   QStringLiteral("="),
    };
    return words.contains(lower);
}

// Anything built from a sign, digits and the letters and marks numbers use is treated as a number. This is
// wider than any reader's grammar on purpose: quoting "1-2" costs nothing, missing "0o17" changes a type.
bool isNumberLike(const QString &lower)
{
    static const QRegularExpression start(QStringLiteral("^[-+]?\\.?[0-9]"));
    static const QRegularExpression body(QStringLiteral("^[-+]?[0-9a-fxob_.:e+-]+$"));
    static const QRegularExpression special(QStringLiteral("^[-+]?\\.(inf|nan)$"));
    return (start.match(lower).hasMatch() && body.match(lower).hasMatch()) || special.match(lower).hasMatch();
}

bool isTimestampLike(const QString &value)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"));
    return date.match(value).hasMatch();
}

bool isPrintableLine(const QString &value)
{
    for (const QChar character : value) {
        if (character.unicode() < 0x20 || character.unicode() == 0x7f || character == QChar(0xfeff))
            return false;
    }
    return true;
}

// yaml-cpp writes literal blocks with the default "clip" chomping and no indentation indicator, so only text
// that ends with exactly one line break and whose first line does not start with a space comes back intact.
bool survivesLiteralBlock(const QString &value)
{
    if (!value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1String("\n\n")))
        return false;
    if (value.startsWith(QLatin1Char(' ')) || value.startsWith(QLatin1Char('\n')))
        return false;

    const QStringList lines = value.chopped(1).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!isPrintableLine(QString(line).replace(QLatin1Char('\t'), QLatin1Char(' '))))
            return false;
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

bool YamlQuoting::looksLikeNonString(const QString &value)
{
    // The exact YAML 1.1/1.2 grammar, widened to any letter case and anything number-shaped: a needless
    // quote costs nothing, a missed one changes a type in some reader.
    const QString lower = value.toLower();
    return Topology::yamlPlainScalarIsAmbiguous(value) || isYaml11BooleanOrNull(lower) || isNumberLike(lower) ||
           isTimestampLike(value);
}

bool YamlQuoting::isSafePlain(const QString &value)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_./][A-Za-z0-9_./:@+%=-]*$"));
    if (looksLikeNonString(value) || !allowed.match(value).hasMatch())
        return false;
    return !value.endsWith(QLatin1Char(':'));
}

YamlQuoting::Style YamlQuoting::styleFor(const QString &value, bool quote)
{
    if (value.contains(QLatin1Char('\n')))
        return survivesLiteralBlock(value) ? Style::Literal : Style::DoubleQuoted;
    if (!isPrintableLine(value))
        return Style::DoubleQuoted;
    if (!quote && isSafePlain(value))
        return Style::Plain;
    return Style::SingleQuoted;
}

} // namespace Helm
