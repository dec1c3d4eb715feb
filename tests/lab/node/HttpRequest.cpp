#include "HttpRequest.h"

#include <QUrl>

namespace fleetdeck::lab {

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::hasToken(const QByteArray& lowerName, const QByteArray& lowerToken) const
{
    for (const auto& [name, value] : headers) {
        if (name != lowerName)
            continue;
        for (const QByteArray& token : value.split(',')) {
            if (token.trimmed().toLower() == lowerToken)
                return true;
        }
    }
    return false;
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return hasToken("upgrade", "websocket");
}

bool HttpRequest::keepAlive() const
{
    if (hasToken("connection", "close"))
        return false;
    if (version == "HTTP/1.0")
        return hasToken("connection", "keep-alive");
    return true;
}

HttpRequest::Parse HttpRequest::take(QByteArray& buf, HttpRequest& out, qsizetype maxHead, qsizetype maxBody)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return buf.size() > maxHead ? Parse::Bad : Parse::Incomplete;
    if (end > maxHead)
        return Parse::Bad;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return Parse::Bad;
    HttpRequest req;
    req.method = requestLine[0];
    req.target = requestLine[1];
    req.version = requestLine[2];
    const qsizetype q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    if (q >= 0)
        req.query = QUrlQuery(QString::fromUtf8(req.target.mid(q + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Bad;
        req.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    qsizetype bodyLength = 0;
    const QByteArray lengthHeader = req.header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        bodyLength = lengthHeader.toLongLong(&ok);
        if (!ok || bodyLength < 0 || bodyLength > maxBody)
            return Parse::Bad;
    }
    if (!req.header("transfer-encoding").isEmpty())
        return Parse::Bad; // chunked request bodies are not needed in the lab
    if (buf.size() < end + 4 + bodyLength)
        return Parse::Incomplete;
    req.body = buf.mid(end + 4, bodyLength);
    buf.remove(0, end + 4 + bodyLength);
    out = std::move(req);
    return Parse::Complete;
}

} // namespace fleetdeck::lab
