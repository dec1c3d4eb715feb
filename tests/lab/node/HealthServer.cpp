#include "HealthServer.h"

#include "HttpConnection.h"
#include "NodeUtil.h"

#include <QLocalSocket>

namespace fleetdeck::lab {

HealthServer::HealthServer(const QString& listenPath, const HealthReport::Options& options, QObject* parent)
    : QObject(parent), m_listenPath(listenPath), m_report(options)
{
    m_uptime.start();
    connect(&m_server, &QLocalServer::newConnection, this, &HealthServer::onNewConnection);
}

bool HealthServer::listen(QString* error)
{
    QLocalServer::removeServer(m_listenPath);
    if (!m_server.listen(m_listenPath)) {
        *error = m_server.errorString();
        return false;
    }
    NodeUtil::makeWorldAccessible(m_listenPath);
    return true;
}

void HealthServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, connection,
                [this, connection](const HttpRequest& req) {
                    if (req.method != "GET") {
                        connection->respond(405, "text/plain", "method not allowed\n");
                        return;
                    }
                    connection->respondJson(200, m_report.build(m_uptime.elapsed() / 1000) + '\n');
                });
    }
}

} // namespace fleetdeck::lab
