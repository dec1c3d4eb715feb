#include "HttpConnection.h"

#include "HttpResponse.h"

#include <QAbstractSocket>
#include <QLocalSocket>

namespace fleetdeck::lab {

HttpConnection::HttpConnection(QIODevice* device, QObject* parent) : QObject(parent), m_device(device)
{
    device->setParent(this);
    connect(device, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    if (auto* local = qobject_cast<QLocalSocket*>(device))
        connect(local, &QLocalSocket::disconnected, this, &QObject::deleteLater);
    else if (auto* tcp = qobject_cast<QAbstractSocket*>(device))
        connect(tcp, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(30000);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::closeDevice);
    m_idleTimer.start();
    if (device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::respond(int status, const QByteArray& contentType, const QByteArray& body)
{
    if (!m_waiting || m_closing)
        return;
    m_waiting = false;
    m_device->write(HttpResponse::make(status, contentType, body, m_keepAlive));
    if (!m_keepAlive) {
        closeDevice();
        return;
    }
    m_idleTimer.start();
    parseNext();
}

void HttpConnection::respondJson(int status, const QByteArray& json)
{
    respond(status, "application/json", json);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_device->readAll();
    if (m_buffer.size() > 2 * 1024 * 1024) {
        closeDevice();
        return;
    }
    parseNext();
}

void HttpConnection::parseNext()
{
    if (m_waiting || m_closing)
        return;
    HttpRequest request;
    switch (HttpRequest::take(m_buffer, request)) {
    case HttpRequest::Parse::Incomplete:
        return;
    case HttpRequest::Parse::Bad:
        m_device->write(HttpResponse::make(400, "text/plain", "bad request\n", false));
        closeDevice();
        return;
    case HttpRequest::Parse::Complete:
        break;
    }
    m_waiting = true;
    m_keepAlive = request.keepAlive();
    m_idleTimer.stop();
    emit requestReceived(request);
}

void HttpConnection::closeDevice()
{
    m_closing = true;
    if (auto* local = qobject_cast<QLocalSocket*>(m_device))
        local->disconnectFromServer();
    else if (auto* tcp = qobject_cast<QAbstractSocket*>(m_device))
        tcp->disconnectFromHost();
}

} // namespace fleetdeck::lab
