#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Cli {

/// Exit codes shared by every sub-command.
enum ExitCode : int {
    Success = 0,
    Failure = 1,       ///< the command ran and found errors, or the operation failed
    UsageError = 2,    ///< unusable input: bad arguments, unreadable or malformed files
    Interrupted = 130, ///< stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it)
};

/// Where a command reads and writes. Tests build one over string buffers and run commands in-process.
struct Context
{
    QTextStream &out;
    QTextStream &err;
    std::function<QByteArray()> readStandardInput;
    bool outIsTerminal = false;
    bool errIsTerminal = false;
};

/// One sub-command (or a group of them). Arguments exclude the command's own name.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &arguments, Context &context) = 0;

protected:
    /// Parses \a arguments with \a parser after adding --help and --version. Returns an exit code when the
    /// command must stop here (help or version shown, or a usage error reported), std::nullopt to go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, Context &context,
                             const QString &usage) const;
};

/// A command made of sub-commands: `topology new`, `values export`, ...
class CommandGroup : public Command
{
public:
    CommandGroup(const QString &name, const QString &summary);

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    int run(const QStringList &arguments, Context &context) override;

    void add(std::unique_ptr<Command> command);
    Command *find(const QString &name) const;
    QString helpText(const QString &path) const;

private:
    QString m_name;
    QString m_summary;
    std::vector<std::unique_ptr<Command>> m_commands;
};

/// Text from a registry or an archive (a file name, an annotation, a tag), made safe for one line of a
/// terminal: with a line break or another control character in it (or a leading double quote) it is shown
/// in double quotes with C escapes, so it can neither pass for two lines nor move the cursor. JSON output
/// gives such text exactly.
QString quotedForTerminal(const QString &text);

/// The whole command tree of `paletteai-registry`.
std::unique_ptr<CommandGroup> makeRootCommand();

/// Runs the tool in-process: \a arguments exclude the program name.
int runCli(const QStringList &arguments, Context &context);

} // namespace Cli
