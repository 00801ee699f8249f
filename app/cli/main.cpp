#include <cerrno>
#include <cstdio>
#include <cstdlib>
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
                         [&err] {
                             // Secrets and files given on standard input are small; endless input (a
                             // mistaken `< /dev/zero`, `yes |`) is refused instead of filling memory.
                             constexpr qint64 maxInput = 64 * 1024 * 1024;
                             QFile input;
                             if (!input.open(stdin, QIODevice::ReadOnly))
                                 return QByteArray();
                             QByteArray data = input.read(maxInput + 1);
                             if (data.size() > maxInput) {
                                 err << QCoreApplication::translate("Cli", "error: standard input is larger than "
                                                                           "%1 MiB")
                                            .arg(maxInput / (1024 * 1024))
                                     << Qt::endl;
                                 std::exit(Cli::UsageError);
                             }
                             return data;
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
