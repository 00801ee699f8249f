#include "valuesview.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include "coreapi.h"
#include "dialogs.h"
#include "diffhighlighter.h"
#include "settings.h"
#include "topologydocument.h"
#include "util/activitylog.h"
#include "util/atomicfile.h"
#include "util/linediff.h"

namespace Ui {

namespace {

QString source()
{
    return ValuesView::tr("Helm values");
}

QString yamlFilter()
{
    return ValuesView::tr("Helm values (*.yaml *.yml);;All files (*)");
}

QPlainTextEdit *makeCodeView()
{
    auto *view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QString bulletList(const QStringList &lines)
{
    QString html;
    for (const QString &line : lines)
        html += QStringLiteral("• %1<br>").arg(line.toHtmlEscaped());
    return html;
}

} // namespace

ValuesView::ValuesView(TopologyDocument *document, Util::ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_log(log)
    , m_preview(makeCodeView())
    , m_exportNotes(new QLabel)
{
    m_preview->setObjectName(QStringLiteral("valuesPreview"));
    m_exportNotes->setWordWrap(true);
    m_exportNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *exportButton = new QPushButton(tr("Export to File…"));
    auto *mergeButton = new QPushButton(tr("Merge into Existing File…"));
    auto *secretsButton = new QPushButton(tr("Export Secret Manifests…"));
    connect(exportButton, &QPushButton::clicked, this, &ValuesView::exportToFile);
    connect(mergeButton, &QPushButton::clicked, this, [this] { prepareMerge(); });
    connect(secretsButton, &QPushButton::clicked, this, &ValuesView::exportSecretManifests);

    auto *intro = new QLabel(tr("The <b>hue.ociRegistry</b> and <b>fleetConfig.spokes[].ociRegistry</b> sections "
                                "for <tt>helm install/upgrade -f</tt>, updated as you edit the topology."));
    intro->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(intro, 1);
    bar->addWidget(exportButton);
    bar->addWidget(mergeButton);
    bar->addWidget(secretsButton);

    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_exportNotes);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(previewPane);
    splitter->addWidget(createMergePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ValuesView::refresh);
    const auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            m_refreshTimer.start();
    };
    connect(document, &TopologyDocument::topologyChanged, this, markStale);
    connect(document, &TopologyDocument::documentReset, this, [this, markStale] {
        discardMerge();
        markStale();
    });
}

QWidget *ValuesView::createMergePanel()
{
    m_mergePanel = new QWidget;
    m_mergeTitle = new QLabel;
    m_mergeTitle->setWordWrap(true);
    m_mergeReportLabel = new QLabel;
    m_mergeReportLabel->setWordWrap(true);
    m_mergeReportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff = makeCodeView();
    m_diff->setObjectName(QStringLiteral("mergeDiff"));
    new DiffHighlighter(m_diff->document());

    auto *write = new QPushButton(tr("Write Merged File"));
    write->setObjectName(QStringLiteral("writeMerge"));
    auto *discard = new QPushButton(tr("Discard"));
    connect(write, &QPushButton::clicked, this, &ValuesView::writeMerge);
    connect(discard, &QPushButton::clicked, this, &ValuesView::discardMerge);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(discard);
    buttons->addWidget(write);

    auto *layout = new QVBoxLayout(m_mergePanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mergeTitle);
    layout->addWidget(m_mergeReportLabel);
    layout->addWidget(m_diff, 1);
    layout->addLayout(buttons);
    m_mergePanel->setVisible(false);
    return m_mergePanel;
}

QString ValuesView::previewText() const
{
    return m_preview->toPlainText();
}

QString ValuesView::diffText() const
{
    return m_diff->toPlainText();
}

void ValuesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ValuesView::refresh()
{
    m_stale = false;
    const auto values = CoreApi::valuesText(m_document->topology());
    if (!values) {
        m_preview->setPlainText(QString());
        m_exportNotes->setText(values.error().toString());
        return;
    }

    // Keep the reader's place while the text updates under them.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setPlainText(values->text);
    m_preview->verticalScrollBar()->setValue(scroll);
    m_exportNotes->setText(values->report.isEmpty() ? QString() : bulletList(values->report));
    m_exportNotes->setVisible(!values->report.isEmpty());
}

bool ValuesView::confirmDespiteErrors(const QString &action)
{
    int errors = 0;
    for (const CoreApi::Finding &finding : m_document->findings())
        errors += finding.severity == CoreApi::Finding::Severity::Error ? 1 : 0;
    if (errors == 0)
        return true;
    return Dialogs::question(this, action,
                             tr("The topology has %n error(s). Values written now would not work as planned. "
                                "Write them anyway?",
                                nullptr, errors),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool ValuesView::exportToFile()
{
    if (!confirmDespiteErrors(tr("Export Values")))
        return false;
    const QString path = Dialogs::saveFileName(
        this, tr("Export Values"), Settings::lastDirectory(Settings::Key::LastValuesDirectory), yamlFilter());
    if (path.isEmpty())
        return false;
    Settings::setLastDirectoryFromFile(Settings::Key::LastValuesDirectory, path);

    const auto values = CoreApi::valuesText(m_document->topology());
    const auto written =
        values ? Util::writeFileAtomically(path, values->text.toUtf8()) : Util::Result<void>(values.error());
    if (!written) {
        m_log->error(source(), written.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Export Values"), written.error().toString());
        return false;
    }
    m_log->info(source(), tr("Wrote values to %1.").arg(path));
    for (const QString &note : values->report)
        m_log->warning(source(), note);
    return true;
}

bool ValuesView::prepareMerge(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = Dialogs::openFileName(this, tr("Merge into Values File"),
                                     Settings::lastDirectory(Settings::Key::LastValuesDirectory), yamlFilter());
    }
    if (path.isEmpty())
        return false;
    Settings::setLastDirectoryFromFile(Settings::Key::LastValuesDirectory, path);

    const auto existing = Util::readFile(path);
    const auto merged = CoreApi::mergeValues(path, m_document->topology());
    if (!existing || !merged) {
        const QString message = !existing ? existing.error().toString() : merged.error().toString();
        m_log->error(source(), message);
        Dialogs::message(this, QMessageBox::Warning, tr("Merge into Values File"), message);
        return false;
    }

    m_mergePath = path;
    m_mergedText = merged->mergedText;
    m_mergeReport = merged->report;
    const QString name = QFileInfo(path).fileName();
    const QString diff =
        Util::unifiedDiff(QString::fromUtf8(existing.value()), m_mergedText, name, tr("%1 (merged)").arg(name));
    m_diff->setPlainText(diff.isEmpty() ? tr("The file already holds these values; nothing would change.") : diff);
    m_mergeTitle->setText(tr("<b>Merge into %1</b><br>Review the changes below. Nothing is written until you "
                             "choose <i>Write Merged File</i>.")
                              .arg(path.toHtmlEscaped()));
    m_mergeReportLabel->setText(m_mergeReport.isEmpty() ? tr("Every other key keeps its value and order.")
                                                        : bulletList(m_mergeReport));
    m_mergePanel->setVisible(true);
    return true;
}

bool ValuesView::writeMerge()
{
    if (m_mergePath.isEmpty() || !confirmDespiteErrors(tr("Write Merged File")))
        return false;
    const auto written = Util::writeFileAtomically(m_mergePath, m_mergedText.toUtf8());
    if (!written) {
        m_log->error(source(), written.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Write Merged File"), written.error().toString());
        return false;
    }
    m_log->info(source(), tr("Merged the registry sections into %1.").arg(m_mergePath));
    for (const QString &note : std::as_const(m_mergeReport))
        m_log->warning(source(), note);
    discardMerge();
    return true;
}

void ValuesView::discardMerge()
{
    m_mergePath.clear();
    m_mergedText.clear();
    m_mergeReport.clear();
    m_diff->clear();
    m_mergePanel->setVisible(false);
}

bool ValuesView::exportSecretManifests()
{
    const QString directory = Dialogs::existingDirectory(this, tr("Export Secret Manifests"),
                                                         Settings::lastDirectory(Settings::Key::LastExportDirectory));
    if (directory.isEmpty())
        return false;
    Settings::setValue(Settings::Key::LastExportDirectory, directory);

    const auto written = CoreApi::writeSecretManifests(directory, m_document->topology());
    if (!written) {
        m_log->error(source(), written.error().toString());
        Dialogs::message(this, QMessageBox::Warning, tr("Export Secret Manifests"), written.error().toString());
        return false;
    }
    for (const QString &line : written.value())
        m_log->info(source(), line);
    Dialogs::message(this, QMessageBox::Information, tr("Export Secret Manifests"),
                     written->isEmpty() ? tr("The topology refers to no Secrets the console can write.")
                                        : bulletList(written.value()));
    return true;
}

} // namespace Ui
