#pragma once

#include "fleet/FleetState.h"
#include "health/HealthPoller.h"

#include <QObject>
#include <QTextStream>

namespace fleetdeck::ctl {

/// `fleetdeckctl status`: polls every server (twice, `windowMs` apart, so CPS
/// is measured rather than guessed), prints a table or JSON, then finished(code).
class StatusCommand : public QObject
{
    Q_OBJECT

public:
    StatusCommand(Inventory inventory, bool json, int windowMs, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onRound();
    void report();
    void printTable(QTextStream& out);
    void printJson(QTextStream& out);

    FleetState m_state;
    HealthPoller* m_poller;
    bool m_json;
    int m_windowMs;
    int m_rounds = 0;
};

} // namespace fleetdeck::ctl
