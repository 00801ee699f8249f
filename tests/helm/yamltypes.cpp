#include "yamltypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

namespace YamlTypes {

namespace {

QString coreSchemaType(const YAML::Node &node)
{
    if (node.Tag() != "?")
        return QStringLiteral("str");
    const QString text = QString::fromStdString(node.Scalar());
    static const QRegularExpression null(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression boolean(QStringLiteral("^(true|True|TRUE|false|False|FALSE)$"));
    static const QRegularExpression integer(QStringLiteral("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"));
    static const QRegularExpression real(QStringLiteral(
        "^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    if (null.match(text).hasMatch())
        return QStringLiteral("null");
    if (boolean.match(text).hasMatch())
        return QStringLiteral("bool");
    if (integer.match(text).hasMatch())
        return QStringLiteral("int");
    if (real.match(text).hasMatch())
        return QStringLiteral("float");
    return QStringLiteral("str");
}

const char *pythonScript = R"PY(
import datetime, json, sys, yaml
def typed(value):
    if isinstance(value, dict):
        return {"map": [[typed(k), typed(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return {"seq": [typed(v) for v in value]}
    if isinstance(value, bool):
        return {"type": "bool"}
    if isinstance(value, int):
        return {"type": "int"}
    if isinstance(value, float):
        return {"type": "float"}
    if value is None:
        return {"type": "null"}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return {"type": "timestamp"}
    return {"type": "str", "value": value}
json.dump(typed(yaml.safe_load(sys.stdin.buffer.read())), sys.stdout)
)PY";

} // namespace

QJsonValue fromYamlCpp(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("null")}};
    case YAML::NodeType::Scalar:
        return QJsonObject{{QStringLiteral("type"), coreSchemaType(node)},
                           {QStringLiteral("value"), QString::fromStdString(node.Scalar())}};
    case YAML::NodeType::Sequence: {
        QJsonArray items;
        for (const YAML::Node &item : node)
            items.append(fromYamlCpp(item));
        return QJsonObject{{QStringLiteral("seq"), items}};
    }
    case YAML::NodeType::Map: {
        QJsonArray entries;
        for (const auto &entry : node)
            entries.append(QJsonArray{fromYamlCpp(entry.first), fromYamlCpp(entry.second)});
        return QJsonObject{{QStringLiteral("map"), entries}};
    }
    }
    return {};
}

QJsonValue fromText(const QByteArray &text)
{
    return fromYamlCpp(YAML::Load(text.toStdString()));
}

QJsonValue comparable(const QJsonValue &typed)
{
    QJsonObject object = typed.toObject();
    if (object.contains(QStringLiteral("map"))) {
        QJsonArray entries;
        for (const QJsonValue &entry : object.value(QStringLiteral("map")).toArray()) {
            const QJsonArray pair = entry.toArray();
            entries.append(QJsonArray{comparable(pair.at(0)), comparable(pair.at(1))});
        }
        return QJsonObject{{QStringLiteral("map"), entries}};
    }
    if (object.contains(QStringLiteral("seq"))) {
        QJsonArray items;
        for (const QJsonValue &item : object.value(QStringLiteral("seq")).toArray())
            items.append(comparable(item));
        return QJsonObject{{QStringLiteral("seq"), items}};
    }
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("str"))
        object.remove(QStringLiteral("value"));
    return object;
}

QJsonValue fromPython(const QByteArray &text, QString *error)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(pythonScript)});
    if (!python.waitForStarted()) {
        *error = QStringLiteral("python3 did not start");
        return {};
    }
    python.write(text);
    python.closeWriteChannel();
    python.waitForFinished(30000);
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace YamlTypes
