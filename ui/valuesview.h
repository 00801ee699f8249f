#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Util {
class ActivityLog;
}

namespace Ui {

class TopologyDocument;

/// The Helm values of the current topology: a live, read-only preview; export to a file; a merge into an
/// existing values file that shows the diff and the merge report before anything is written; and the
/// Secret manifests the values refer to, exported on request.
class ValuesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValuesView)

public:
    ValuesView(TopologyDocument *document, Util::ActivityLog *log, QWidget *parent = nullptr);

    QString previewText() const;
    bool isMergePending() const { return !m_mergePath.isEmpty(); }
    QString diffText() const;
    QStringList mergeReport() const { return m_mergeReport; }

public Q_SLOTS:
    void refresh();
    /// Asks for a file name and writes the complete values file.
    bool exportToFile();
    /// Merges into \a path (asks for one when empty) and shows the result; nothing is written yet.
    bool prepareMerge(const QString &path = QString());
    /// Writes the merge shown; false when none is pending or writing failed.
    bool writeMerge();
    void discardMerge();
    bool exportSecretManifests();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createMergePanel();
    bool confirmDespiteErrors(const QString &action);

    TopologyDocument *m_document;
    Util::ActivityLog *m_log;
    QPlainTextEdit *m_preview;
    QLabel *m_exportNotes;
    QWidget *m_mergePanel;
    QLabel *m_mergeTitle;
    QLabel *m_mergeReportLabel;
    QPlainTextEdit *m_diff;
    QTimer m_refreshTimer;
    bool m_stale = true;
    QString m_mergePath;
    QString m_mergedText;
    QStringList m_mergeReport;
};

} // namespace Ui
