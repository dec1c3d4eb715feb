#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace fleetdeck::lab {

/// Builds server responses and parses a response head on the client side.
struct HttpResponse
{
    enum class Parse { Incomplete, Complete, Bad };

    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased

    QByteArray header(const QByteArray& lowerName) const;

    static QByteArray reason(int status);
    static QByteArray make(int status, const QByteArray& contentType, const QByteArray& body, bool keepAlive,
                           const QList<QPair<QByteArray, QByteArray>>& extra = {});
    static QByteArray makeJson(int status, const QByteArray& json, bool keepAlive);
    /// Takes a response head (status line + headers) off the front of buf.
    static Parse takeHead(QByteArray& buf, HttpResponse& out, qsizetype maxHead = 16 * 1024);
};

} // namespace fleetdeck::lab
