#include "TerminalPassphraseProvider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iterator>
#include <map>
#include <mutex>
#include <set>

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace fleetdeck::ctl {

namespace {

// The prompt in progress, for the signal handler (one prompt at a time in the process).
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
volatile sig_atomic_t g_ttyFd = -1;
termios g_saved{};
struct sigaction g_previous[std::size(kSignals)];
bool g_installed[std::size(kSignals)] = {};
int g_wake[2] = {-1, -1}; // self-pipe: the handler wakes the reading thread

extern "C" void onSignalDuringPrompt(int sig)
{
    const int fd = g_ttyFd;
    if (fd >= 0)
        ::tcsetattr(fd, TCSANOW, &g_saved); // echo back on before anything else
    for (size_t i = 0; i < std::size(kSignals); ++i)
        if (kSignals[i] == sig)
            ::sigaction(sig, &g_previous[i], nullptr);
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_wake[1], &byte, 1);
    ::raise(sig); // delivered to the previous handler once this one returns
}

bool ensureWakePipe()
{
    static const bool ok = ::pipe2(g_wake, O_CLOEXEC | O_NONBLOCK) == 0;
    return ok;
}

void drainWakePipe()
{
    char buffer[16];
    while (::read(g_wake[0], buffer, sizeof buffer) > 0) {
    }
}

void writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

/// Echo off on `fd` and the signal handlers in place until destroyed; then both as they were.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &g_saved) != 0)
            return;
        g_ttyFd = fd;
        struct sigaction action
        {};
        action.sa_handler = onSignalDuringPrompt;
        sigfillset(&action.sa_mask);
        for (size_t i = 0; i < std::size(kSignals); ++i) {
            ::sigaction(kSignals[i], nullptr, &g_previous[i]);
            g_installed[i] = g_previous[i].sa_handler != SIG_IGN; // nohup & co. stay ignored
            if (g_installed[i])
                ::sigaction(kSignals[i], &action, nullptr);
        }
        termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        quiet.c_lflag |= ICANON;
        m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (g_ttyFd < 0)
            return;
        ::tcsetattr(m_fd, TCSANOW, &g_saved);
        for (size_t i = 0; i < std::size(kSignals); ++i)
            if (g_installed[i])
                ::sigaction(kSignals[i], &g_previous[i], nullptr);
        g_ttyFd = -1;
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool active() const { return m_active; }

private:
    int m_fd;
    bool m_active = false;
};

enum class LineEnd { Line, Eof, Interrupted, Timeout };

/// One line from the terminal (without its newline), bounded by timeoutMs.
LineEnd readLine(int fd, int timeoutMs, QByteArray& line)
{
    QElapsedTimer timer;
    timer.start();
    char buffer[256];
    for (;;) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return LineEnd::Timeout;
        pollfd fds[2] = {{fd, POLLIN, 0}, {g_wake[0], POLLIN, 0}};
        const int ready = ::poll(fds, 2, int(std::min<qint64>(left, 1000)));
        if (ready < 0 && errno != EINTR)
            return LineEnd::Eof;
        if (fds[1].revents & POLLIN)
            return LineEnd::Interrupted;
        if (ready <= 0 || !(fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return LineEnd::Eof;
        for (ssize_t i = 0; i < n; ++i) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                std::memset(buffer, 0, sizeof buffer);
                return LineEnd::Line;
            }
            if (line.size() < 4096)
                line.append(buffer[i]);
        }
        std::memset(buffer, 0, sizeof buffer);
    }
}

void printError(const QString& text)
{
    QTextStream err(stderr);
    err << text;
    err.flush();
}

} // namespace

struct TerminalPassphraseProvider::State
{
    std::mutex mutex; ///< held for a whole ask(): one prompt at a time
    bool interactive = true;
    QString ttyPath;
    int timeoutMs = 5 * 60 * 1000;
    std::map<QString, QString> answers; ///< not (yet) reported wrong
    std::set<QString> declined;         ///< keys the ssh-agent hint was printed for
};

