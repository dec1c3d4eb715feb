#pragma once

#include "HealthReport.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QObject>

namespace fleetdeck::lab {

/// The server's health endpoint on a Unix socket (nginx proxies /health/fleet to it).
class HealthServer : public QObject
{
    Q_OBJECT

public:
    HealthServer(const QString& listenPath, const HealthReport::Options& options, QObject* parent = nullptr);

    bool listen(QString* error);

private:
    void onNewConnection();

    QString m_listenPath;
    HealthReport m_report;
    QLocalServer m_server;
    QElapsedTimer m_uptime;
};

} // namespace fleetdeck::lab
