#pragma once

#include "HostKeyPolicy.h"
#include "PassphraseProvider.h"
#include "SshError.h"
#include "SshSession.h"

#include <QFuture>
#include <QHash>
#include <QPromise>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace fleetdeck {

class PassphraseStore;

/// One reusable SshSession per host (key user@host:port) and a bound on how many
/// hosts are worked on at once. Each session has its own thread, so work on
/// different hosts runs in parallel; work on one host runs in order.
///
///     SshSessionPool pool(8, std::make_shared<TrustFingerprintPolicy>(fp));
///     for (const SshTarget& t : targets)
///         futures << pool.run(t, RemoteCommand({"systemctl", "is-active", "nginx"}));
///     // or any sequence on one host under one slot:
///     pool.submit<RemoteFile>(t, [](SshSession& s) { return s.stat("/etc/nginx/nginx.conf"); });
///
/// Thread-safe. Results arrive on session threads: continue with
/// QFuture::then(context, …) to get back to a QObject's thread.
class SshSessionPool
{
public:
    using Factory = std::function<std::shared_ptr<SshSession>(const SshTarget&)>;

    /// Real libssh sessions sharing one host-key policy, passphrase prompt and keychain.
    explicit SshSessionPool(int maxParallel = 8, std::shared_ptr<HostKeyPolicy> policy = {},
                            PassphraseProvider passphrases = {}, std::shared_ptr<PassphraseStore> store = {});
    /// Custom sessions (fakes in unit tests).
    SshSessionPool(int maxParallel, Factory factory);
    ~SshSessionPool();

    /// The pooled session for a target (created on first use, then reused).
    std::shared_ptr<SshSession> session(const SshTarget& target);

    /// Runs `work` on the target's session as soon as fewer than maxParallel hosts
    /// are busy. The slot is held until the future `work` returns has finished.
    template <typename T>
    QFuture<T> submit(const SshTarget& target, std::function<QFuture<T>(SshSession&)> work);

    QFuture<CommandResult> run(const SshTarget& target, const RemoteCommand& command);

    int maxParallel() const { return m_state->maxParallel; }
    /// Highest number of slots in use at the same time so far.
    int peakParallel() const;
    /// Cancels queued work (Cancelled) and running futures; closes every connection.
    void closeAll();

private:
    struct State
    {
        std::mutex mutex;
        int maxParallel = 8;
        int running = 0;
        int peak = 0;
        std::deque<std::function<QFuture<void>()>> queue;
        std::deque<std::function<void()>> queuedAbandon;
    };
    static SshError notStarted();
    static void schedule(const std::shared_ptr<State>& state, std::function<QFuture<void>()> start,
                         std::function<void()> abandon);
    static void launch(const std::shared_ptr<State>& state, const std::function<QFuture<void>()>& start);

    std::shared_ptr<State> m_state;
    Factory m_factory;
    std::mutex m_sessionsMutex;
    QHash<QString, std::shared_ptr<SshSession>> m_sessions;
};

template <typename T>
QFuture<T> SshSessionPool::submit(const SshTarget& target, std::function<QFuture<T>(SshSession&)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    std::shared_ptr<SshSession> sessionPtr = session(target);
    auto start = [promise, sessionPtr, work]() -> QFuture<void> {
        QFuture<T> inner;
        try {
            if (promise->isCanceled())
                throw notStarted();
            inner = work(*sessionPtr);
        } catch (const SshError& error) {
            promise->setException(error);
            promise->finish();
            return QtFuture::makeReadyFuture();
        }
        return inner.then([promise](QFuture<T> done) {
            try {
                if constexpr (std::is_void_v<T>)
                    done.waitForFinished(); // already finished: rethrows a stored exception
                else
                    promise->addResult(done.result());
            } catch (const QException& error) {
                promise->setException(error);
            } catch (...) {
                promise->setException(std::current_exception());
            }
            if (done.isCanceled())
                promise->future().cancel();
            promise->finish();
        });
    };
    auto abandon = [promise] {
        promise->setException(notStarted());
        promise->finish();
    };
    schedule(m_state, std::move(start), std::move(abandon));
    return future;
}

} // namespace fleetdeck
