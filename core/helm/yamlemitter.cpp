#include "yamlemitter.h"

#include "yamlquoting.h"

namespace Helm {

QByteArray YamlEmitter::emit(const YAML::Node &document)
{
    YAML::Emitter emitter;
    emitter.SetIndent(2);
    emitNode(emitter, document);
    QByteArray text(emitter.c_str(), qsizetype(emitter.size()));
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

YAML::Node YamlEmitter::plainScalar(const std::string &text)
{
    YAML::Node node(text);
    node.SetTag("?");
    return node;
}

YAML::Node YamlEmitter::stringScalar(const QString &text)
{
    YAML::Node node(text.toStdString());
    node.SetTag("");
    return node;
}

YAML::Node YamlEmitter::quotedScalar(const QString &text)
{
    YAML::Node node(text.toStdString());
    node.SetTag("!");
    return node;
}

void YamlEmitter::emitNode(YAML::Emitter &emitter, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        emitter << YAML::Null;
        return;
    case YAML::NodeType::Scalar:
        emitScalar(emitter, node);
        return;
    case YAML::NodeType::Sequence:
        if (node.size() == 0)
            emitter << YAML::Flow;
        emitter << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            emitNode(emitter, item);
        emitter << YAML::EndSeq;
        return;
    case YAML::NodeType::Map:
        if (node.size() == 0)
            emitter << YAML::Flow;
        emitter << YAML::BeginMap;
        for (const auto &entry : node) {
            emitter << YAML::Key;
            emitNode(emitter, entry.first);
            emitter << YAML::Value;
            emitNode(emitter, entry.second);
        }
        emitter << YAML::EndMap;
        return;
    }
}

void YamlEmitter::emitScalar(YAML::Emitter &emitter, const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    const std::string &text = node.Scalar();
    if (tag == "?") {
        emitter << text;
        return;
    }
    if (!tag.empty() && tag != "!")
        emitter << YAML::VerbatimTag(tag);

    switch (YamlQuoting::styleFor(QString::fromStdString(text), !tag.empty())) {
    case YamlQuoting::Style::Plain:
        emitter << text;
        break;
    case YamlQuoting::Style::SingleQuoted:
        emitter << YAML::SingleQuoted << text;
        break;
    case YamlQuoting::Style::DoubleQuoted:
        emitter << YAML::DoubleQuoted << text;
        break;
    case YamlQuoting::Style::Literal:
        emitter << YAML::Literal << text;
        break;
    }
}

} // namespace Helm
