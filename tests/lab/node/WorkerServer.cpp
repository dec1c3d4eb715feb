#include "WorkerServer.h"

#include "ExitCleanup.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "NodeUtil.h"
#include "WebSocketFrame.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QTextStream>

namespace fleetdeck::lab {

WorkerServer::WorkerServer(const Options& options, QObject* parent) : QObject(parent), m_options(options)
{
    m_holdTimer.setSingleShot(true);
    m_closeWaitTimer.setSingleShot(true);
    m_closeWaitTimer.setInterval(2000);
    connect(&m_holdTimer, &QTimer::timeout, this, &WorkerServer::onHoldExpired);
    connect(&m_closeWaitTimer, &QTimer::timeout, this, [this] { endCall(false, 0); });
    connect(&m_server, &QLocalServer::newConnection, this, &WorkerServer::onNewConnection);
}

bool WorkerServer::start(QString* error)
{
    m_callsStarted = previousCallsStarted(m_options.statePath);
    if (!m_options.pidFile.isEmpty()) {
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
        if (!NodeUtil::writeAtomically(m_options.pidFile, pid, error))
            return false;
    }
    ExitCleanup::install(m_options.socketPath, m_options.pidFile);
    setState(QStringLiteral("starting"));
    QTimer::singleShot(qMax(0, m_options.startDelayMs), this, &WorkerServer::listenNow);
    return true;
}

void WorkerServer::listenNow()
{
    QLocalServer::removeServer(m_options.socketPath);
    m_server.setMaxPendingConnections(64);
    if (!m_server.listen(m_options.socketPath)) {
        QTextStream(stderr) << "fleetlab-node worker: cannot listen on " << m_options.socketPath << ": "
                            << m_server.errorString() << '\n';
        ExitCleanup::removeFiles();
        QCoreApplication::exit(1);
        return;
    }
    NodeUtil::makeWorldAccessible(m_options.socketPath);
    setState(QStringLiteral("idle"));
}

void WorkerServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            if (socket == m_call)
                endCall(false, 0);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void WorkerServer::onReadyRead(QLocalSocket* socket)
{
    if (socket == m_call) {
        onCallData();
        return;
    }
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end()) {
        socket->readAll(); // already answered, waiting for the close
        return;
    }
    it->append(socket->readAll());
    HttpRequest request;
    switch (HttpRequest::take(*it, request)) {
    case HttpRequest::Parse::Incomplete:
        return;
    case HttpRequest::Parse::Bad:
        m_buffers.erase(it);
        reply(socket, 400, "text/plain", "bad request\n");
        return;
    case HttpRequest::Parse::Complete:
        break;
    }
    const QByteArray rest = *it;
    m_buffers.erase(it);
    handleRequest(socket, request);
    if (socket == m_call && !rest.isEmpty()) {
        m_callBuffer = rest; // frames sent right behind the handshake
        onCallData();
    }
}

void WorkerServer::handleRequest(QLocalSocket* socket, const HttpRequest& request)
{
    if (m_state != QLatin1String("idle") || m_call) {
        reply(socket, 429, "application/json",
              R"({"error":"busy","worker":)" + QByteArray::number(m_options.id) + "}\n");
        return;
    }
    if (request.isWebSocketUpgrade()) {
        if (request.method != "GET" || request.header("sec-websocket-key").isEmpty()) {
            reply(socket, 400, "text/plain", "bad websocket handshake\n");
            return;
        }
        beginCall(socket, request);
        return;
    }
    if (request.method == "GET" && request.path == "/status") {
        reply(socket, 200, "application/json", stateJson() + '\n');
        return;
    }
    reply(socket, 404, "text/plain", "not found\n");
}

