#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace fleetdeck {

/// Calls an action when a future is cancelled while it is still running.
///
/// Qt 6.4 has no callback for QFuture::cancel() before the future finishes
/// (continuations run when it finishes; QFutureWatcher needs an event loop), so one
/// helper thread checks the watched futures every kPollMs while any is watched and
/// sleeps otherwise. SshSessionPool uses it to pass a cancel of the future it
/// returned on to the session's future, which stops the remote command.
///
///     auto id = CancelWatcher::instance().watch([outer] { return outer.isCanceled(); },
///                                               [inner]() mutable { inner.cancel(); });
///     … CancelWatcher::instance().unwatch(id);   // when the work finished
///
/// Thread-safe. `onCancel` runs once, on the watcher thread, without any lock held
/// (it may call watch()/unwatch()); after it ran, the entry is gone.
class CancelWatcher
{
public:
    using Id = quint64;
    static constexpr int kPollMs = 10;

    /// The process-wide watcher (its thread starts with the first watch()).
    static CancelWatcher& instance();

    Id watch(std::function<bool()> isCancelled, std::function<void()> onCancel);
    /// Forgets an entry (no-op when it already fired or was removed).
    void unwatch(Id id);
    /// Entries currently watched (for tests).
    int watchedCount() const;

private:
    struct Entry
    {
        std::function<bool()> isCancelled;
        std::function<void()> onCancel;
    };

    CancelWatcher() = default;
    void threadMain();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<Id, Entry> m_entries;
    Id m_nextId = 0;
    std::unique_ptr<std::thread> m_thread;
};

} // namespace fleetdeck
