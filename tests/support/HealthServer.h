#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

namespace fleetdeck::test {

/// A small HTTP/1.1 server for tests (TLS optional, keep-alive), serving a
/// configurable response per path: the stand-in for health endpoints until a
/// test uses the real lab. Listens on 127.0.0.1 only.
class HealthServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;          ///< answer after this long
        bool hang = false;        ///< never answer (timeouts)
        bool closeAbruptly = false;
    };

    /// tls = true: serves HTTPS with tests/data/tls/server.pem (CA tests/data/tls/ca.pem).
    explicit HealthServer(bool tls, QObject* parent = nullptr);

    bool start();
    quint16 serverPort() const { return QTcpServer::serverPort(); }
    QString baseUrl() const;

    void setResponse(const QString& path, const Response& response);
    void setBody(const QString& path, const QByteArray& body) { setResponse(path, Response{200, body}); }

    int connectionCount() const { return m_connections; }
    int requestCount(const QString& path) const { return m_requests.value(path); }

    static QByteArray referenceDocument(int configured, int busy, qint64 callsStarted, const QString& host = QStringLiteral("fleet-uk-1"));

protected:
    void incomingConnection(qintptr handle) override;

private:
    void serve(QTcpSocket* socket);

    bool m_tls;
    QSslConfiguration m_ssl;
    QHash<QString, Response> m_responses;
    QHash<QString, int> m_requests;
    int m_connections = 0;
};

} // namespace fleetdeck::test
