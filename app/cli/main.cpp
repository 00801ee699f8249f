#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

#include "command.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paletteai-registry"));
    QCoreApplication::setOrganizationName(QStringLiteral("PaletteAI"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRC_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Context context{out, err,
                         [] {
                             QFile input;
                             if (!input.open(stdin, QIODevice::ReadOnly))
                                 return QByteArray();
                             return input.readAll();
                         },
                         isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1};
    return Cli::runCli(QCoreApplication::arguments().mid(1), context);
}
