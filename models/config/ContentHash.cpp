#include "config/ContentHash.h"

#include <QCryptographicHash>

namespace fleetdeck {

QByteArray ContentHash::sha256(const QByteArray& content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

QByteArray ContentHash::sha256Hex(const QByteArray& content)
{
    return sha256(content).toHex();
}

bool ContentHash::sameHex(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    const QByteArray la = a.toLower();
    const QByteArray lb = b.toLower();
    unsigned char diff = 0;
    for (qsizetype i = 0; i < la.size(); ++i)
        diff |= static_cast<unsigned char>(la[i] ^ lb[i]);
    return diff == 0;
}

} // namespace fleetdeck
