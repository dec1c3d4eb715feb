#include "config/AddFleetPreview.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::AddFleetPreview", text);
}

ConfigError refuse(const QString& message)
{
    return ConfigError{ConfigError::Kind::InvalidArgument, message, 0};
}

bool isValidIpv4(const QString& host)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    if (!re.match(host).hasMatch())
        return false;
    for (const QString& octet : host.split(QLatin1Char('.'))) {
        if (octet.toInt() > 255)
            return false;
    }
    return true;
}

bool isValidDns(const QString& host)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    return host.size() <= 253 && re.match(host).hasMatch() && !numeric.match(host).hasMatch();
}

/// The cloned line: indentation kept, words re-joined by single spaces (as awk does).
QByteArray cloneLine(const QByteArray& text, const HaproxyServerEntry& model, const QByteArray& name,
                     const QByteArray& address)
{
    const QByteArray content = text.mid(model.lineBegin, model.lineEnd - model.lineBegin);
    qsizetype indent = 0;
    while (indent < content.size() && (content[indent] == ' ' || content[indent] == '\t'))
        ++indent;
    QList<QByteArray> fields = content.mid(indent).simplified().split(' ');
    fields[1] = name;
    fields[2] = address;
    return content.left(indent) + fields.join(' ');
}

} // namespace

QString AddFleetPreview::defaultName(const QString& host)
{
    return QStringLiteral("fleet-") + QString(host).replace(QLatin1Char('.'), QLatin1Char('-'));
}

bool AddFleetPreview::isValidHost(const QString& host)
{
    return isValidIpv4(host) || isValidDns(host);
}

ConfigResult<AddFleetPreview> AddFleetPreview::compute(const HaproxyBackend& backend, const QString& host,
                                                       const QString& name)
{
    if (!isValidHost(host))
        return refuse(tr("invalid host \"%1\": expected a DNS name or an IPv4 address").arg(host));
    const QString serverName = name.isEmpty() ? defaultName(host) : name;
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    if (!nameRe.match(serverName).hasMatch())
        return refuse(tr("invalid server name \"%1\"").arg(serverName));
    if (backend.text().contains('\r'))
        return ConfigError{
            ConfigError::Kind::Unsupported,
            tr("the HAProxy config has CRLF line endings: add-fleet.sh would not find backend %1 "
               "(awk sees \"%1\\r\"); convert it to LF first")
                .arg(backend.name()),
            0};
    if (backend.servers().isEmpty())
        return refuse(tr("backend \"%1\" has no server line to clone").arg(backend.name()));
    for (const HaproxyServerEntry& s : backend.servers()) {
        if (s.name == serverName.toUtf8())
            return refuse(tr("server name %1 is already in backend %2").arg(serverName, backend.name()));
        if (s.host == host.toUtf8())
            return refuse(tr("%1 is already in backend %2 (server %3)")
                              .arg(host, backend.name(), QString::fromUtf8(s.name)));
    }
    const HaproxyServerEntry& model = backend.servers().back();
    AddFleetPreview p;
    p.m_name = serverName.toUtf8();
    p.m_address = host.toUtf8() + (model.port.isEmpty() ? QByteArray() : ':' + model.port);
    p.m_line = cloneLine(backend.text(), model, p.m_name, p.m_address);
    // awk prints every record with "\n": a missing final newline is added, as the script does.
    const QByteArray eol = backend.text().mid(model.lineEnd, model.lineNext - model.lineEnd);
    p.m_newText = backend.text();
    if (eol.isEmpty())
        p.m_newText += '\n';
    p.m_newText.insert(model.lineEnd + (eol.isEmpty() ? 1 : eol.size()),
                       p.m_line + (eol.isEmpty() ? "\n" : eol));
    if (!p.m_newText.endsWith('\n'))
        p.m_newText += '\n';
    p.m_afterLine = model.line;
    p.m_fleetCountAfter = backend.fleetCount() + 1;
    return p;
}

} // namespace fleetdeck
