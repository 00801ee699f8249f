#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "propertyeditor.h"
#include "topology/templates.h"
#include "topologydocument.h"

using Ui::ElementRef;

class TestPropertyEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editingAFieldAndUndoingIt();
    void invalidInputShowsInlineErrors_data();
    void invalidInputShowsInlineErrors();
    void renamingASpokeKeepsItsFacts();
    void duplicateNamesAreNotApplied();
    void renamingTheHubMovesItsFacts();
    void registryDeploymentFacts();
    void reachabilityIsEditable();
    void everyConnectionFieldIsPresent();
    void federationRulesAreEditable();
    void secretSectionsWriteTheirParts();

private:
    template<typename Widget> Widget *field(const QString &name) const { return m_editor->findChild<Widget *>(name); }
    static QLabel *errorBelow(QLineEdit *edit);

    std::unique_ptr<Ui::TopologyDocument> m_document;
    std::unique_ptr<Ui::PropertyEditor> m_editor;
    QString m_spoke;
    QString m_registry;
};

void TestPropertyEditor::init()
{
    m_document = std::make_unique<Ui::TopologyDocument>();
    m_document->reset(Topology::makeTemplate(Topology::TopologyKind::MultipleRegistries));
    m_editor = std::make_unique<Ui::PropertyEditor>(m_document.get());
    m_editor->resize(420, 900);
    m_editor->show();
    m_spoke = m_document->topology().spokes.first().name;
    m_registry = m_document->topology().registries.first().id;
}

QLabel *TestPropertyEditor::errorBelow(QLineEdit *edit)
{
    return edit->parentWidget()->findChild<QLabel *>();
}

void TestPropertyEditor::editingAFieldAndUndoingIt()
{
    m_editor->setElements({ElementRef::spoke(m_spoke)});
    auto *timeout = field<QLineEdit>(QStringLiteral("timeout"));
    QVERIFY(timeout);
    const QString before = m_document->topology().spoke(m_spoke)->registry.timeout;
    const int steps = m_document->undoStack()->count();

    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("2m30s"));
    QCOMPARE(m_document->topology().spoke(m_spoke)->registry.timeout, QStringLiteral("2m30s"));
    QCOMPARE(m_document->undoStack()->count(), steps + 1); // one step for the whole word

    m_document->undoStack()->undo();
    QCOMPARE(m_document->topology().spoke(m_spoke)->registry.timeout, before);
    QCOMPARE(timeout->text(), before);
}

void TestPropertyEditor::invalidInputShowsInlineErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("endpoint with https") << QStringLiteral("endpoint") << QStringLiteral("https://host") << false;
    QTest::newRow("endpoint with path") << QStringLiteral("endpoint") << QStringLiteral("host:5000/path") << false;
    QTest::newRow("good endpoint") << QStringLiteral("endpoint") << QStringLiteral("oci://[::1]:5000") << true;
    QTest::newRow("bad timeout") << QStringLiteral("timeout") << QStringLiteral("90") << false;
    QTest::newRow("good timeout") << QStringLiteral("timeout") << QStringLiteral("1m30s") << true;
    QTest::newRow("bad repository") << QStringLiteral("repository") << QStringLiteral("Mural") << false;
    QTest::newRow("good repository") << QStringLiteral("repository") << QStringLiteral("team/mural") << true;
}

void TestPropertyEditor::invalidInputShowsInlineErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(bool, valid);

    m_editor->setElements({ElementRef::spoke(m_spoke)});
    auto *edit = this->field<QLineEdit>(field);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QLabel *error = errorBelow(edit);
    QCOMPARE(!error->isHidden(), !valid);
    if (!valid)
        QVERIFY(!error->text().isEmpty());
}

