#include "dialogs.h"

#include <QDialog>
#include <QFileDialog>

namespace Ui {

namespace {

struct Handlers
{
    Dialogs::QuestionHandler question;
    Dialogs::MessageHandler message;
    Dialogs::FileHandler openFile;
    Dialogs::FileHandler saveFile;
    Dialogs::FileHandler directory;
    Dialogs::ExecHandler exec;
};

Handlers &handlers()
{
    static Handlers instance;
    return instance;
}

} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (handlers().question)
        return handlers().question(title, text);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (handlers().message) {
        handlers().message(icon, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (handlers().openFile)
        return handlers().openFile(caption, directory);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (handlers().saveFile)
        return handlers().saveFile(caption, directory);
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    if (handlers().directory)
        return handlers().directory(caption, directory);
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

int Dialogs::exec(QDialog *dialog)
{
    if (handlers().exec)
        return handlers().exec(dialog);
    return dialog->exec();
}

void Dialogs::setQuestionHandler(QuestionHandler handler)
{
    handlers().question = std::move(handler);
}
void Dialogs::setMessageHandler(MessageHandler handler)
{
    handlers().message = std::move(handler);
}
void Dialogs::setOpenFileHandler(FileHandler handler)
{
    handlers().openFile = std::move(handler);
}
void Dialogs::setSaveFileHandler(FileHandler handler)
{
    handlers().saveFile = std::move(handler);
}
void Dialogs::setDirectoryHandler(FileHandler handler)
{
    handlers().directory = std::move(handler);
}
void Dialogs::setExecHandler(ExecHandler handler)
{
    handlers().exec = std::move(handler);
}

void Dialogs::resetHandlers()
{
    handlers() = Handlers();
}

} // namespace Ui
