#pragma once

#include <functional>

#include <QMessageBox>
#include <QString>

class QDialog;
class QWidget;

namespace Ui {

/// Every question, message and file dialog of the console goes through here, so tests can answer them
/// in advance instead of a modal dialog blocking the run. Without a handler the real dialogs are shown.
class Dialogs final
{
public:
    using QuestionHandler = std::function<QMessageBox::StandardButton(const QString &title, const QString &text)>;
    using MessageHandler = std::function<void(QMessageBox::Icon icon, const QString &title, const QString &text)>;
    using FileHandler = std::function<QString(const QString &caption, const QString &directory)>;
    using ExecHandler = std::function<int(QDialog *dialog)>;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);
    /// Runs a dialog modally (QDialog::exec) and returns its result.
    static int exec(QDialog *dialog);

    static void setQuestionHandler(QuestionHandler handler);
    static void setMessageHandler(MessageHandler handler);
    static void setOpenFileHandler(FileHandler handler);
    static void setSaveFileHandler(FileHandler handler);
    static void setDirectoryHandler(FileHandler handler);
    static void setExecHandler(ExecHandler handler);
    static void resetHandlers();
};

} // namespace Ui
