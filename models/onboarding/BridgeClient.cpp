#include "onboarding/BridgeClient.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

#include <memory>

namespace fleetdeck {

namespace {

constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

QSslConfiguration sslFor(const TlsSettings& tls)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
        if (!extra.isEmpty())
            config.addCaCertificates(extra);
    }
    return config;
}

} // namespace

BridgeClient::BridgeClient() : m_thread(new QThread), m_manager(new QNetworkAccessManager)
{
    m_thread->setObjectName(QStringLiteral("BridgeClient"));
    m_manager->setAutoDeleteReplies(true);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->moveToThread(m_thread);
    m_thread->start();
}

BridgeClient::~BridgeClient()
{
    QMetaObject::invokeMethod(m_manager, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QFuture<BridgeReply> BridgeClient::request(const QByteArray& method, const QUrl& url, const TlsSettings& tls,
                                           const QByteArray& bearerToken, const QByteArray& body,
                                           int timeoutMs)
{
    auto promise = std::make_shared<QPromise<BridgeReply>>();
    QFuture<BridgeReply> future = promise->future();
    promise->start();
    QNetworkAccessManager* manager = m_manager;
    const bool queued = QMetaObject::invokeMethod(
        manager,
        [=] {
            QNetworkRequest req(url);
            req.setTransferTimeout(timeoutMs);
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            req.setRawHeader("Accept", "application/json");
            req.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral("fleetdeck/" FLEETDECK_VERSION));
            if (!bearerToken.isEmpty())
                req.setRawHeader("Authorization", "Bearer " + bearerToken);
            if (!body.isEmpty() || method == "PUT")
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (url.scheme() == QLatin1String("https"))
                req.setSslConfiguration(sslFor(tls));
            QNetworkReply* reply = manager->sendCustomRequest(req, method, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
                BridgeReply r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError && r.status == 0)
                    r.error = reply->errorString();
                else
                    r.body = reply->read(kMaxBytes);
                promise->addResult(r);
                promise->finish();
            });
        },
        Qt::QueuedConnection);
    if (!queued) {
        promise->addResult(BridgeReply{0, {}, QStringLiteral("bridge client is not running")});
        promise->finish();
    }
    return future;
}

BridgeReply BridgeClient::requestNow(const QByteArray& method, const QUrl& url, const TlsSettings& tls,
                                     const QByteArray& bearerToken, const QByteArray& body, int timeoutMs)
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    QFuture<BridgeReply> future = request(method, url, tls, bearerToken, body, timeoutMs);
    future.waitForFinished(); // worker thread only
    if (future.resultCount() == 0)
        return BridgeReply{0, {}, QStringLiteral("no answer")};
    return future.result();
}

} // namespace fleetdeck
