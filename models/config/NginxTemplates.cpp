#include "config/NginxTemplates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetdeck {

namespace {

constexpr char kRouteTemplate[] = R"(location %PATH% {
    proxy_pass http://%UPSTREAM%;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection "upgrade";
    proxy_set_header Host $host;
    proxy_set_header X-Real-IP $remote_addr;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_next_upstream error timeout http_429 non_idempotent;
    proxy_next_upstream_tries 0;
    proxy_connect_timeout 5s;
    proxy_read_timeout 3600s;
    proxy_send_timeout 3600s;
}
)";

ConfigError badName(const QString& name)
{
    return ConfigError{
        ConfigError::Kind::InvalidArgument,
        QCoreApplication::translate("fleetdeck::NginxTemplates", "\"%1\" is not a valid upstream name")
            .arg(name),
        0};
}

} // namespace

bool NginxTemplates::isValidUpstreamName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

QList<QByteArray> NginxTemplates::routePaths()
{
    return {"/attach", "/livekit/dialout", "/livekit/widget"};
}

ConfigResult<QByteArray> NginxTemplates::upstreamBlock(const QString& upstreamName,
                                                       const SocketTemplate& sockets, int count)
{
    if (!isValidUpstreamName(upstreamName))
        return badName(upstreamName);
    if (count < 1 || count > 100000 || !sockets.isValid())
        return ConfigError{ConfigError::Kind::InvalidArgument,
                           QCoreApplication::translate("fleetdeck::NginxTemplates",
                                                       "cannot generate an upstream for %1 workers")
                               .arg(count),
                           0};
    const QByteArray name = upstreamName.toUtf8();
    QByteArray text = "upstream " + name + " {\n    zone " + name + " 64k;\n    least_conn;\n";
    for (int n = 1; n <= count; ++n)
        text += "    server " + sockets.addressFor(n) + " max_conns=1 fail_timeout=10;\n";
    return text + "}\n";
}

ConfigResult<QByteArray> NginxTemplates::routes(const QString& upstreamName)
{
    if (!isValidUpstreamName(upstreamName))
        return badName(upstreamName);
    QByteArray text =
        "# 429-retry routes for upstream " + upstreamName.toUtf8() +
        " (written by Fleetdeck).\n"
        "# A worker takes one call; a busy worker answers 429 and nginx tries the next socket.\n";
    for (const QByteArray& path : routePaths()) {
        QByteArray block(kRouteTemplate);
        block.replace("%PATH%", path).replace("%UPSTREAM%", upstreamName.toUtf8());
        text += '\n' + block;
    }
    return text;
}

} // namespace fleetdeck
