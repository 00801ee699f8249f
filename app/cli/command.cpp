#include "command.h"

#include <algorithm>

#include <QCoreApplication>

#include "commands/registration.h"

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString versionLine()
{
    return QStringLiteral("paletteai-registry ") + QStringLiteral(PRC_VERSION);
}
} // namespace

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments, Context &context,
                                  const QString &usage) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{name()} + arguments)) {
        context.err << tr("error: %1").arg(parser.errorText()) << Qt::endl;
        context.err << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Replace Qt's "Usage: <name> [options]" first line with the full command path.
        const int firstBreak = text.indexOf(QLatin1Char('\n'));
        text = tr("Usage: paletteai-registry %1").arg(usage) + text.mid(firstBreak);
        context.out << text;
        context.out.flush();
        return Success;
    }
    if (parser.isSet(version)) {
        context.out << versionLine() << Qt::endl;
        return Success;
    }
    return std::nullopt;
}

CommandGroup::CommandGroup(const QString &name, const QString &summary)
    : m_name(name)
    , m_summary(summary)
{
}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandGroup::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandGroup::helpText(const QString &path) const
{
    QString text = tr("Usage: %1 <command> [options]").arg(path) + QLatin1String("\n\n") + m_summary +
                   QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &command : m_commands)
        width = qMax(width, int(command->name().size()));
    for (const auto &command : m_commands)
        text += QLatin1String("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    text +=
        QLatin1Char('\n') + tr("Run '%1 <command> --help' for the options of a command.").arg(path) + QLatin1Char('\n');
    return text;
}

int CommandGroup::run(const QStringList &arguments, Context &context)
{
    const QString path =
        m_name == QLatin1String("paletteai-registry") ? m_name : QStringLiteral("paletteai-registry ") + m_name;
    if (arguments.isEmpty()) {
        context.err << helpText(path);
        return UsageError;
    }

    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        context.out << helpText(path);
        return Success;
    }
    if (first == QLatin1String("--version")) {
        context.out << versionLine() << Qt::endl;
        return Success;
    }

    Command *command = find(first);
    if (!command) {
        context.err << tr("error: unknown command '%1'").arg(first) << QLatin1Char('\n') << helpText(path);
        return UsageError;
    }
    return command->run(arguments.mid(1), context);
}

std::unique_ptr<CommandGroup> makeRootCommand()
{
    auto root =
        std::make_unique<CommandGroup>(QStringLiteral("paletteai-registry"),
                                       tr("Plans, checks and operates the OCI registries of a PaletteAI fleet."));
    registerTopologyCommands(*root);
    registerValuesCommands(*root);
    registerOciCommands(*root);
    registerCredentialCommands(*root);
    return root;
}

int runCli(const QStringList &arguments, Context &context)
{
    const auto root = makeRootCommand();
    const int code = root->run(arguments, context);
    context.out.flush();
    context.err.flush();
    return code;
}

QString quotedForTerminal(const QString &text)
{
    const bool plain = !text.startsWith(QLatin1Char('"')) && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    });
    if (plain)
        return text;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            quoted += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            quoted += QStringLiteral("\\t");
        else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\') + c;
        else if (c.category() == QChar::Other_Control)
            quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            quoted += c;
    }
    return quoted + QLatin1Char('"');
}

} // namespace Cli
