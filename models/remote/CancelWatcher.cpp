#include "CancelWatcher.h"

#include <chrono>
#include <vector>

namespace fleetdeck {

CancelWatcher& CancelWatcher::instance()
{
    // Never destroyed: its thread may still be polling while static objects go away at exit.
    static CancelWatcher* watcher = new CancelWatcher;
    return *watcher;
}

CancelWatcher::Id CancelWatcher::watch(std::function<bool()> isCancelled, std::function<void()> onCancel)
{
    Id id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = ++m_nextId;
        m_entries.emplace(id, Entry{std::move(isCancelled), std::move(onCancel)});
        if (!m_thread)
            m_thread = std::make_unique<std::thread>([this] { threadMain(); });
    }
    m_wake.notify_one();
    return id;
}

void CancelWatcher::unwatch(Id id)
{
    Entry removed; // destroyed outside the lock (it may hold the last reference to a promise)
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    removed = std::move(it->second);
    m_entries.erase(it);
}

int CancelWatcher::watchedCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_entries.size());
}

void CancelWatcher::threadMain()
{
    for (;;) {
        std::vector<Entry> fired;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_entries.empty(); });
            for (auto it = m_entries.begin(); it != m_entries.end();) {
                if (it->second.isCancelled()) {
                    fired.push_back(std::move(it->second));
                    it = m_entries.erase(it);
                } else {
                    ++it;
                }
            }
        }
        for (Entry& entry : fired)
            entry.onCancel();
        fired.clear();
        std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
    }
}

} // namespace fleetdeck
