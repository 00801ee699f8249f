#include "valuesmerger.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "valuesimporter.h"
#include "valuesnodes.h"
#include "yamlemitter.h"
#include "yamlsource.h"

namespace Helm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Helm", text);
}

ReportItem itemAt(const YamlSource &source, const YAML::Node &node, ReportItem::Severity severity, const QString &code,
                  const QString &message)
{
    const YAML::Mark mark = node.Mark();
    const bool known = !mark.is_null();
    return {severity, code, message, source.fileName(), known ? mark.line + 1 : 0, known ? mark.column + 1 : 0};
}

// The console's section, followed by keys of the old section that the chart does not define.
YAML::Node mergedSection(const YamlSource &source, const YAML::Node &old, const ValuesSection &section,
                         ValuesReport &report)
{
    YAML::Node fresh = ValuesNodes::ociRegistry(section);
    if (!old || !old.IsMap())
        return fresh;
    for (const auto &entry : old) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (ValuesNodes::ociRegistryKeys().contains(key))
            continue;
        fresh[entry.first] = entry.second;
        // An explicit context: lupdate takes a function returning YAML::Node for a member of YAML.
        const QString message =
            QCoreApplication::translate("Helm", "%1: key '%2' in ociRegistry is not a chart field; kept as it was");
        report.add(itemAt(source, entry.first, ReportItem::Severity::Warning, QStringLiteral("unknown-key-kept"),
                          message.arg(section.cluster, key)));
    }
    return fresh;
}

Util::Result<void> requireMapOrAbsent(const YamlSource &source, const YAML::Node &node, const QString &path)
{
    if (node && !node.IsMap() && !node.IsNull())
        return source.errorAt(node, tr("'%1' must be a map").arg(path));
    return {};
}

struct SpokeIndex
{
    QHash<QString, int> positions;
    QList<QString> names;
};

Util::Result<SpokeIndex> indexSpokes(const YamlSource &source, const YAML::Node &spokes)
{
    SpokeIndex index;
    for (std::size_t position = 0; position < spokes.size(); ++position) {
        const YAML::Node entry = spokes[position];
        const YAML::Node name = entry.IsMap() ? entry["name"] : YAML::Node(YAML::NodeType::Undefined);
        if (!name || !name.IsScalar()) {
            return source.errorAt(entry,
                                  tr("fleetConfig.spokes[%1] has no 'name'; spokes are matched by name").arg(position));
        }
        const QString text = QString::fromStdString(name.Scalar());
        if (index.positions.contains(text))
            return source.errorAt(name, tr("spoke name '%1' appears more than once").arg(text));
        index.positions.insert(text, int(position));
        index.names.append(text);
    }
    return index;
}

void mergeSpokes(const YamlSource &source, YAML::Node &document, const SpokeIndex &index, const ExportPlan &plan,
                 ValuesReport &report)
{
    YAML::Node fileSpokes = document["fleetConfig"]["spokes"];
    if (!fileSpokes.IsSequence())
        fileSpokes = YAML::Node(YAML::NodeType::Sequence);

    QSet<QString> matched;
    for (const ValuesSection &section : plan.spokes()) {
        const auto found = index.positions.constFind(section.cluster);
        if (found == index.positions.cend()) {
            fileSpokes.push_back(ValuesNodes::spokeEntry(section));
            report.warning(QStringLiteral("spoke-appended"),
                           tr("spoke '%1' was not in %2 and is appended with name and ociRegistry only; "
                              "add its hubRef and kubeconfig")
                               .arg(section.cluster, source.fileName()));
            continue;
        }
        matched.insert(section.cluster);
        YAML::Node entry = fileSpokes[std::size_t(*found)];
        const YAML::Node oldSection = std::as_const(entry)["ociRegistry"];
        entry["ociRegistry"] = mergedSection(source, oldSection, section, report);
    }
    document["fleetConfig"]["spokes"] = fileSpokes;

    for (const QString &name : index.names) {
        if (!matched.contains(name)) {
            report.warning(QStringLiteral("spoke-not-in-topology"),
                           tr("spoke '%1' of %2 is not in the topology; kept untouched").arg(name, source.fileName()));
        }
    }
}

void reportComments(const YamlSource &source, ValuesReport &report)
{
    for (const YamlSource::Comment &comment : source.comments()) {
        report.add({ReportItem::Severity::Warning, QStringLiteral("comment-dropped"),
                    tr("comment not kept: %1").arg(comment.text), source.fileName(), comment.line, comment.column});
    }
}

} // namespace

Util::Result<ValuesMerger::Result> ValuesMerger::merge(const QByteArray &existing, const QString &fileName,
                                                       const ExportPlan &plan)
{
    const YamlSource source(existing, fileName);
    try {
        return mergeInto(source, plan);
    } catch (const YAML::Exception &exception) {
        return source.errorAt(exception.mark, QString::fromStdString(exception.msg));
    }
}

Util::Result<ValuesMerger::Result> ValuesMerger::mergeInto(const YamlSource &source, const ExportPlan &plan)
{
    Util::Result<YAML::Node> loaded = source.load();
    if (!loaded)
        return loaded.error();
    YAML::Node document = loaded.value();
    if (!document.IsMap())
        return source.errorAt(document, tr("a values file must be a map at the top level"));
    if (const Util::Result<void> values = ValuesImporter::rejectKubernetesObject(source, document); !values)
        return values.error();

    const YAML::Node constDocument = document;
    const YAML::Node hue = constDocument["hue"];
    const YAML::Node fleet = constDocument["fleetConfig"];
    const YAML::Node spokes = fleet && fleet.IsMap() ? fleet["spokes"] : YAML::Node(YAML::NodeType::Undefined);
    for (const auto &check : {requireMapOrAbsent(source, hue, QStringLiteral("hue")),
                              requireMapOrAbsent(source, fleet, QStringLiteral("fleetConfig"))}) {
        if (!check)
            return check.error();
    }
    if (spokes && !spokes.IsSequence() && !spokes.IsNull())
        return source.errorAt(spokes, tr("'fleetConfig.spokes' must be a list"));
    Util::Result<SpokeIndex> index = indexSpokes(source, spokes ? spokes : YAML::Node(YAML::NodeType::Sequence));
    if (!index)
        return index.error();

    Result result;
    result.report = plan.report();
    const YAML::Node oldHub = hue && hue.IsMap() ? hue["ociRegistry"] : YAML::Node(YAML::NodeType::Undefined);
    document["hue"]["ociRegistry"] = mergedSection(source, oldHub, plan.hub(), result.report);

    // A file without spokes gets no empty spoke list: only keys the console has something to write are added.
    if (spokes || !plan.spokes().isEmpty())
        mergeSpokes(source, document, *index, plan, result.report);
    reportComments(source, result.report);
    result.text = YamlEmitter::emit(document);
    return result;
}

} // namespace Helm
