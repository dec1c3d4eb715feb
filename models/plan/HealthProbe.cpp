#include "plan/HealthProbe.h"

#include "health/HealthParser.h"
#include "health/QNetworkHttpClient.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPromise>
#include <QThread>

#include <memory>

namespace fleetdeck {

HealthProbe::HealthProbe(ClientFactory factory) : m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("HealthProbe"));
    m_client = factory ? factory() : new QNetworkHttpClient;
    m_client->moveToThread(m_thread);
    m_thread->start();
}

HealthProbe::~HealthProbe()
{
    QMetaObject::invokeMethod(m_client, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QFuture<HealthReading> HealthProbe::fetch(const QUrl& url, const TlsSettings& tls, int timeoutMs)
{
    auto promise = std::make_shared<QPromise<HealthReading>>();
    QFuture<HealthReading> future = promise->future();
    promise->start();
    HttpRequest request{url, tls, timeoutMs, HealthParser::kMaxBytes};
    HttpClient* client = m_client;
    const bool queued = QMetaObject::invokeMethod(
        client,
        [client, request, promise] {
            client->get(request, [promise](const HttpResponse& response) {
                HealthReading reading;
                if (!response.error.isEmpty())
                    reading.error = response.error;
                else if (response.status != 200)
                    reading.error = QStringLiteral("HTTP %1").arg(response.status);
                else {
                    const HealthParser::Result parsed =
                        HealthParser::parse(response.body, QDateTime::currentMSecsSinceEpoch());
                    reading.snapshot = parsed.snapshot;
                    reading.error = parsed.error;
                }
                promise->addResult(reading);
                promise->finish();
            });
        },
        Qt::QueuedConnection);
    if (!queued) {
        promise->addResult(HealthReading{{}, QStringLiteral("health probe is not running")});
        promise->finish();
    }
    return future;
}

HealthReading HealthProbe::fetchNow(const QUrl& url, const TlsSettings& tls, int timeoutMs)
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    QFuture<HealthReading> future = fetch(url, tls, timeoutMs);
    future.waitForFinished();
    if (future.resultCount() == 0)
        return HealthReading{{}, QStringLiteral("no answer")};
    return future.result();
}

} // namespace fleetdeck
