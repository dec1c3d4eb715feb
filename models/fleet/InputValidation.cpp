#include "fleet/InputValidation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace fleetdeck::InputValidation {

namespace {

bool matches(const QString& s, const char* pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern));
    return re.match(s).hasMatch();
}

bool hasControl(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

bool isName(const QString& s, int maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    return matches(s, "^[a-z0-9][a-z0-9-]*\\z");
}

bool isIpLiteral(const QString& s)
{
    if (s.isEmpty() || s.contains(QLatin1Char('%')))
        return false;
    QHostAddress address;
    if (!address.setAddress(s))
        return false;
    // QHostAddress accepts "1" or "010.1" forms; insist on the canonical dotted quad.
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return matches(s, "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}\\z");
    return address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isHost(const QString& s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    if (isIpLiteral(s))
        return true;
    if (matches(s, "^[0-9.]+\\z")) // looks numeric but is not a valid address
        return false;
    const auto labels = s.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (!matches(label, "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\z"))
            return false;
    }
    return true;
}

bool isServiceName(const QString& s)
{
    return matches(s, "^[a-z][a-z0-9_-]{0,31}\\z");
}

bool isUserName(const QString& s)
{
    return matches(s, "^[a-z_][a-z0-9_-]{0,31}\\z");
}

bool isEnvVarName(const QString& s)
{
    return matches(s, "^[A-Z_][A-Z0-9_]{0,63}\\z");
}

QString remotePathProblem(const QString& s, bool allowPlaceholder)
{
    if (s.isEmpty())
        return QStringLiteral("empty path");
    if (s.toUtf8().size() > 4096)
        return QStringLiteral("path longer than 4096 bytes");
    if (!s.startsWith(QLatin1Char('/')))
        return QStringLiteral("not an absolute path");
    if (hasControl(s))
        return QStringLiteral("path contains a control character (newline, tab, …)");
    QString rest = s;
    if (allowPlaceholder) {
        const int count = s.count(QStringLiteral("{n}"));
        if (count != 1)
            return QStringLiteral("must contain the worker number placeholder {n} exactly once");
        rest.replace(QStringLiteral("{n}"), QStringLiteral("1"));
    }
    if (!matches(rest, "^[A-Za-z0-9._/@+-]+\\z"))
        return QStringLiteral("path may only contain A-Z a-z 0-9 . _ / @ + -");
    const auto parts = rest.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return QStringLiteral("path contains a '..' component");
    }
    return {};
}

QString localPathProblem(const QString& s)
{
    if (s.isEmpty())
        return QStringLiteral("empty path");
    if (hasControl(s))
        return QStringLiteral("path contains a control character");
    if (!s.startsWith(QLatin1Char('/')) && !s.startsWith(QLatin1String("~/")))
        return QStringLiteral("must be absolute or start with ~/");
    return {};
}

QString urlProblem(const QString& s)
{
    if (hasControl(s) || s.contains(QLatin1Char(' ')))
        return QStringLiteral("URL contains spaces or control characters");
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("not a valid URL");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QStringLiteral("URL scheme must be http or https");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("URL must not contain user info");
    QString host = url.host();
    if (!isHost(host))
        return QStringLiteral("URL host is not a hostname or IP address");
    return {};
}

} // namespace fleetdeck::InputValidation
