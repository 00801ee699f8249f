#pragma once

#include <functional>
#include <optional>

#include <QCommandLineOption>
#include <QList>

#include "command.h"
#include "oci/connectionsettings.h"
#include "oci/fluxartifact.h"
#include "oci/reference.h"

namespace Cli {

/// `pull REF -o DIR`: downloads a Flux artifact and extracts its files safely into a directory.
class PullCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    int run(const QStringList &arguments, Context &context) override;

private:
    struct Pulled
    {
        QList<Oci::FluxArtifact::File> files;
        /// The entry taken when the reference named an index (digest and platform); empty otherwise.
        QString chosenDigest;
        QString chosenPlatform;
    };

    /// What a pull reports while it runs; either may be empty.
    struct Observers
    {
        std::function<void(const QString &)> trace;              ///< every request and wait
        std::function<void(qint64 done, qint64 total)> progress; ///< bytes of the layer read so far
        std::function<bool()> cancelled;                         ///< asked while the layer downloads
    };

    /// Extracts into \a directory, or only lists when it is empty. An index is narrowed to one child by
    /// \a platform ("os/arch[/variant]", may be empty).
    static Util::Result<Pulled> pull(const Oci::Reference &reference, const Oci::ConnectionSettings &settings,
                                     const QString &platform, const QString &directory,
                                     Oci::FluxArtifact::Existing existing, const Observers &observers = {});
    static void print(const Pulled &pulled, bool json, Context &context);

    /// The options and the reference; an exit code when the command stops there.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, Context &context);
    int pullAndReport(const QCommandLineParser &parser, const Oci::Reference &reference,
                      const Oci::ConnectionSettings &settings, bool json, Context &context);

    class Reporter;

    QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("dir")};
    QCommandLineOption m_list{QStringLiteral("list")};
    QCommandLineOption m_force{QStringLiteral("force")};
    QCommandLineOption m_platform{QStringLiteral("platform"), QString(), QStringLiteral("os/arch")};
};

} // namespace Cli
