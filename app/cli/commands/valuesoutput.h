#pragma once

#include <optional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "helm/valuesreport.h"
#include "topology/validator.h"

namespace Cli {

struct Context;

/// What `values export` and `values import` share: the output format and how reports are printed.
class ValuesOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ValuesOutput)

public:
    enum class Format { Text, Json };

    /// "text" or "json"; std::nullopt for anything else.
    static std::optional<Format> parseFormat(const QString &text);

    /// The -o/--output FILE option; \a description says what is written there instead of standard output.
    static QCommandLineOption outputOption(const QString &description);

    /// The --format option, "text" unless given; \a description says where each format goes.
    static QCommandLineOption formatOption(const QString &description);

    /// After parsing: the --format value when it is known and exactly one input file is named. Prints the
    /// usage line and returns nothing otherwise.
    static std::optional<Format> checkArguments(const QCommandLineParser &parser, const QCommandLineOption &format,
                                                const QString &usage, Context &context);

    /// Validation findings as report items, so one report carries everything the user must read. Without
    /// \a withNotes, info findings are summed up in one line (`topology validate` lists them).
    static Helm::ValuesReport fromValidation(const Topology::ValidationReport &validation, const QString &file,
                                             bool withNotes);

    /// True when the report says plain-text passwords or keys went into the output: it is then made
    /// readable by its owner only.
    static bool holdsSecrets(const Helm::ValuesReport &report);

    /// Prints \a report for people on the error stream, followed by a one-line summary.
    static void printText(Context &context, const Helm::ValuesReport &report);

    /// Prints \a object as indented JSON on the output stream.
    static void printJson(Context &context, const QJsonObject &object);

    /// An error that stops the command, in the chosen format. Returns \a exitCode.
    static int fail(Context &context, Format format, const QString &message, int exitCode);
};

} // namespace Cli
