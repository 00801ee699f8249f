#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace Ui {
class MainWindow;
}

namespace Console {

/// Measures the designer on a generated fleet: how long opening, laying out and validating it takes, and
/// the longest stretch the event loop stays blocked while a user edits it (a heartbeat timer notices gaps).
class GuiBenchmark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiBenchmark)

public:
    GuiBenchmark(Ui::MainWindow *window, int spokes, QTextStream &out, QObject *parent = nullptr);

    /// Runs the whole measurement; quits the application when done with exit code 0 when both targets hold.
    void start();

private:
    void measureOpen();
    void editStep();
    void finish();

    Ui::MainWindow *m_window;
    int m_spokes;
    QTextStream &m_out;
    QTimer m_heartbeat;
    QTimer m_editTimer;
    QElapsedTimer m_clock;
    qint64 m_lastBeat = 0;
    qint64 m_longestBlock = 0;
    qint64 m_openMs = 0;
    qint64 m_longestEdit = 0;
    int m_step = 0;
};

} // namespace Console
