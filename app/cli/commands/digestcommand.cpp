#include "digestcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "oci/digest.h"

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::DigestCommand", text);
}
} // namespace

QString DigestCommand::summary() const
{
    return tr("Print the digest of a file.");
}

int DigestCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption algorithm(QStringLiteral("algorithm"), tr("sha256 (default) or sha512."),
                                       QStringLiteral("name"), QStringLiteral("sha256"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    parser.addOptions({algorithm, format});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to hash."));
    if (auto stop = parse(parser, arguments, context,
                          QStringLiteral("digest FILE [--algorithm sha256|sha512] [--format text|json]")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: expected exactly one FILE") << Qt::endl;
        return UsageError;
    }
    if (parser.value(format) != QLatin1String("text") && parser.value(format) != QLatin1String("json")) {
        context.err << tr("error: unknown format '%1' (use text or json)").arg(parser.value(format)) << Qt::endl;
        return UsageError;
    }
    const QString name = parser.value(algorithm);
    if (name != QLatin1String("sha256") && name != QLatin1String("sha512")) {
        context.err << tr("error: unknown algorithm '%1'").arg(name) << Qt::endl;
        return UsageError;
    }

    // A missing file or a directory is unusable input, not a failed operation.
    const QFileInfo file(parser.positionalArguments().first());
    if (!file.isFile() || !file.isReadable()) {
        const QString reason = !file.exists()   ? tr("no such file")
                               : file.isDir()   ? tr("is a directory; digest hashes one file")
                               : !file.isFile() ? tr("is not a regular file")
                                                : tr("cannot be read (permission denied)");
        context.err << tr("error: %1: %2").arg(file.filePath(), reason) << Qt::endl;
        return UsageError;
    }
    const auto digest = Oci::Digest::ofFile(parser.positionalArguments().first(), name == QLatin1String("sha512")
                                                                                      ? Oci::Digest::Algorithm::Sha512
                                                                                      : Oci::Digest::Algorithm::Sha256);
    if (!digest) {
        context.err << tr("error: %1").arg(digest.error().toString()) << Qt::endl;
        return Failure;
    }
    if (parser.value(format) == QLatin1String("json")) {
        const QJsonObject object{{QLatin1String("digest"), digest->toString()},
                                 {QLatin1String("size"), file.size()},
                                 {QLatin1String("file"), file.filePath()}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.out << digest->toString() << Qt::endl;
    }
    return Success;
}

} // namespace Cli