void WorkerServer::beginCall(QLocalSocket* socket, const HttpRequest& request)
{
    QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";
    response += "Sec-WebSocket-Accept: " + WebSocketFrame::acceptKey(request.header("sec-websocket-key")) +
                "\r\n\r\n";
    socket->write(response);
    m_call = socket;
    m_callBuffer.clear();
    m_closeSent = false;
    m_callId = request.query.queryItemValue(QStringLiteral("call_id"));
    if (m_callId.isEmpty())
        m_callId =
            QStringLiteral("c-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_since = NodeUtil::isoNowUtc();
    bool ok = false;
    int hold = request.query.queryItemValue(QStringLiteral("hold")).toInt(&ok);
    if (!ok || hold <= 0)
        hold = m_options.defaultHoldS;
    m_holdTimer.start(qMin(hold, 24 * 3600) * 1000);
    ++m_callsStarted;
    setState(QStringLiteral("busy"));
}

void WorkerServer::onCallData()
{
    if (!m_call)
        return;
    m_callBuffer += m_call->readAll();
    for (;;) {
        bool error = false;
        auto frame = WebSocketFrame::take(m_callBuffer, &error);
        if (error) {
            endCall(true, 1009);
            return;
        }
        if (!frame)
            return;
        if (frame->opcode == WebSocketFrame::Ping) {
            m_call->write(WebSocketFrame::encode(WebSocketFrame::Pong, frame->payload, false));
        } else if (frame->opcode == WebSocketFrame::Close) {
            const quint16 code = frame->payload.size() >= 2
                                     ? quint16((uchar(frame->payload[0]) << 8) | uchar(frame->payload[1]))
                                     : 1000;
            endCall(!m_closeSent, code);
            return;
        }
        // text/binary/pong/continuation: audio stand-in, skipped
    }
}

void WorkerServer::onHoldExpired()
{
    if (!m_call)
        return;
    m_call->write(WebSocketFrame::encode(WebSocketFrame::Close,
                                         WebSocketFrame::closePayload(1000, "hold ended"), false));
    m_call->flush();
    m_closeSent = true;
    m_closeWaitTimer.start();
}

void WorkerServer::endCall(bool replyClose, quint16 code)
{
    m_holdTimer.stop();
    m_closeWaitTimer.stop();
    QLocalSocket* socket = m_call;
    m_call = nullptr;
    m_callBuffer.clear();
    if (socket && socket->state() == QLocalSocket::ConnectedState) {
        if (replyClose)
            socket->write(
                WebSocketFrame::encode(WebSocketFrame::Close, WebSocketFrame::closePayload(code), false));
        socket->disconnectFromServer();
    }
    if (m_state == QLatin1String("busy")) {
        m_callId.clear();
        m_since.clear();
        setState(QStringLiteral("idle"));
    }
}

void WorkerServer::reply(QLocalSocket* socket, int status, const QByteArray& type, const QByteArray& body)
{
    socket->write(HttpResponse::make(status, type, body, false));
    socket->disconnectFromServer();
}

QByteArray WorkerServer::stateJson() const
{
    // Written by hand to keep the documented key order (shell scripts read it too).
    const auto str = [](const QString& s) {
        return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    };
    QByteArray out = "{\"id\":" + QByteArray::number(m_options.id) +
                     ",\"pid\":" + QByteArray::number(QCoreApplication::applicationPid()) +
                     ",\"state\":" + str(m_state);
    if (m_state == QLatin1String("busy"))
        out += ",\"call_id\":" + str(m_callId) + ",\"since\":" + str(m_since);
    return out + ",\"calls_started\":" + QByteArray::number(m_callsStarted) + '}';
}

void WorkerServer::writeState()
{
    QString error;
    if (!NodeUtil::writeAtomically(m_options.statePath, stateJson() + '\n', &error))
        QTextStream(stderr) << "fleetlab-node worker: cannot write " << m_options.statePath << ": " << error
                            << '\n';
}

void WorkerServer::setState(const QString& state)
{
    m_state = state;
    writeState();
}

qint64 WorkerServer::previousCallsStarted(const QString& statePath)
{
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    return qMax<qint64>(0, o.value(QStringLiteral("calls_started")).toInteger());
}

} // namespace fleetdeck::lab
