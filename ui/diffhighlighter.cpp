#include "diffhighlighter.h"

namespace Ui {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x15, 0x65, 0xc0));
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x1b, 0x5e, 0x20));
        format.setBackground(QColor(0xe8, 0xf5, 0xe9));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0xb7, 0x1c, 0x1c));
        format.setBackground(QColor(0xfd, 0xec, 0xea));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace Ui
