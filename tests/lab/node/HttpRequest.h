#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace fleetdeck::lab {

/// One HTTP/1.x request as the lab's servers see it.
struct HttpRequest
{
    enum class Parse { Incomplete, Complete, Bad };

    QByteArray method;
    QByteArray target; // as sent: /attach?call_id=x
    QByteArray path;   // /attach
    QUrlQuery query;
    QByteArray version;                           // HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const;
    bool hasToken(const QByteArray& lowerName, const QByteArray& lowerToken) const;
    bool isWebSocketUpgrade() const;
    bool keepAlive() const;

    /// Takes one complete request (head and Content-Length body) off the front of buf.
    static Parse take(QByteArray& buf, HttpRequest& out, qsizetype maxHead = 16 * 1024,
                      qsizetype maxBody = 1024 * 1024);
};

} // namespace fleetdeck::lab
