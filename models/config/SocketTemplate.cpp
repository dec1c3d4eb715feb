#include "config/SocketTemplate.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::SocketTemplate", text);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

ConfigResult<SocketTemplate> SocketTemplate::fromPattern(const QString& pattern)
{
    const QByteArray bytes = pattern.toUtf8();
    const qsizetype at = bytes.indexOf("{n}");
    if (at < 0 || bytes.indexOf("{n}", at + 1) >= 0)
        return configError(ConfigError::Kind::InvalidArgument,
                           tr("socket path template \"%1\" must contain {n} exactly once").arg(pattern));
    if (!bytes.startsWith('/'))
        return configError(ConfigError::Kind::InvalidArgument,
                           tr("socket path template \"%1\" is not an absolute path").arg(pattern));
    SocketTemplate t;
    t.m_pattern = pattern;
    t.m_prefix = bytes.left(at);
    t.m_suffix = bytes.mid(at + 3);
    if ((!t.m_prefix.isEmpty() && isDigit(t.m_prefix.back())) ||
        (!t.m_suffix.isEmpty() && isDigit(t.m_suffix.front())))
        return configError(ConfigError::Kind::InvalidArgument,
                           tr("socket path template \"%1\": {n} must not touch other digits").arg(pattern));
    return t;
}

ConfigResult<SocketTemplate> SocketTemplate::deriveFromAddress(const QByteArray& address)
{
    const auto refuse = [&] {
        return configError(ConfigError::Kind::Unsupported,
                           tr("cannot derive a socket template from \"%1\": expected unix:/path/with_N.sock")
                               .arg(QString::fromUtf8(address)));
    };
    if (!address.startsWith("unix:/"))
        return refuse();
    const QByteArray path = address.mid(5);
    qsizetype end = path.size();
    while (end > 0 && !isDigit(path[end - 1]))
        --end;
    qsizetype begin = end;
    while (begin > 0 && isDigit(path[begin - 1]))
        --begin;
    if (begin == end)
        return refuse();
    const QByteArray pattern = path.left(begin) + "{n}" + path.mid(end);
    return fromPattern(QString::fromUtf8(pattern));
}

QByteArray SocketTemplate::pathFor(int worker) const
{
    return m_prefix + QByteArray::number(worker) + m_suffix;
}

std::optional<int> SocketTemplate::matchPath(const QByteArray& path) const
{
    if (!isValid() || !path.startsWith(m_prefix) || !path.endsWith(m_suffix))
        return std::nullopt;
    const qsizetype len = path.size() - m_prefix.size() - m_suffix.size();
    if (len <= 0 || len > 9)
        return std::nullopt;
    const QByteArray digits = path.mid(m_prefix.size(), len);
    for (char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
    }
    if (digits.size() > 1 && digits.front() == '0')
        return std::nullopt;
    return digits.toInt();
}

std::optional<int> SocketTemplate::matchAddress(const QByteArray& address) const
{
    if (!address.startsWith("unix:"))
        return std::nullopt;
    return matchPath(address.mid(5));
}

} // namespace fleetdeck
