#pragma once

#include <QByteArray>

namespace fleetdeck {

/// SHA-256 of file contents, as plans record them (a file changed since the
/// plan was made has a different hash → apply refuses with exit 4).
class ContentHash
{
public:
    /// Lower-case hex, 64 characters.
    static QByteArray sha256Hex(const QByteArray& content);
    /// Raw 32 bytes.
    static QByteArray sha256(const QByteArray& content);
    /// Constant-time-ish comparison of two hex digests (case-insensitive).
    static bool sameHex(const QByteArray& a, const QByteArray& b);
};

} // namespace fleetdeck
