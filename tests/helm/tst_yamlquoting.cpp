#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "helm/yamlemitter.h"
#include "helm/yamlquoting.h"
#include "yamltypes.h"

using Helm::YamlQuoting;

class TestYamlQuoting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void style_data();
    void style();
    void roundTrip_data();
    void roundTrip();
    void allTogetherInPython();
    void sourcePlainStaysPlain();

private:
    static QStringList trickyStrings();
};

QStringList TestYamlQuoting::trickyStrings()
{
    // clang-format off
    static const char *const texts[] = {
        "yes", "No", "ON", "off", "y", "N", "yEs", "True", "false", "~", "null", "NULL", "", "0", "010", "0o17",
        "0x1F", "0b101", "1_000", ".5", "-.5", "1e3", "1E-3", "+12", ".inf", "-.Inf", ".NaN", "1:20", "190:20:30.15",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "<<", "=", "60s",
        "oci://zot.example.com:5000", "mural-workloads", "a: b", "- item", "#hash", "it's", "say \"hi\"",
        " leading space", "trailing space ", "tab\there", "ünïcödé", "line1\nline2\n", "no final break\nsecond",
        "two breaks\n\n", "\nstarts", "  indented\nblock\n", "*alias", "&anchor", "!tag", "%directive", "@at",
        "`tick", "{flow}", "[flow]", "key:", "?"
    };
    // clang-format on
    QStringList strings;
    for (const char *text : texts)
        strings.append(QString::fromUtf8(text));
    return strings;
}

void TestYamlQuoting::style_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");

    const int plain = int(YamlQuoting::Style::Plain);
    const int single = int(YamlQuoting::Style::SingleQuoted);
    const int doubled = int(YamlQuoting::Style::DoubleQuoted);
    const int literal = int(YamlQuoting::Style::Literal);
    QTest::newRow("duration") << QStringLiteral("60s") << plain;
    QTest::newRow("endpoint") << QStringLiteral("oci://zot:5000") << plain;
    QTest::newRow("repository") << QStringLiteral("paletteai/mural-workloads") << plain;
    QTest::newRow("yes") << QStringLiteral("yes") << single;
    QTest::newRow("Off") << QStringLiteral("Off") << single;
    QTest::newRow("mixed-case y") << QStringLiteral("Y") << single;
    QTest::newRow("octal") << QStringLiteral("0755") << single;
    QTest::newRow("hex") << QStringLiteral("0xff") << single;
    QTest::newRow("underscore") << QStringLiteral("1_000") << single;
    QTest::newRow("dot five") << QStringLiteral(".5") << single;
    QTest::newRow("exponent") << QStringLiteral("1e3") << single;
    QTest::newRow("tilde") << QStringLiteral("~") << single;
    QTest::newRow("null") << QStringLiteral("null") << single;
    QTest::newRow("date") << QStringLiteral("2026-12-03") << single;
    QTest::newRow("sexagesimal") << QStringLiteral("1:20") << single;
    QTest::newRow("empty") << QString() << single;
    QTest::newRow("colon space") << QStringLiteral("a: b") << single;
    QTest::newRow("pem") << QStringLiteral("-----BEGIN X-----\nAAAA\n-----END X-----\n") << literal;
    QTest::newRow("multi-line without final break") << QStringLiteral("a\nb") << doubled;
    QTest::newRow("control character") << QStringLiteral("bell\a") << doubled;
}

void TestYamlQuoting::style()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    QCOMPARE(int(YamlQuoting::styleFor(value)), expected);
}

void TestYamlQuoting::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    for (const QString &value : trickyStrings()) {
        const QString name = value.isEmpty() ? QStringLiteral("(empty)")
                                             : QString(value).replace(QLatin1Char('\n'), QLatin1String("\\n"));
        QTest::newRow(qPrintable(name)) << value;
    }
}

// Written by YamlEmitter as a value and as a key, the string comes back as that string from yaml-cpp.
void TestYamlQuoting::roundTrip()
{
    QFETCH(QString, value);
    YAML::Node document(YAML::NodeType::Map);
    document["value"] = Helm::YamlEmitter::stringScalar(value);
    document[Helm::YamlEmitter::stringScalar(value)] = Helm::YamlEmitter::stringScalar(QStringLiteral("as key"));
    const QByteArray text = Helm::YamlEmitter::emit(document);

    const QJsonArray entries = YamlTypes::fromText(text).toObject().value(QStringLiteral("map")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject asValue = entries.at(0).toArray().at(1).toObject();
    const QJsonObject asKey = entries.at(1).toArray().at(0).toObject();
    QCOMPARE(asValue.value(QStringLiteral("type")).toString(), QStringLiteral("str"));
    QCOMPARE(asValue.value(QStringLiteral("value")).toString(), value);
    QCOMPARE(asKey.value(QStringLiteral("type")).toString(), QStringLiteral("str"));
    QCOMPARE(asKey.value(QStringLiteral("value")).toString(), value);
}

// PyYAML reads YAML 1.1: every tricky string must come back as the same string there too.
void TestYamlQuoting::allTogetherInPython()
{
    YAML::Node document(YAML::NodeType::Sequence);
    for (const QString &value : trickyStrings())
        document.push_back(Helm::YamlEmitter::stringScalar(value));
    const QByteArray text = Helm::YamlEmitter::emit(document);

    QString error;
    const QJsonValue python = YamlTypes::fromPython(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray items = python.toObject().value(QStringLiteral("seq")).toArray();
    QCOMPARE(items.size(), trickyStrings().size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QVERIFY2(item.value(QStringLiteral("type")).toString() == QLatin1String("str"),
                 qPrintable(trickyStrings().at(i) + QLatin1String(" in ") + QString::fromUtf8(text)));
        QCOMPARE(item.value(QStringLiteral("value")).toString(), trickyStrings().at(i));
    }
    QCOMPARE(YamlTypes::comparable(YamlTypes::fromText(text)), python);
}

// Plain scalars read from a file are written plain again, so booleans and numbers keep their type.
void TestYamlQuoting::sourcePlainStaysPlain()
{
    const QByteArray source = "a: true\nb: 300\nc: 60s\nd: 'quoted'\ne: ~\nf: 1.5\n";
    const QByteArray text = Helm::YamlEmitter::emit(YAML::Load(source.toStdString()));
    QCOMPARE(text, QByteArray("a: true\nb: 300\nc: 60s\nd: 'quoted'\ne: ~\nf: 1.5\n"));
}

QTEST_GUILESS_MAIN(TestYamlQuoting)
#include "tst_yamlquoting.moc"
