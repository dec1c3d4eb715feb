#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace fleetdeck {

/// Collects "server N changed" notifications and hands them on at most every
/// `intervalMs`, so views repaint a few times a second however fast data
/// arrives. Every `fullRefreshMs` all rows are flushed anyway (staleness is a
/// function of time, not only of new data).
class ChangeThrottle : public QObject
{
    Q_OBJECT

public:
    explicit ChangeThrottle(int intervalMs = 250, int fullRefreshMs = 1000, QObject* parent = nullptr);

    void markDirty(int index);
    void markAllDirty();

Q_SIGNALS:
    /// `all` = every row; else `indices` lists the changed ones.
    void flush(const QSet<int>& indices, bool all);

private:
    void emitFlush();

    QTimer m_timer;
    QTimer m_fullTimer;
    QSet<int> m_dirty;
    bool m_all = false;
};

} // namespace fleetdeck
