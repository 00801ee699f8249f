#pragma once

#include <QObject>

class QSocketNotifier;

namespace Cli {

/// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal while it lives, so that a long command can cancel its
/// job and clean up (temporary staging directories, partial files) instead of dying mid-write. A second
/// Ctrl-C ends the process at once, as users expect. Unix only; elsewhere it never fires.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    /// True once a signal has arrived, even before the event loop ran.
    bool wasInterrupted() const;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Cli
