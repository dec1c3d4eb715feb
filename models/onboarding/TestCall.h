#pragma once

#include "fleet/TlsSettings.h"

#include <QString>
#include <QUrl>

#include <memory>

class QSslSocket;

namespace fleetdeck {

/// A WebSocket call held open for verification: `GET <path>?call_id=…&hold=…` with
/// an Upgrade over TLS. Blocking (worker threads only; uses the socket's waitFor*
/// functions, no event loop). The call ends when the object is destroyed.
class TestCall
{
public:
    TestCall();
    ~TestCall();
    TestCall(const TestCall&) = delete;
    TestCall& operator=(const TestCall&) = delete;

    /// `url` is https://host:port/path (wss:// is accepted too). Returns the HTTP
    /// status (101 = the call was accepted by a worker), -1 on a transport error.
    int open(const QUrl& url, const TlsSettings& tls, const QString& callId, int holdSeconds,
             int timeoutMs = 8000);
    QString error() const { return m_error; }

private:
    std::unique_ptr<QSslSocket> m_socket;
    QString m_error;
};

} // namespace fleetdeck
