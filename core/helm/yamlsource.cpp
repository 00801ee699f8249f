#include "yamlsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Helm {

namespace {

// Column of the first character that belongs to a key or value: past the indentation and any "- " markers.
int contentColumn(const QString &line)
{
    int column = 0;
    while (column < line.size()) {
        const QChar character = line.at(column);
        if (character == QLatin1Char(' ')) {
            ++column;
        } else if (character == QLatin1Char('-') && column + 1 < line.size() &&
                   line.at(column + 1) == QLatin1Char(' ')) {
            column += 2;
        } else {
            break;
        }
    }
    return column;
}

// Position of a comment's '#' outside quotes, or -1.
int commentStart(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar character = line.at(i);
        if (!quote.isNull()) {
            if (character == quote)
                quote = QChar();
            continue;
        }
        if (character == QLatin1Char('\'') || character == QLatin1Char('"')) {
            if (i == 0 || line.at(i - 1).isSpace() || QStringLiteral(":-[{,").contains(line.at(i - 1)))
                quote = character;
            continue;
        }
        if (character == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace()))
            return i;
    }
    return -1;
}

// Aliases can make a document cyclic (`a: &x [*x]`) or expand it exponentially; both would hang or crash the
// code that walks it. Real values files nest a few levels and hold some thousand nodes per spoke.
constexpr int maximumDepth = 64;
constexpr qint64 maximumNodes = 1'000'000;

bool withinLimits(const YAML::Node &node, int depth, qint64 &visited)
{
    if (depth > maximumDepth || ++visited > maximumNodes)
        return false;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (!withinLimits(item, depth + 1, visited))
                return false;
        }
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            if (!withinLimits(entry.first, depth + 1, visited) || !withinLimits(entry.second, depth + 1, visited))
                return false;
        }
    }
    return true;
}

} // namespace

YamlSource::YamlSource(QByteArray text, QString fileName)
    : m_text(std::move(text))
    , m_fileName(std::move(fileName))
{
}

Util::Result<YAML::Node> YamlSource::load() const
{
    try {
        std::vector<YAML::Node> documents = YAML::LoadAll(m_text.toStdString());
        if (documents.size() > 1)
            return errorAt(documents.at(1), tr("the file holds more than one YAML document"));
        if (documents.empty() || documents.front().IsNull())
            return YAML::Node(YAML::NodeType::Map);
        qint64 visited = 0;
        if (!withinLimits(documents.front(), 0, visited)) {
            return errorAt(documents.front(), tr("the document nests deeper than %1 levels or expands to more than "
                                                 "%2 nodes through aliases")
                                                  .arg(maximumDepth)
                                                  .arg(maximumNodes));
        }
        return documents.front();
    } catch (const YAML::Exception &exception) {
        return errorAt(exception.mark, QString::fromStdString(exception.msg));
    } catch (const std::exception &exception) {
        return Util::Error{QString::fromLocal8Bit(exception.what()), m_fileName, 0, 0};
    }
}

Util::Error YamlSource::errorAt(const YAML::Node &node, const QString &message) const
{
    if (!node.IsDefined())
        return Util::Error{message, m_fileName, 0, 0};
    return errorAt(node.Mark(), message);
}

Util::Error YamlSource::errorAt(const YAML::Mark &mark, const QString &message) const
{
    if (mark.is_null())
        return Util::Error{message, m_fileName, 0, 0};
    return Util::Error{message, m_fileName, mark.line + 1, mark.column + 1};
}

QList<YamlSource::Comment> YamlSource::comments() const
{
    static const QRegularExpression blockStart(QStringLiteral("(^|[:\\-]\\s+|^\\s*-\\s*)[|>][-+0-9]*\\s*$"));
    const QStringList lines = QString::fromUtf8(m_text).split(QLatin1Char('\n'));
    QList<Comment> found;
    int blockParent = -1; // content column of the line that opened a block scalar; -1 outside blocks

    for (int index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (blockParent >= 0) {
            if (line.trimmed().isEmpty() || indent > blockParent)
                continue;
            blockParent = -1;
        }

        const int hash = commentStart(line);
        if (hash >= 0)
            found.append({index + 1, hash + 1, line.mid(hash).trimmed()});
        const QString code = hash >= 0 ? line.left(hash) : line;
        if (blockStart.match(code).hasMatch()) {
            // "key: |" nests under the key; "- |" under the sequence marker.
            const int column = contentColumn(line);
            const bool itemItself = column < line.size() && QStringLiteral("|>").contains(line.at(column));
            blockParent = itemItself ? column - 2 : column;
        }
    }
    return found;
}

} // namespace Helm
