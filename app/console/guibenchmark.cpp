#include "guibenchmark.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QUndoStack>

#include "coreapi.h"
#include "demoworkspace.h"
#include "mainwindow.h"
#include "topologydocument.h"
#include "topologyscene.h"

namespace Console {

namespace {

constexpr int heartbeatMs = 5;
constexpr int editIntervalMs = 40;
constexpr int editSteps = 60;
constexpr qint64 openTargetMs = 2000;
constexpr qint64 blockTargetMs = 100;

} // namespace

GuiBenchmark::GuiBenchmark(Ui::MainWindow *window, int spokes, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_spokes(spokes)
    , m_out(out)
{
    m_heartbeat.setInterval(heartbeatMs);
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_longestBlock = std::max(m_longestBlock, now - m_lastBeat - heartbeatMs);
        m_lastBeat = now;
    });
    m_editTimer.setInterval(editIntervalMs);
    connect(&m_editTimer, &QTimer::timeout, this, &GuiBenchmark::editStep);
}

void GuiBenchmark::start()
{
    measureOpen();
    m_clock.start();
    m_lastBeat = 0;
    m_heartbeat.start();
    m_editTimer.start();
}

void GuiBenchmark::measureOpen()
{
    // The fleet goes through a topology file, so opening includes reading and checking real YAML.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.prc-topology.yaml"));
    if (!Ui::CoreApi::writeTopologyFile(path, DemoWorkspace::generated(m_spokes))) {
        m_out << "could not prepare the benchmark fleet\n";
        return;
    }

    QElapsedTimer timer;
    timer.start();
    m_window->openFile(path);
    m_window->document()->validateNow();
    QApplication::processEvents();
    m_openMs = timer.elapsed();

    m_out << "spokes: " << m_window->document()->topology().spokes.size() << '\n'
          << "nodes on canvas: " << m_window->scene()->nodeItems().size() << '\n'
          << "findings: " << m_window->document()->findings().size() << '\n'
          << "open file + layout + validate: " << m_openMs << " ms (target < " << openTargetMs << " ms)\n";
    m_out.flush();
}

void GuiBenchmark::editStep()
{
    QElapsedTimer stepTimer;
    stepTimer.start();
    Ui::TopologyDocument *document = m_window->document();
    const QString spoke = document->topology().spokes.value(m_step % 50).name;

    // A mix of what a user does: type into a field, add and remove spokes, move a node, undo and redo.
    switch (m_step % 5) {
    case 0:
        document->edit(
            QStringLiteral("timeout"),
            [&](Topology::Topology &t) { t.spoke(spoke)->registry.timeout = QStringLiteral("%1s").arg(30 + m_step); },
            QStringLiteral("bench-timeout"));
        break;
    case 1:
        document->addSpoke(QString());
        break;
    case 2:
        document->moveNodes({{Ui::ElementRef::spoke(spoke), QPointF(0, 0)}},
                            {{Ui::ElementRef::spoke(spoke), QPointF(40.0 * m_step, -200)}});
        break;
    case 3:
        document->undoStack()->undo();
        break;
    case 4:
        document->undoStack()->redo();
        break;
    }
    m_longestEdit = std::max(m_longestEdit, stepTimer.elapsed());
    if (++m_step >= editSteps)
        finish();
}

void GuiBenchmark::finish()
{
    m_editTimer.stop();
    // Let the last validation finish inside the measurement.
    QTimer::singleShot(600, this, [this] {
        m_heartbeat.stop();
        m_out << "edits: " << m_step << '\n'
              << "longest single edit (model, undo step, canvas rebuild): " << m_longestEdit << " ms\n"
              << "longest event-loop block while editing: " << m_longestBlock << " ms (target < " << blockTargetMs
              << " ms)\n";
        m_out.flush();
        const bool met = m_openMs < openTargetMs && m_longestBlock < blockTargetMs;
        QApplication::exit(met ? 0 : 1);
    });
}

} // namespace Console
