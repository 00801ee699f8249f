#include "topologyfile.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include "topologyreader.h"
#include "topologywriter.h"
#include "util/atomicfile.h"

namespace Topology {

Util::Result<Topology> TopologyFile::read(const QString &path)
{
    const Util::Result<QByteArray> data = Util::readFile(path);
    if (!data)
        return data.error();
    return parse(*data, path);
}

Util::Result<Topology> TopologyFile::parse(const QByteArray &data, const QString &fileName)
{
    // yaml-cpp reports problems with exceptions; they stop here.
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        return TopologyReader(fileName).read(root);
    } catch (const TopologyReader::ReadError &failure) {
        return failure.error;
    } catch (const YAML::Exception &exception) {
        const bool located = !exception.mark.is_null();
        return Util::Error{tr("not valid YAML: %1").arg(QString::fromStdString(exception.msg)), fileName,
                           located ? exception.mark.line + 1 : 0, located ? exception.mark.column + 1 : 0};
    }
}

QByteArray TopologyFile::serialize(const Topology &topology)
{
    return TopologyWriter(topology).write();
}

Util::Result<void> TopologyFile::write(const QString &path, const Topology &topology)
{
    return Util::writeFileAtomically(path, serialize(topology));
}

} // namespace Topology