TerminalPassphraseProvider::TerminalPassphraseProvider(bool interactive, QString ttyPath)
    : m_state(std::make_shared<State>())
{
    m_state->interactive = interactive;
    m_state->ttyPath = std::move(ttyPath);
}

void TerminalPassphraseProvider::setTimeoutMs(int ms)
{
    std::lock_guard lock(m_state->mutex);
    m_state->timeoutMs = ms;
}

PassphraseProvider TerminalPassphraseProvider::provider() const
{
    std::shared_ptr<State> state = m_state;
    return [state](const QString& keyPath, int attempt) {
        return ask(state, keyPath, attempt);
    };
}

std::optional<PassphraseReply> TerminalPassphraseProvider::ask(const std::shared_ptr<State>& state,
                                                               const QString& keyPath, int attempt)
{
    std::lock_guard lock(state->mutex);
    if (!state->interactive) {
        decline(*state, keyPath, false);
        return std::nullopt;
    }
    std::optional<QString> passphrase;
    if (const auto known = state->answers.find(keyPath); known != state->answers.end())
        passphrase = known->second; // typed for another session of this run (wrong ones are gone)
    else
        passphrase = prompt(*state, keyPath, attempt);
    if (!passphrase)
        return std::nullopt;
    state->answers[keyPath] = *passphrase;
    PassphraseReply reply{*passphrase, false, {}};
    std::weak_ptr<State> weak = state;
    reply.verdict = [weak, keyPath, typed = *passphrase](bool decrypted) {
        const std::shared_ptr<State> alive = weak.lock();
        if (decrypted || !alive)
            return;
        std::lock_guard lock(alive->mutex);
        const auto it = alive->answers.find(keyPath);
        if (it != alive->answers.end() && it->second == typed)
            alive->answers.erase(it);
    };
    return reply;
}

std::optional<QString> TerminalPassphraseProvider::prompt(State& state, const QString& keyPath, int attempt)
{
    const int fd = ::open(QFile::encodeName(state.ttyPath).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0 || !::isatty(fd) || !ensureWakePipe()) {
        if (fd >= 0)
            ::close(fd);
        decline(state, keyPath, true);
        return std::nullopt;
    }
    // The terminal and the signal handler's globals: one prompt per process, whatever the instance.
    static std::mutex terminal;
    std::lock_guard lock(terminal);
    drainWakePipe();
    QByteArray line;
    LineEnd end = LineEnd::Eof;
    {
        EchoOff echoOff(fd);
        if (echoOff.active()) {
            QString question;
            if (attempt >= 2)
                question += tr("Wrong passphrase, try again.") + QLatin1Char('\n');
            question += tr("Passphrase for %1: ").arg(keyPath);
            writeAll(fd, question.toUtf8());
            end = readLine(fd, state.timeoutMs, line);
            writeAll(fd, "\n"); // the Enter was not echoed
        }
    }
    ::close(fd);
    if (end == LineEnd::Timeout)
        printError(tr("fleetdeckctl: no passphrase for %1 within %2 s; giving up on this key\n")
                       .arg(keyPath)
                       .arg(state.timeoutMs / 1000));
    if (end != LineEnd::Line) {
        line.fill('\0');
        return std::nullopt;
    }
    QString passphrase = QString::fromUtf8(line);
    line.fill('\0');
    return passphrase;
}

void TerminalPassphraseProvider::decline(State& state, const QString& keyPath, bool noTerminal)
{
    if (!state.declined.insert(keyPath).second)
        return;
    const QString why = noTerminal ? tr("there is no terminal to ask for its passphrase")
                                   : tr("--batch (--no-prompt) does not ask for passphrases");
    printError(tr("fleetdeckctl: the SSH key %1 is encrypted and %2. For scripts, load it into ssh-agent "
                  "(ssh-add %1) and run fleetdeckctl with SSH_AUTH_SOCK set.\n")
                   .arg(keyPath, why));
}

} // namespace fleetdeck::ctl
