#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <functional>

namespace fleetdeck::lab {

/// The seed's pick_fleet_server(): health-check every fleet URL, pick the one
/// with the most idle workers (ties: first in the list).
class FleetPicker : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int status = 503; // 200 when a server was picked
        QByteArray json;
    };
    using Callback = std::function<void(const Result&)>;

    explicit FleetPicker(const QList<QSslCertificate>& caCertificates, QObject* parent = nullptr);

    void pick(const QStringList& urls, Callback done);

    /// Idle workers in a health document; -1 with *error set when it is not one.
    static int freeWorkers(const QByteArray& body, QString* error);

private:
    QNetworkAccessManager m_nam;
    QList<QSslCertificate> m_ca;
};

} // namespace fleetdeck::lab
