#pragma once

#include "CancelWatcher.h"
#include "HostKeyPolicy.h"
#include "PassphraseProvider.h"
#include "SshError.h"
#include "SshSession.h"

#include <QFuture>
#include <QHash>
#include <QPromise>

#include <atomic>
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
///
/// Cancelling a returned future: queued work never starts; running work has its
/// inner future (the one `work` returned; for run() the session's) cancelled too —
/// a session's run() then kills the remote command's process group — and the slot
/// is released at once, so queued work on other hosts starts. The future finishes
/// cancelled (isCanceled(), onCanceled handlers run; Qt 6.4 keeps no exception on a
/// cancelled future, so do not call result() on it). Work that ends by itself with
/// SshError::Kind::Cancelled (closeAll(), a closed session) fails with that error.
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
    /// are busy. The slot is held until the future `work` returns has finished, or
    /// until the returned future is cancelled (the cancel is passed on to it).
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
    template <typename T>
    static QFuture<void> forward(const std::shared_ptr<QPromise<T>>& promise, QFuture<T> inner);
    template <typename T> static void deliver(QPromise<T>& promise, QFuture<T> done);

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
        return forward<T>(promise, std::move(inner));
    };
    auto abandon = [promise] {
        promise->setException(notStarted());
        promise->finish();
    };
    schedule(m_state, std::move(start), std::move(abandon));
    return future;
}

/// Hands the inner future's outcome to the pool's promise; returns the slot's future,
/// which finishes with the inner future or, when the caller cancels the pool's
/// future first, at once (the inner future is cancelled).
template <typename T>
QFuture<void> SshSessionPool::forward(const std::shared_ptr<QPromise<T>>& promise, QFuture<T> inner)
{
    auto slot = std::make_shared<QPromise<void>>();
    slot->start();
    QFuture<void> slotFuture = slot->future();
    auto settled = std::make_shared<std::atomic_bool>(false);
    const QFuture<T> outer = promise->future();
    const CancelWatcher::Id watch = CancelWatcher::instance().watch(
        [outer] { return outer.isCanceled(); },
        [inner, promise, slot, settled]() mutable {
            inner.cancel(); // a session's run(): TERM to the remote process group, channel closed
            if (settled->exchange(true))
                return;
            promise->finish();
            slot->finish();
        });
    auto finishWith = [promise, slot, settled, watch](const QFuture<T>& done) {
        CancelWatcher::instance().unwatch(watch);
        if (settled->exchange(true))
            return;
        deliver(*promise, done);
        promise->finish();
        slot->finish();
    };
    // then() is skipped for an inner future cancelled without an exception; onCanceled() catches that.
    inner.then([finishWith](QFuture<T> done) { finishWith(done); }).onCanceled([finishWith, inner] {
        finishWith(inner);
    });
    return slotFuture;
}

template <typename T> void SshSessionPool::deliver(QPromise<T>& promise, QFuture<T> done)
{
    try {
        done.waitForFinished(); // already finished: rethrows a stored exception
        if (done.isCanceled()) {
            promise.future().cancel();
            return;
        }
        if constexpr (!std::is_void_v<T>)
            promise.addResult(done.result());
    } catch (const QException& error) {
        promise.setException(error);
    } catch (...) {
        promise.setException(std::current_exception());
    }
}

} // namespace fleetdeck
