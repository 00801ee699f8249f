#include "mainwindow.h"

namespace Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("PaletteAI Registry Console"));
}

MainWindow::~MainWindow() = default;

} // namespace Ui
