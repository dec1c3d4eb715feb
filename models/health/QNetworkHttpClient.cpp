#include "health/QNetworkHttpClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

#include <memory>

namespace fleetdeck {

QNetworkHttpClient::QNetworkHttpClient(QObject* parent)
    : HttpClient(parent), m_manager(new QNetworkAccessManager(this))
{
    m_manager->setAutoDeleteReplies(true);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkHttpClient::~QNetworkHttpClient() = default;

QSslConfiguration QNetworkHttpClient::sslConfigurationFor(const TlsSettings& tls)
{
    if (tls.caFile.isEmpty())
        return QSslConfiguration::defaultConfiguration();
    auto it = m_sslByCaFile.constFind(tls.caFile);
    if (it != m_sslByCaFile.constEnd())
        return *it;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
    if (!extra.isEmpty()) {
        auto cas = config.caCertificates();
        cas.append(extra);
        config.setCaCertificates(cas);
    }
    m_sslByCaFile.insert(tls.caFile, config);
    return config;
}

bool QNetworkHttpClient::pinMatches(QNetworkReply* reply, const QString& pinnedSha256)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull())
        return false;
    return QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()) == pinnedSha256;
}

void QNetworkHttpClient::get(const HttpRequest& request, std::function<void(const HttpResponse&)> done)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(request.timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("fleetdeck/" FLEETDECK_VERSION));
    if (request.url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(sslConfigurationFor(request.tls));

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = m_manager->get(req);
    auto oversize = std::make_shared<bool>(false);
    const qint64 maxBytes = request.maxBytes;
    const QString pin = request.tls.pinnedSha256;

    if (!pin.isEmpty()) {
        // A pinned certificate replaces chain validation: accept exactly that certificate.
        connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError>&) {
            if (pinMatches(reply, pin))
                reply->ignoreSslErrors();
        });
        connect(reply, &QNetworkReply::encrypted, reply, [reply, pin] {
            if (!pinMatches(reply, pin))
                reply->abort();
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes, oversize](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            *oversize = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), timer, oversize, maxBytes] {
        HttpResponse response;
        response.elapsedMs = timer->elapsed();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*oversize) {
            response.error = QStringLiteral("response larger than %1 bytes").arg(maxBytes);
        } else if (reply->error() != QNetworkReply::NoError && response.status == 0) {
            response.error = reply->error() == QNetworkReply::OperationCanceledError
                                 ? QStringLiteral("timed out or aborted (certificate pin mismatch?)")
                                 : reply->errorString();
        } else {
            response.body = reply->read(maxBytes + 1);
        }
        done(response);
    });
}

} // namespace fleetdeck
