#pragma once

#include <QSyntaxHighlighter>

namespace Ui {

/// Colours a unified diff: added lines green, removed lines red, hunk headers blue. The +/- marks stay,
/// so the diff reads the same without colour.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)

public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Ui
