#pragma once

#include <QByteArray>
#include <QList>

namespace fleetdeck {

/// One `server NAME ADDRESS[:PORT] params…` line of an HAProxy backend.
struct HaproxyServerEntry
{
    QByteArray name;
    QByteArray address;           ///< as written: fleet-uk-1.example.net:443
    QByteArray host;              ///< fleet-uk-1.example.net ([…] kept for IPv6)
    QByteArray port;              ///< "443", empty when none
    QList<QByteArray> parameters; ///< ssl, verify, required, check, inter, 2s, …
    int line = 0;                 ///< 1-based

    qsizetype lineBegin = 0; ///< first byte of the line
    qsizetype lineEnd = 0;   ///< before CR/LF
    qsizetype lineNext = 0;  ///< first byte of the next line
};

} // namespace fleetdeck
