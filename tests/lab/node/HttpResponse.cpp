#include "HttpResponse.h"

namespace fleetdeck::lab {

QByteArray HttpResponse::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QByteArray HttpResponse::reason(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::make(int status, const QByteArray& contentType, const QByteArray& body,
                              bool keepAlive, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    for (const auto& [name, value] : extra)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out + body;
}

QByteArray HttpResponse::makeJson(int status, const QByteArray& json, bool keepAlive)
{
    return make(status, "application/json", json, keepAlive);
}

HttpResponse::Parse HttpResponse::takeHead(QByteArray& buf, HttpResponse& out, qsizetype maxHead)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return buf.size() > maxHead ? Parse::Bad : Parse::Incomplete;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
        return Parse::Bad;
    bool ok = false;
    HttpResponse resp;
    resp.status = statusLine[1].toInt(&ok);
    if (!ok)
        return Parse::Bad;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            resp.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    buf.remove(0, end + 4);
    out = std::move(resp);
    return Parse::Complete;
}

} // namespace fleetdeck::lab
