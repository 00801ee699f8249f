#include <cerrno>
#include <cstdio>
#include <cstring>

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
    const int code = Cli::runCli(QCoreApplication::arguments().mid(1), context);

    // Output that did not arrive (a full disk, a closed pipe) is a failure: a script reading a digest from
    // standard output must not get success and an empty file.
    out.flush();
    const bool written = out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (!written) {
        const int reason = errno;
        err << QCoreApplication::translate("Cli", "error: cannot write to standard output: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(reason)))
            << Qt::endl;
        return code == Cli::Success ? Cli::Failure : code;
    }
    return code;
}
