#include "WebSocketFrame.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace fleetdeck::lab {

std::optional<WebSocketFrame> WebSocketFrame::take(QByteArray& buf, bool* error, qint64 maxPayload)
{
    if (error)
        *error = false;
    if (buf.size() < 2)
        return std::nullopt;
    const auto* p = reinterpret_cast<const uchar*>(buf.constData());
    const bool masked = p[1] & 0x80;
    quint64 len = p[1] & 0x7f;
    qsizetype pos = 2;
    if (len == 126) {
        if (buf.size() < 4)
            return std::nullopt;
        len = (quint64(p[2]) << 8) | p[3];
        pos = 4;
    } else if (len == 127) {
        if (buf.size() < 10)
            return std::nullopt;
        len = 0;
        for (int i = 0; i < 8; ++i)
            len = (len << 8) | p[2 + i];
        pos = 10;
    }
    if (len > quint64(maxPayload)) {
        if (error)
            *error = true;
        return std::nullopt;
    }
    const qsizetype need = pos + (masked ? 4 : 0) + qsizetype(len);
    if (buf.size() < need)
        return std::nullopt;
    WebSocketFrame frame;
    frame.fin = p[0] & 0x80;
    frame.opcode = p[0] & 0x0f;
    uchar mask[4] = {0, 0, 0, 0};
    if (masked) {
        for (int i = 0; i < 4; ++i)
            mask[i] = p[pos + i];
        pos += 4;
    }
    frame.payload = buf.mid(pos, qsizetype(len));
    if (masked) {
        for (qsizetype i = 0; i < frame.payload.size(); ++i)
            frame.payload[i] = char(uchar(frame.payload[i]) ^ mask[i % 4]);
    }
    buf.remove(0, need);
    return frame;
}

QByteArray WebSocketFrame::encode(quint8 opcode, const QByteArray& payload, bool masked)
{
    QByteArray out;
    out.reserve(payload.size() + 14);
    out.append(char(0x80 | (opcode & 0x0f)));
    const quint64 len = quint64(payload.size());
    const char maskBit = masked ? char(0x80) : char(0);
    if (len < 126) {
        out.append(char(maskBit | char(len)));
    } else if (len <= 0xffff) {
        out.append(char(maskBit | 126));
        out.append(char(len >> 8));
        out.append(char(len & 0xff));
    } else {
        out.append(char(maskBit | 127));
        for (int i = 7; i >= 0; --i)
            out.append(char((len >> (8 * i)) & 0xff));
    }
    if (!masked)
        return out + payload;
    const quint32 key = QRandomGenerator::global()->generate();
    const uchar mask[4] = {uchar(key >> 24), uchar(key >> 16), uchar(key >> 8), uchar(key)};
    for (uchar m : mask)
        out.append(char(m));
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(char(uchar(payload[i]) ^ mask[i % 4]));
    return out;
}

QByteArray WebSocketFrame::closePayload(quint16 code, const QByteArray& reason)
{
    QByteArray out;
    out.append(char(code >> 8));
    out.append(char(code & 0xff));
    return out + reason.left(123);
}

QByteArray WebSocketFrame::acceptKey(const QByteArray& key)
{
    static const QByteArray guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    return QCryptographicHash::hash(key.trimmed() + guid, QCryptographicHash::Sha1).toBase64();
}

QByteArray WebSocketFrame::newKey()
{
    QByteArray raw(16, Qt::Uninitialized);
    for (auto& c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toBase64();
}

} // namespace fleetdeck::lab
