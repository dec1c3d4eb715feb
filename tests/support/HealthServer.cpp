#include "HealthServer.h"

#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace fleetdeck::test {

HealthServer::HealthServer(bool tls, QObject* parent) : QTcpServer(parent), m_tls(tls)
{
    if (m_tls) {
        QFile keyFile(dataPath(QStringLiteral("tls/server.key")));
        keyFile.open(QIODevice::ReadOnly);
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setLocalCertificateChain(QSslCertificate::fromPath(dataPath(QStringLiteral("tls/server.pem"))));
        m_ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
}

bool HealthServer::start()
{
    return listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
}

QString HealthServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(serverPort());
}

void HealthServer::setResponse(const QString& path, const Response& response)
{
    m_responses.insert(path, response);
}

void HealthServer::incomingConnection(qintptr handle)
{
    ++m_connections;
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_ssl);
        ssl->setSocketDescriptor(handle);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void HealthServer::serve(QTcpSocket* socket)
{
    QByteArray data = socket->property("pending").toByteArray() + socket->readAll();
    int end;
    while ((end = data.indexOf("\r\n\r\n")) >= 0) {
        const QByteArray head = data.left(end);
        data.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.split('\n').first().trimmed().split(' ');
        const QString path = requestLine.size() > 1 ? QString::fromLatin1(requestLine[1]) : QString();
        m_requests[path] += 1;
        const Response r = m_responses.value(path, Response{404, QByteArrayLiteral("not found")});
        if (r.hang)
            continue;
        if (r.closeAbruptly) {
            socket->abort();
            return;
        }
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Type: application/json\r\n"
                           "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + r.body;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(r.delayMs, this, [guard, reply] {
            if (guard)
                guard->write(reply);
        });
    }
    socket->setProperty("pending", data);
}

QByteArray HealthServer::referenceDocument(int configured, int busy, qint64 callsStarted, const QString& host)
{
    QJsonArray workers;
    for (int i = 1; i <= configured; ++i) {
        QJsonObject w{{QStringLiteral("id"), i}, {QStringLiteral("state"), i <= busy ? QStringLiteral("busy") : QStringLiteral("idle")}};
        if (i <= busy) {
            w.insert(QStringLiteral("call_id"), QStringLiteral("c-%1").arg(i, 4, 16, QLatin1Char('0')));
            w.insert(QStringLiteral("since"), QStringLiteral("2026-11-21T10:02:11Z"));
        }
        workers.append(w);
    }
    QJsonObject doc{{QStringLiteral("service"), QStringLiteral("voxcore")},
                    {QStringLiteral("host"), host},
                    {QStringLiteral("zone"), QStringLiteral("uk")},
                    {QStringLiteral("version"), QStringLiteral("1.8.2")},
                    {QStringLiteral("workers_configured"), configured},
                    {QStringLiteral("workers"), workers},
                    {QStringLiteral("calls_started_total"), callsStarted},
                    {QStringLiteral("memory"), QJsonObject{{QStringLiteral("total_mb"), 8192}, {QStringLiteral("used_mb"), 5230}}},
                    {QStringLiteral("uptime_s"), 86400}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace fleetdeck::test
