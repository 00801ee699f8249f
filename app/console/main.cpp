#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include "demoworkspace.h"
#include "dialogs.h"
#include "guibenchmark.h"
#include "mainwindow.h"
#include "topologydocument.h"
#include "nodeitem.h"
#include "topologyscene.h"
#include "topologyview.h"
#include "util/activitylog.h"
#include "valuesview.h"

namespace {

void installTranslations(QApplication &app, const QLocale &locale)
{
    // Our own texts from the compiled-in catalogues, Qt's own (dialog buttons) from the system.
    // English is the fallback: its catalogue carries the plural forms of the source texts.
    auto *own = new QTranslator(&app);
    const QString catalogue = QStringLiteral("paletteai-registry-console");
    if (own->load(locale, catalogue, QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(catalogue + QLatin1String("_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

std::optional<Ui::MainWindow::Page> pageFromName(const QString &name)
{
    const QStringList names{QStringLiteral("topology"), QStringLiteral("registries"), QStringLiteral("artifacts"),
                            QStringLiteral("sync"), QStringLiteral("values")};
    const qsizetype index = names.indexOf(name);
    return index < 0 ? std::nullopt : std::optional(Ui::MainWindow::Page(index));
}

Ui::ElementRef elementFromText(const QString &text)
{
    const QString key = text.section(QLatin1Char(':'), 1);
    if (text.startsWith(QLatin1String("spoke:")))
        return Ui::ElementRef::spoke(key);
    if (text.startsWith(QLatin1String("registry:")))
        return Ui::ElementRef::registry(key);
    return text == QLatin1String("hub") ? Ui::ElementRef::hub() : Ui::ElementRef();
}

// Loads what the command line asks for; false when it could not be loaded.
bool loadWorkspace(Ui::MainWindow &window, const QCommandLineParser &parser, Util::ActivityLog &log)
{
    if (parser.isSet(QStringLiteral("generate"))) {
        const int spokes = parser.value(QStringLiteral("generate")).toInt();
        return window.loadTopology(
            Console::DemoWorkspace::generated(spokes),
            QApplication::translate("main", "Generated a fleet of %n spoke(s).", nullptr, spokes));
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        const auto demo = Console::DemoWorkspace::sample();
        if (!demo) {
            log.error(QApplication::translate("main", "Demo"), demo.error().toString());
            return false;
        }
        return window.loadTopology(demo.value(), QApplication::translate("main", "Opened the demo workspace."));
    }
    if (parser.isSet(QStringLiteral("import")))
        return window.importValues(parser.value(QStringLiteral("import")));
    if (!parser.positionalArguments().isEmpty())
        return window.openFile(parser.positionalArguments().constFirst());
    return true;
}

void arrangeView(Ui::MainWindow &window, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("merge-into")))
        window.valuesView()->prepareMerge(parser.value(QStringLiteral("merge-into")));
    if (parser.isSet(QStringLiteral("select"))) {
        const Ui::ElementRef element = elementFromText(parser.value(QStringLiteral("select")));
        window.revealElement(element);
    }
    if (parser.isSet(QStringLiteral("zoom"))) {
        const qreal zoom = parser.value(QStringLiteral("zoom")).toDouble();
        window.view()->setTransform(QTransform::fromScale(zoom, zoom));
        if (const auto selected = window.scene()->selectedElements(); !selected.isEmpty())
            window.view()->centerOn(window.scene()->nodeItem(selected.first()));
    }
    if (const auto page = pageFromName(parser.value(QStringLiteral("page"))))
        window.showPage(*page);
}

void scheduleScreenshot(Ui::MainWindow &window, const QString &path)
{
    // Grab after layout, validation and the values preview have settled.
    QTimer::singleShot(800, &window, [&window, path] {
        window.document()->validateNow();
        QApplication::processEvents();
        const bool saved = window.grab().save(path, "PNG");
        if (!saved)
            QTextStream(stderr) << QApplication::translate("main", "cannot save the screenshot to %1").arg(path)
                                << '\n';
        QApplication::exit(saved ? 0 : 1);
    });
}

void configureParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate("main", "Plans the OCI registries of a PaletteAI fleet."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Topology file to open."),
                                 QStringLiteral("[FILE]"));
    parser.addOptions({
        {QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace.")},
        {QStringLiteral("import"), QApplication::translate("main", "Import a Helm values file."),
         QStringLiteral("VALUES")},
        {QStringLiteral("generate"), QApplication::translate("main", "Open a generated fleet of N spokes."),
         QStringLiteral("N")},
        {QStringLiteral("page"),
         QApplication::translate("main", "Show a page: topology, registries, artifacts, sync, values."),
         QStringLiteral("PAGE"), QStringLiteral("topology")},
        {QStringLiteral("merge-into"), QApplication::translate("main", "Preview a merge into a values file."),
         QStringLiteral("VALUES")},
        {QStringLiteral("select"), QApplication::translate("main", "Select hub, spoke:NAME or registry:ID."),
         QStringLiteral("ELEMENT")},
        {QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window and quit."),
         QStringLiteral("PNG")},
        {QStringLiteral("zoom"), QApplication::translate("main", "Canvas zoom factor, e.g. 0.6."), QStringLiteral("F")},
        {QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1600x1000."),
         QStringLiteral("WxH")},
        {QStringLiteral("benchmark"), QApplication::translate("main", "Measure opening and editing N spokes."),
         QStringLiteral("N")},
        {QStringLiteral("locale"), QApplication::translate("main", "Language, e.g. de; the system's by default."),
         QStringLiteral("NAME")},
    });
}

// --help and --version must answer on a machine without a display, before the GUI platform loads.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("PaletteAI Registry Console"));
    QCoreApplication::setOrganizationName(QStringLiteral("PaletteAI"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRC_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();

    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    installTranslations(app, parser.isSet(QStringLiteral("locale")) ? QLocale(parser.value(QStringLiteral("locale")))
                                                                    : QLocale::system());

    Util::ActivityLog log;
    Ui::MainWindow window(&log);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();

    if (parser.isSet(QStringLiteral("benchmark"))) {
        QTextStream out(stdout);
        Console::GuiBenchmark benchmark(&window, parser.value(QStringLiteral("benchmark")).toInt(), out);
        QTimer::singleShot(0, &benchmark, &Console::GuiBenchmark::start);
        return QApplication::exec();
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        // Unattended: a message box would wait forever for a click nobody makes.
        Ui::Dialogs::setMessageHandler([](QMessageBox::Icon, const QString &title, const QString &text) {
            QTextStream(stderr) << title << ": " << text << '\n';
        });
    }
    const bool loaded = loadWorkspace(window, parser, log);
    arrangeView(window, parser);
    if (parser.isSet(QStringLiteral("screenshot"))) {
        if (!loaded)
            return 1;
        scheduleScreenshot(window, parser.value(QStringLiteral("screenshot")));
    }
    return QApplication::exec();
}
