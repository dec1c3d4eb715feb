#include "config/HaproxyBackend.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::HaproxyBackend", text);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
};

QList<Line> splitLines(const QByteArray& text)
{
    QList<Line> lines;
    for (qsizetype begin = 0; begin < text.size();) {
        const qsizetype nl = text.indexOf('\n', begin);
        const qsizetype next = nl < 0 ? text.size() : nl + 1;
        qsizetype end = nl < 0 ? text.size() : nl;
        if (end > begin && text[end - 1] == '\r')
            --end;
        lines.append({begin, end, next});
        begin = next;
    }
    return lines;
}

void splitAddress(HaproxyServerEntry& s)
{
    const qsizetype colon = s.address.lastIndexOf(':');
    const qsizetype bracket = s.address.lastIndexOf(']');
    if (colon < 0 || colon < bracket) {
        s.host = s.address;
        return;
    }
    s.host = s.address.left(colon);
    s.port = s.address.mid(colon + 1);
}

} // namespace

bool HaproxyBackend::isSectionKeyword(const QByteArray& word)
{
    static const QList<QByteArray> keywords = {
        "global",  "defaults", "frontend",    "backend", "listen", "resolvers", "peers",    "userlist",
        "mailers", "program",  "http-errors", "ring",    "cache",  "fcgi-app",  "crt-store"};
    return keywords.contains(word);
}

QList<QByteArray> HaproxyBackend::words(const QByteArray& line)
{
    QList<QByteArray> result;
    QByteArray word;
    bool inWord = false;
    char quote = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            else
                word += c;
        } else if (c == '\\' && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else if (c == '"' || c == '\'') {
            quote = c;
            inWord = true;
        } else if (c == '#' || isBlank(c) || c == '\n') {
            if (inWord)
                result.append(word);
            word.clear();
            inWord = false;
            if (c == '#')
                return result;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        result.append(word);
    return result;
}

ConfigResult<HaproxyBackend> HaproxyBackend::parse(const QByteArray& text, const QString& backendName,
                                                   const QString& sourcePath)
{
    const QString file = sourcePath.isEmpty() ? tr("the HAProxy config") : sourcePath;
    HaproxyBackend backend;
    backend.m_text = text;
    backend.m_name = backendName;
    bool inside = false;
    const QList<Line> lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        const QList<QByteArray> w = words(text.mid(l.begin, l.end - l.begin));
        if (w.isEmpty())
            continue;
        if (isSectionKeyword(w[0])) {
            inside = w[0] == "backend" && w.size() >= 2 && w[1] == backendName.toUtf8();
            if (inside && backend.m_line > 0)
                return configError(ConfigError::Kind::Duplicate,
                                   tr("%1:%2: backend \"%3\" is defined twice (lines %4 and %2)")
                                       .arg(file)
                                       .arg(i + 1)
                                       .arg(backendName)
                                       .arg(backend.m_line),
                                   i + 1);
            if (inside)
                backend.m_line = i + 1;
            continue;
        }
        if (!inside || w[0] != "server")
            continue;
        if (w.size() < 3)
            return configError(ConfigError::Kind::Unsupported,
                               tr("%1:%2: server line without a name and address").arg(file).arg(i + 1),
                               i + 1);
        HaproxyServerEntry s{w[1], w[2], {}, {}, w.mid(3), i + 1, l.begin, l.end, l.next};
        splitAddress(s);
        backend.m_servers.append(s);
    }
    if (backend.m_line == 0)
        return configError(ConfigError::Kind::NotFound,
                           tr("backend \"%1\" not found in %2").arg(backendName, file));
    return backend;
}

std::optional<QString> HaproxyBackend::singlePointOfFailureAdvisory() const
{
    if (!needsSecondIngress(fleetCount()))
        return std::nullopt;
    return tr("this ingress serves %1 fleets through backend \"%2\": it is a single point of failure for "
              "inbound calls; plan a second ingress with a managed load balancer or VRRP")
        .arg(fleetCount())
        .arg(m_name);
}

} // namespace fleetdeck
