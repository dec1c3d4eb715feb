#pragma once

#include "fleet/TlsSettings.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace fleetdeck {

struct HttpRequest
{
    QUrl url;
    TlsSettings tls;
    int timeoutMs = 3000;
    qint64 maxBytes = 1024 * 1024;
};

struct HttpResponse
{
    int status = 0;        ///< HTTP status, 0 when no response arrived
    QByteArray body;
    QString error;         ///< transport error (timeout, refused, TLS, oversize); empty when a response arrived
    qint64 elapsedMs = 0;
};

/// The small interface the health poller talks to, so unit tests can use a
/// fake. QNetworkHttpClient is the real one. `done` runs on the client's thread.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~HttpClient() override = default;

    virtual void get(const HttpRequest& request, std::function<void(const HttpResponse&)> done) = 0;
};

} // namespace fleetdeck
