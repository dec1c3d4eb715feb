#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <optional>

namespace fleetdeck::lab {

/// Just enough RFC 6455 framing for the lab: parse one frame (masked or not),
/// encode one frame, and the handshake's accept key.
struct WebSocketFrame
{
    enum Opcode : quint8 { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };

    bool fin = true;
    quint8 opcode = Continuation;
    QByteArray payload; // unmasked

    /// Takes one complete frame off the front of buf. nullopt while incomplete;
    /// *error is set (and nullopt returned) for frames over maxPayload bytes.
    static std::optional<WebSocketFrame> take(QByteArray& buf, bool* error = nullptr,
                                              qint64 maxPayload = 1 << 20);
    static QByteArray encode(quint8 opcode, const QByteArray& payload, bool masked);
    static QByteArray closePayload(quint16 code, const QByteArray& reason = {});
    /// base64(SHA-1(key + GUID))
    static QByteArray acceptKey(const QByteArray& key);
    /// A fresh random Sec-WebSocket-Key (base64 of 16 random bytes).
    static QByteArray newKey();
};

} // namespace fleetdeck::lab
