#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace fleetdeck::lab {

/// Where the call generator places its calls: a ws:// or wss:// URL, optionally
/// reached through a Unix socket instead of TCP (--unix, for tests against a worker).
struct CallTarget
{
    QUrl url;         // ws://host:port/attach or wss://…
    QString unixPath; // when set, connect here and speak plain ws
    QList<QSslCertificate> ca;

    bool secure() const { return url.scheme() == QLatin1String("wss") && unixPath.isEmpty(); }
    quint16 port() const { return quint16(url.port(url.scheme() == QLatin1String("wss") ? 443 : 80)); }
    /// Host header value (host[:port], port omitted when default).
    QByteArray hostHeader() const;
    /// Request target: the URL path and query plus hold and call_id.
    QByteArray requestTarget(int serverHoldS, const QString& callId) const;
};

} // namespace fleetdeck::lab
