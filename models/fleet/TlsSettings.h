#pragma once

#include <QString>

namespace fleetdeck {

/// Trust for an HTTPS endpoint with a private CA or a self-signed certificate.
struct TlsSettings
{
    QString caFile;        ///< extra CA certificate(s), PEM; expanded path
    QString pinnedSha256;  ///< SHA-256 of the server certificate (DER), hex, no colons, lower case

    bool isDefault() const { return caFile.isEmpty() && pinnedSha256.isEmpty(); }
};

} // namespace fleetdeck