void TestPropertyEditor::renamingASpokeKeepsItsFacts()
{
    QSignalSpy renamed(m_editor.get(), &Ui::PropertyEditor::elementRenamed);
    const qsizetype facts =
        std::count_if(m_document->topology().reachability.cbegin(), m_document->topology().reachability.cend(),
                      [&](const auto &fact) { return fact.from == m_spoke; });
    m_editor->setElements({ElementRef::spoke(m_spoke)});
    auto *name = field<QLineEdit>(tr("Name"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed-spoke"));
    QTest::keyClick(name, Qt::Key_Return);

    QTRY_VERIFY(m_document->topology().spoke(QStringLiteral("renamed-spoke")));
    QCOMPARE(renamed.count(), 1);
    const qsizetype moved =
        std::count_if(m_document->topology().reachability.cbegin(), m_document->topology().reachability.cend(),
                      [](const auto &fact) { return fact.from == QLatin1String("renamed-spoke"); });
    QCOMPARE(moved, facts);
}

void TestPropertyEditor::duplicateNamesAreNotApplied()
{
    const QString other = m_document->topology().spokes.at(1).name;
    m_editor->setElements({ElementRef::spoke(m_spoke)});
    auto *name = field<QLineEdit>(tr("Name"));
    name->selectAll();
    QTest::keyClicks(name, other);
    QVERIFY(!errorBelow(name)->isHidden());
    QTest::keyClick(name, Qt::Key_Return);
    QTest::qWait(20);
    QVERIFY(m_document->topology().spoke(m_spoke));
}

void TestPropertyEditor::renamingTheHubMovesItsFacts()
{
    const QString hub = m_document->topology().hub.name;
    m_editor->setElements({ElementRef::hub()});
    auto *name = field<QLineEdit>(tr("Name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("central-hub"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(m_document->topology().hub.name, QStringLiteral("central-hub"));
    for (const auto &fact : m_document->topology().reachability) {
        QVERIFY(fact.from != hub);
        QVERIFY(fact.to != hub);
    }
}

void TestPropertyEditor::registryDeploymentFacts()
{
    m_editor->setElements({ElementRef::registry(m_registry)});
    auto *onHub = field<QCheckBox>(tr("Runs inside the hub cluster"));
    auto *replicas = field<QSpinBox>(tr("Replicas"));
    auto *exposure = field<QComboBox>(tr("Exposure"));
    auto *storage = field<QComboBox>(tr("Storage"));
    QVERIFY(onHub && replicas && exposure && storage);

    onHub->setChecked(true);
    replicas->setValue(3);
    exposure->setCurrentIndex(exposure->findData(int(Topology::Exposure::Ingress)));
    Q_EMIT exposure->activated(exposure->currentIndex());
    storage->setCurrentIndex(storage->findData(int(Topology::Storage::ReadWriteMany)));
    Q_EMIT storage->activated(storage->currentIndex());

    const Topology::Registry *registry = m_document->topology().registry(m_registry);
    QVERIFY(registry->onHub);
    QCOMPARE(registry->replicas, 3);
    QCOMPARE(registry->exposure, Topology::Exposure::Ingress);
    QCOMPARE(registry->storage, Topology::Storage::ReadWriteMany);

    // The first "endpoint" field is the registry's own; spaces around what is typed are dropped.
    auto *endpoint = field<QLineEdit>(QStringLiteral("endpoint"));
    endpoint->setText(QStringLiteral(" zot.example.com:5000 "));
    Q_EMIT endpoint->textEdited(endpoint->text());
    QCOMPARE(m_document->topology().registry(m_registry)->endpoint, QStringLiteral("zot.example.com:5000"));
}

void TestPropertyEditor::reachabilityIsEditable()
{
    m_editor->setElements({ElementRef::spoke(m_spoke)});
    auto *api = field<QComboBox>(tr("Reaches the hub API server"));
    QVERIFY(api);
    api->setCurrentIndex(api->findData(int(Topology::Reach::Unreachable)));
    Q_EMIT api->activated(api->currentIndex());
    QCOMPARE(m_document->topology().reach(Topology::ReachabilityFact::Kind::SpokeToHubApi, m_spoke,
                                          m_document->topology().hub.name),
             Topology::Reach::Unreachable);
}

void TestPropertyEditor::everyConnectionFieldIsPresent()
{
    m_editor->setElements({ElementRef::hub()});
    // The chart's ociRegistry fields: endpoint (override), repository, insecure, timeout, provider, the three
    // secret names and the inline data of each kind.
    for (const QString &name : {QStringLiteral("endpoint"), QStringLiteral("repository"), QStringLiteral("timeout"),
                                QStringLiteral("proxy.address"), tr("Username"), tr("Password")})
        QVERIFY2(field<QLineEdit>(name), qPrintable(name));
    for (const QString &name : {tr("Insecure"), tr("Provider"), tr("Registry")})
        QVERIFY2(field<QComboBox>(name), qPrintable(name));
    QCOMPARE(m_editor->findChildren<QLineEdit *>(QStringLiteral("name")).size(), 4); // namespace, 3 secret names
    QVERIFY(field<QWidget>(tr("CA certificate (ca.crt)")));
    QVERIFY(field<QWidget>(tr("Client key (tls.key)")));
}

void TestPropertyEditor::federationRulesAreEditable()
{
    m_editor->setElements({});
    auto *rules = field<QPlainTextEdit>(QStringLiteral("federationRules"));
    QVERIFY(rules);
    QVERIFY(rules->toPlainText().contains(QLatin1String("global definitions/**")));

    rules->setPlainText(QStringLiteral("global defs/**\nproject teams/{project}/**"));
    QCOMPARE(m_document->topology().federationRules.size(), 2);
    QCOMPARE(m_document->topology().federationRules.first().pattern, QStringLiteral("defs/**"));

    rules->setPlainText(QStringLiteral("everywhere defs/**"));
    QCOMPARE(m_document->topology().federationRules.size(), 2); // not applied
    m_document->undoStack()->undo();
    QCOMPARE(m_document->topology().federationRules.first().pattern,
             Topology::Topology::defaultFederationRules().first().pattern);
}

// Typing into a section creates its part of the connection; secret names and addresses are trimmed.
void TestPropertyEditor::secretSectionsWriteTheirParts()
{
    m_editor->setElements({ElementRef::hub()});
    const auto type = [](QLineEdit *edit, const QString &text) {
        edit->setText(text);
        Q_EMIT edit->textEdited(text);
    };
    const QList<QLineEdit *> names = m_editor->findChildren<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(names.size(), 4);
    type(names.at(1), QStringLiteral(" hub-basic-auth "));
    type(names.at(3), QStringLiteral("hub-tls"));
    type(field<QLineEdit>(QStringLiteral("proxy.address")), QStringLiteral(" http://proxy.corp:3128 "));
    const QList<QLineEdit *> passwords = m_editor->findChildren<QLineEdit *>(tr("Password"));
    QCOMPARE(passwords.size(), 2);
    type(passwords.at(0), QStringLiteral("s3cret"));
    field<QPlainTextEdit>(tr("Client key (tls.key)"))->setPlainText(QStringLiteral("-----BEGIN PRIVATE KEY-----"));

    const Topology::RegistryConnection &connection = m_document->topology().hub.registry;
    QCOMPARE(connection.basicAuthSecretName, QStringLiteral("hub-basic-auth"));
    QCOMPARE(connection.certSecretName, QStringLiteral("hub-tls"));
    QVERIFY(connection.proxyData.has_value());
    QCOMPARE(connection.proxyData->address, QStringLiteral("http://proxy.corp:3128"));
    QVERIFY(connection.basicAuth.has_value());
    QCOMPARE(connection.basicAuth->password, QStringLiteral("s3cret"));
    QVERIFY(connection.certData.has_value());
    QCOMPARE(connection.certData->tlsKey, QStringLiteral("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(connection.certData->caCrt.isEmpty());
    // The check box shows the part that typing created.
    QVERIFY(field<QCheckBox>(tr("Inline credentials instead"))->isChecked());
}

QTEST_MAIN(TestPropertyEditor)
#include "tst_propertyeditor.moc"
