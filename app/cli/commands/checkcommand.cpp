#include "checkcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "jobrunner.h"
#include "ociconnectionoptions.h"
#include "oci/compatibilitycheck.h"
#include "oci/reference.h"

namespace Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli::CheckCommand", text);
}
} // namespace

QString CheckCommand::summary() const
{
    return tr("Check that a registry can carry PaletteAI artifacts.");
}

int CheckCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    OciConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption repository(QStringLiteral("repository"), tr("Repository for the probe artifact."),
                                        QStringLiteral("path"), QStringLiteral("paletteai-compatibility-check"));
    parser.addOption(repository);
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("host[:port] or oci://host[:port]"));
    if (auto stop = parse(parser, arguments, context, QStringLiteral("registry check REGISTRY [options]")))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("error: expected one REGISTRY") << Qt::endl;
        return UsageError;
    }
    auto registry = Oci::Reference::parse(parser.positionalArguments().first(), true);
    auto settings = registry ? connection.settings(parser, context, registry->registry())
                             : Util::Result<Oci::ConnectionSettings>(registry.error());
    const std::optional<bool> json = connection.wantsJson(parser, context);
    if (!json)
        return UsageError;
    if (!registry || !settings) {
        context.err << tr("error: %1").arg((registry ? settings.error() : registry.error()).toString()) << Qt::endl;
        return UsageError;
    }

    if (auto probe = Oci::Reference::fromParts(registry->registry(), parser.value(repository)); !probe) {
        context.err << tr("error: --repository: %1").arg(probe.error().message) << Qt::endl;
        return UsageError;
    }

    Oci::CompatibilityCheck check(registry->registry(), parser.value(repository), *settings);
    JobRunner runner(context, parser.isSet(QStringLiteral("verbose")));
    // The report below gives the verdict, failed steps and all; "n step(s) failed" would only repeat it.
    runner.setErrorWording([](const QString &) { return QString(); });
    const bool passed = runner.run(check);
    const bool unknown = !passed && (check.unreachable() || check.authenticationFailed());

    if (*json) {
        QJsonArray steps;
        for (const auto &step : check.steps()) {
            const QString outcome = step.outcome == Oci::CompatibilityCheck::Outcome::Passed ? QStringLiteral("passed")
                                    : step.outcome == Oci::CompatibilityCheck::Outcome::Failed
                                        ? QStringLiteral("failed")
                                        : QStringLiteral("skipped");
            steps.append(QJsonObject{{QLatin1String("id"), step.id},
                                     {QLatin1String("title"), step.title},
                                     {QLatin1String("outcome"), outcome},
                                     {QLatin1String("detail"), step.detail}});
        }
        const QJsonObject object{
            {QLatin1String("registry"), registry->registry()},
            // Unknown is neither: a script reading false would conclude "incompatible".
            {QLatin1String("compatible"), unknown ? QJsonValue() : QJsonValue(passed)},
            {QLatin1String("reached"), !check.unreachable()},
            {QLatin1String("authenticated"), !check.unreachable() && !check.authenticationFailed()},
            {QLatin1String("steps"), steps}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &step : check.steps()) {
            context.out << Oci::CompatibilityCheck::outcomeName(step.outcome).leftJustified(8) << step.title
                        << QLatin1Char('\n') << QStringLiteral("        ") << step.detail << QLatin1Char('\n');
        }
        context.out << (passed                ? tr("The registry is compatible with PaletteAI.")
                        : check.unreachable() ? tr("The registry could not be reached; compatibility is unknown.")
                        : check.authenticationFailed()
                            ? tr("The registry did not accept the login; compatibility is unknown until the check "
                                 "can log in.")
                            : tr("The registry is NOT compatible with PaletteAI."))
                    << Qt::endl;
    }
    return passed ? Success : Failure;
}

} // namespace Cli
