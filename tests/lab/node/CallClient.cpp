#include "CallClient.h"

#include "HttpResponse.h"
#include "WebSocketFrame.h"

#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace fleetdeck::lab {

namespace {
constexpr int HandshakeTimeoutMs = 10000;
constexpr int CloseWaitMs = 2000;
} // namespace

CallClient::CallClient(const CallTarget& target, const QString& callId, int holdMs, int serverHoldS,
                       QObject* parent)
    : QObject(parent), m_target(target), m_callId(callId), m_holdMs(holdMs), m_serverHoldS(serverHoldS)
{
    m_timer.setSingleShot(true);
}

void CallClient::start()
{
    connect(&m_timer, &QTimer::timeout, this, [this] { abort(); });
    m_timer.start(HandshakeTimeoutMs);
    if (!m_target.unixPath.isEmpty()) {
        auto* socket = new QLocalSocket(this);
        m_device = socket;
        connect(socket, &QLocalSocket::connected, this, &CallClient::onConnected);
        connect(socket, &QLocalSocket::readyRead, this, &CallClient::onReadyRead);
        connect(socket, &QLocalSocket::disconnected, this,
                [this] { onConnectionLost(QStringLiteral("closed")); });
        connect(socket, &QLocalSocket::errorOccurred, this,
                [this, socket] { onConnectionLost(socket->errorString()); });
        socket->connectToServer(m_target.unixPath);
        return;
    }
    QTcpSocket* socket = nullptr;
    const QString host = m_target.url.host();
    if (m_target.secure()) {
        auto* ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_target.ca.isEmpty())
            conf.addCaCertificates(m_target.ca);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl->setSslConfiguration(conf);
        ssl->setPeerVerifyName(host);
        connect(ssl, &QSslSocket::encrypted, this, &CallClient::onConnected);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &CallClient::onConnected);
    }
    m_device = socket;
    connect(socket, &QTcpSocket::readyRead, this, &CallClient::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] { onConnectionLost(QStringLiteral("closed")); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket] { onConnectionLost(socket->errorString()); });
    if (auto* ssl = qobject_cast<QSslSocket*>(socket))
        ssl->connectToHostEncrypted(host, m_target.port(), host);
    else
        socket->connectToHost(host, m_target.port());
}

void CallClient::onConnected()
{
    if (auto* tcp = qobject_cast<QAbstractSocket*>(m_device))
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_key = WebSocketFrame::newKey();
    QByteArray request = "GET " + m_target.requestTarget(m_serverHoldS, m_callId) + " HTTP/1.1\r\n";
    request += "Host: " + m_target.hostHeader() + "\r\n";
    request += "Upgrade: websocket\r\nConnection: Upgrade\r\n";
    request += "Sec-WebSocket-Key: " + m_key + "\r\nSec-WebSocket-Version: 13\r\n";
    request += "User-Agent: fleetlab-node-calls\r\n\r\n";
    m_device->write(request);
}

void CallClient::onReadyRead()
{
    if (m_done) {
        m_device->readAll();
        return;
    }
    m_buffer += m_device->readAll();
    if (!m_started) {
        HttpResponse response;
        switch (HttpResponse::takeHead(m_buffer, response)) {
        case HttpResponse::Parse::Incomplete:
            return;
        case HttpResponse::Parse::Bad:
            finish(Outcome::Rejected, QStringLiteral("bad HTTP response"));
            closeDevice(true);
            return;
        case HttpResponse::Parse::Complete:
            break;
        }
        if (response.status != 101) {
            finish(Outcome::Rejected, QStringLiteral("HTTP %1").arg(response.status));
            closeDevice(true);
            return;
        }
        if (response.header("sec-websocket-accept") != WebSocketFrame::acceptKey(m_key)) {
            finish(Outcome::Rejected, QStringLiteral("bad Sec-WebSocket-Accept"));
            closeDevice(true);
            return;
        }
        m_started = true;
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (!m_closeSent)
                sendClose(1000);
            else
                abort(); // no close frame from the server within CloseWaitMs
        });
        m_timer.start(m_holdMs);
        emit started();
    }
    readFrames();
}

void CallClient::readFrames()
{
    while (!m_done) {
        bool error = false;
        auto frame = WebSocketFrame::take(m_buffer, &error);
        if (error) {
            finish(Outcome::Dropped, QStringLiteral("oversized frame"));
            closeDevice(true);
            return;
        }
        if (!frame)
            return;
        if (frame->opcode == WebSocketFrame::Ping) {
            m_device->write(WebSocketFrame::encode(WebSocketFrame::Pong, frame->payload, true));
        } else if (frame->opcode == WebSocketFrame::Close) {
            if (!m_closeSent) {
                m_device->write(WebSocketFrame::encode(WebSocketFrame::Close, frame->payload.left(2), true));
                m_closeSent = true;
            }
            finish(Outcome::Completed, {});
            closeDevice(false);
            return;
        }
    }
}

void CallClient::onConnectionLost(const QString& why)
{
    if (m_done)
        return;
    if (m_device && m_device->bytesAvailable() > 0)
        onReadyRead(); // a close frame may arrive together with the EOF
    if (m_done)
        return;
    finish(m_started ? Outcome::Dropped : Outcome::Rejected, why);
    closeDevice(true);
}

void CallClient::sendClose(quint16 code)
{
    m_closeSent = true;
    m_device->write(WebSocketFrame::encode(WebSocketFrame::Close, WebSocketFrame::closePayload(code), true));
    m_timer.start(CloseWaitMs);
}

void CallClient::hangUp()
{
    if (m_done)
        return;
    if (!m_started) {
        finish(Outcome::Abandoned, QStringLiteral("interrupted"));
        closeDevice(true);
        return;
    }
    if (!m_closeSent)
        sendClose(1001);
}

void CallClient::abort()
{
    if (m_done)
        return;
    finish(m_started ? Outcome::Dropped : Outcome::Rejected, QStringLiteral("timeout"));
    closeDevice(true);
}

void CallClient::finish(Outcome outcome, const QString& detail)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    emit finished(outcome, detail);
}

void CallClient::closeDevice(bool abortNow)
{
    if (auto* local = qobject_cast<QLocalSocket*>(m_device)) {
        if (abortNow)
            local->abort();
        else
            local->disconnectFromServer();
    } else if (auto* tcp = qobject_cast<QAbstractSocket*>(m_device)) {
        if (abortNow)
            tcp->abort();
        else
            tcp->disconnectFromHost();
    }
    // Give a graceful close a moment to flush, then go.
    QTimer::singleShot(abortNow ? 0 : 1000, this, &QObject::deleteLater);
}

} // namespace fleetdeck::lab
