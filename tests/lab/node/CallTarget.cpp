#include "CallTarget.h"

#include <QUrlQuery>

namespace fleetdeck::lab {

QByteArray CallTarget::hostHeader() const
{
    const bool wss = url.scheme() == QLatin1String("wss");
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int p = url.port(-1);
    if (p > 0 && p != (wss ? 443 : 80))
        host += QLatin1Char(':') + QString::number(p);
    return host.toUtf8();
}

QByteArray CallTarget::requestTarget(int serverHoldS, const QString& callId) const
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("hold"));
    query.removeAllQueryItems(QStringLiteral("call_id"));
    query.addQueryItem(QStringLiteral("hold"), QString::number(serverHoldS));
    query.addQueryItem(QStringLiteral("call_id"), callId);
    return (path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded)).toUtf8();
}

} // namespace fleetdeck::lab
