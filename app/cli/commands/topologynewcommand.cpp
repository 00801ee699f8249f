#include "topologynewcommand.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "topology/templates.h"
#include "topology/topologyfile.h"

namespace Cli {

namespace {

const char *const kinds = "hub-as-spoke|single-external|registry-on-hub|multiple-registries";

} // namespace

QString TopologyNewCommand::name() const
{
    return QStringLiteral("new");
}

QString TopologyNewCommand::summary() const
{
    return tr("Write a new topology file from the template of a topology kind.");
}

int TopologyNewCommand::run(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("The topology kind: %1.").arg(QLatin1String(kinds)),
                                        tr("kind"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The topology file to write."), tr("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Overwrite the file when it exists."));
    parser.addOptions({kindOption, outputOption, forceOption});
    const QString usage = QStringLiteral("topology new --kind <%1> -o FILE [--force]").arg(QLatin1String(kinds));
    if (const auto stop = parse(parser, arguments, context, usage))
        return *stop;

    if (!parser.isSet(kindOption) || !parser.isSet(outputOption) || !parser.positionalArguments().isEmpty()) {
        context.err << tr("error: --kind and -o are required and nothing else is taken") << Qt::endl
                    << tr("usage: paletteai-registry %1").arg(usage) << Qt::endl;
        return UsageError;
    }
    const std::optional<Topology::TopologyKind> kind = Topology::topologyKindFromKey(parser.value(kindOption));
    if (!kind) {
        context.err << tr("error: unknown kind '%1'; use one of %2").arg(parser.value(kindOption), QLatin1String(kinds))
                    << Qt::endl;
        return UsageError;
    }

    const QString path = parser.value(outputOption);
    if (QFileInfo::exists(path) && !parser.isSet(forceOption)) {
        context.err << tr("error: %1 exists; pass --force to overwrite it").arg(path) << Qt::endl;
        return Failure;
    }
    const Util::Result<void> written = Topology::TopologyFile::write(path, Topology::makeTemplate(*kind));
    if (!written) {
        context.err << tr("error: %1").arg(written.error().toString()) << Qt::endl;
        return Failure;
    }
    context.out << tr("Wrote a %1 topology to %2.").arg(Topology::displayName(*kind), path) << Qt::endl;
    return Success;
}

} // namespace Cli
