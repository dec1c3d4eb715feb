#pragma once

#include "fleet/TlsSettings.h"

#include <QString>
#include <QUrl>

namespace fleetdeck {

/// The outbound bridge whose settings hold the fleet list. The token itself is
/// never in the inventory: only where to find it.
struct BridgeSpec
{
    QUrl settingsUrl;
    QUrl pickUrl;
    QString fleetKey;
    QString tokenEnv;
    QString tokenKeychain;
    TlsSettings tls;

    bool isConfigured() const { return settingsUrl.isValid() && !settingsUrl.isEmpty(); }
};

} // namespace fleetdeck
