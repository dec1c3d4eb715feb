#pragma once

#include "health/HttpClient.h"

#include <QHash>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;

namespace fleetdeck {

/// HttpClient over ONE QNetworkAccessManager (one extra thread however many
/// servers; keep-alive connections reused between polls), with an explicit
/// transfer timeout, a size cap enforced while downloading, replies always
/// freed, and per-endpoint trust: an extra CA file or a pinned certificate.
class QNetworkHttpClient : public HttpClient
{
    Q_OBJECT

public:
    explicit QNetworkHttpClient(QObject* parent = nullptr);
    ~QNetworkHttpClient() override;

    void get(const HttpRequest& request, std::function<void(const HttpResponse&)> done) override;

private:
    QSslConfiguration sslConfigurationFor(const TlsSettings& tls);
    static bool pinMatches(QNetworkReply* reply, const QString& pinnedSha256);

    QNetworkAccessManager* m_manager;
    QHash<QString, QSslConfiguration> m_sslByCaFile;
};

} // namespace fleetdeck
