#include "items/ChangeThrottle.h"

namespace fleetdeck {

ChangeThrottle::ChangeThrottle(int intervalMs, int fullRefreshMs, QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeThrottle::emitFlush);
    if (fullRefreshMs > 0) {
        m_fullTimer.setInterval(fullRefreshMs);
        connect(&m_fullTimer, &QTimer::timeout, this, &ChangeThrottle::markAllDirty);
        m_fullTimer.start();
    }
}

void ChangeThrottle::markDirty(int index)
{
    m_dirty.insert(index);
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeThrottle::markAllDirty()
{
    m_all = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeThrottle::emitFlush()
{
    const QSet<int> dirty = std::exchange(m_dirty, {});
    const bool all = std::exchange(m_all, false);
    Q_EMIT flush(dirty, all);
}

} // namespace fleetdeck
