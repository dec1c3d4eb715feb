#pragma once

#include <QObject>

class QSocketNotifier;

namespace fleetdeck::lab {

/// SIGINT/SIGTERM delivered into the event loop (socketpair + QSocketNotifier).
class SignalNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SignalNotifier(QObject* parent = nullptr);

signals:
    void terminationRequested(int signal);

private:
    void onActivated();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace fleetdeck::lab
