#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QIODevice;

namespace fleetdeck::lab {

/// Server side of one HTTP/1.1 connection (QLocalSocket, QTcpSocket or QSslSocket):
/// parses requests one at a time, keeps the connection alive between them, closes
/// it after 30 s idle. Owns the device and deletes itself when it disconnects.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QIODevice* device, QObject* parent = nullptr);

    /// Answers the current request; the next one in the buffer is then parsed.
    void respond(int status, const QByteArray& contentType, const QByteArray& body);
    void respondJson(int status, const QByteArray& json);

signals:
    void requestReceived(const fleetdeck::lab::HttpRequest& request);

private:
    void onReadyRead();
    void parseNext();
    void closeDevice();

    QIODevice* m_device = nullptr;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    bool m_waiting = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_closing = false;
};

} // namespace fleetdeck::lab
