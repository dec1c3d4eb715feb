#pragma once

#include "FleetPicker.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

class QTcpServer;

namespace fleetdeck::lab {

class HttpConnection;
struct HttpRequest;

/// Stand-in for the bridge (VoxBridge): settings with the fleet list, a token-guarded
/// PUT, and /api/pick with the most-free-workers rule. HTTPS when given a cert.
class BridgeServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address;
        quint16 port = 0;
        QString settingsFile;
        QString tokenFile;
        QString certFile;
        QString keyFile;
        QString caFile;
        QString fleetKey = QStringLiteral("voxcore_fleet");
    };

    explicit BridgeServer(const Options& options, QObject* parent = nullptr);

    bool start(QString* error);

private:
    void onPendingConnection();
    void handle(HttpConnection* connection, const HttpRequest& request);
    void handlePut(HttpConnection* connection, const HttpRequest& request);
    void handlePick(HttpConnection* connection);
    QJsonObject loadSettings() const;
    bool authorized(const HttpRequest& request) const;

    Options m_options;
    QTcpServer* m_server = nullptr;
    FleetPicker* m_picker = nullptr;
};

} // namespace fleetdeck::lab
