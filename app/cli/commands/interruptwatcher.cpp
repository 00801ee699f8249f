#include "interruptwatcher.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Cli {

#if defined(Q_OS_UNIX)
namespace {

// The write end of a pipe the handler writes one byte to: the only async-signal-safe way to reach Qt.
int pipeEnds[2] = {-1, -1};
volatile std::sig_atomic_t signalled = 0;
struct sigaction previousInt;
struct sigaction previousTerm;
struct sigaction previousHangUp;

void onSignal(int number)
{
    signalled = 1;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[1], &byte, 1);
    // The next Ctrl-C is not caught: a user who insists gets the process ended at once.
    std::signal(number, SIG_DFL);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(pipeEnds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(pipeEnds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(pipeEnds[0], &byte, 1) > 0) {
        }
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &previousInt);
    sigaction(SIGTERM, &action, &previousTerm);
    // A closed terminal or SSH session: the work stops and cleans up as for Ctrl-C.
    sigaction(SIGHUP, &action, &previousHangUp);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    sigaction(SIGINT, &previousInt, nullptr);
    sigaction(SIGTERM, &previousTerm, nullptr);
    sigaction(SIGHUP, &previousHangUp, nullptr);
    delete m_notifier;
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
    signalled = 0;
}

bool InterruptWatcher::wasInterrupted() const
{
    return signalled != 0;
}

#else

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
}

InterruptWatcher::~InterruptWatcher() = default;

bool InterruptWatcher::wasInterrupted() const
{
    return false;
}

#endif

} // namespace Cli
