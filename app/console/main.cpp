#include <QApplication>

#include "mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PaletteAI Registry Console"));
    QApplication::setOrganizationName(QStringLiteral("PaletteAI"));
    QApplication::setApplicationVersion(QStringLiteral(PRC_VERSION));

    Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
