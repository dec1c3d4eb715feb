#pragma once

#include "fleet/TlsSettings.h"
#include "health/HealthSnapshot.h"

#include <QFuture>
#include <QString>
#include <QUrl>

#include <functional>

class QThread;

namespace fleetdeck {

class HttpClient;

/// One health read: a snapshot or why not.
struct HealthReading
{
    HealthSnapshot snapshot;
    QString error; ///< empty when `snapshot` is good
    bool ok() const { return error.isEmpty(); }
};

/// Reads /health/fleet for code that runs off the GUI thread (the plan runner's
/// worker thread): the HttpClient lives on the probe's own thread, requests are
/// marshalled there with QMetaObject::invokeMethod and answered through a QPromise,
/// so the caller may block on the future without a nested event loop.
class HealthProbe
{
public:
    using ClientFactory = std::function<HttpClient*()>;

    /// QNetworkHttpClient by default; tests pass a factory for a fake.
    explicit HealthProbe(ClientFactory factory = {});
    ~HealthProbe();
    HealthProbe(const HealthProbe&) = delete;
    HealthProbe& operator=(const HealthProbe&) = delete;

    QFuture<HealthReading> fetch(const QUrl& url, const TlsSettings& tls, int timeoutMs = 3000);
    /// Blocks the calling thread (never the probe's own thread) until the answer.
    HealthReading fetchNow(const QUrl& url, const TlsSettings& tls, int timeoutMs = 3000);

private:
    QThread* m_thread;
    HttpClient* m_client;
};

} // namespace fleetdeck
