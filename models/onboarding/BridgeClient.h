#pragma once

#include "fleet/TlsSettings.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QThread;

namespace fleetdeck {

/// One HTTP exchange with the bridge.
struct BridgeReply
{
    int status = 0; ///< 0: no response
    QByteArray body;
    QString error; ///< transport error; empty when a response arrived
    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
};

/// GET/PUT for the bridge's settings API from a worker thread: the
/// QNetworkAccessManager lives on the client's own thread, requests are marshalled
/// there and answered through a QPromise (no nested event loop). The token is
/// passed per request and never logged.
class BridgeClient
{
public:
    BridgeClient();
    ~BridgeClient();
    BridgeClient(const BridgeClient&) = delete;
    BridgeClient& operator=(const BridgeClient&) = delete;

    QFuture<BridgeReply> request(const QByteArray& method, const QUrl& url, const TlsSettings& tls,
                                 const QByteArray& bearerToken = {}, const QByteArray& body = {},
                                 int timeoutMs = 10000);
    /// Blocks the calling thread (never the client's own thread).
    BridgeReply requestNow(const QByteArray& method, const QUrl& url, const TlsSettings& tls,
                           const QByteArray& bearerToken = {}, const QByteArray& body = {},
                           int timeoutMs = 10000);

private:
    QThread* m_thread;
    QNetworkAccessManager* m_manager;
};

} // namespace fleetdeck
