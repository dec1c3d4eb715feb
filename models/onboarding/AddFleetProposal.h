#pragma once

#include "onboarding/PreflightCheck.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck {

/// What adding a fleet will do, as read and computed by the Host, Trust and
/// Preflight steps (nothing changed yet): the host key, the preflight verdicts, the
/// files with their diffs, the commands, the add-fleet.sh line and the bridge list
/// change. `plan add-fleet` prints it; the wizard shows its parts on its pages.
struct AddFleetProposal
{
    struct File
    {
        QString host; ///< server name the file is on
        QString path;
        bool exists = false;
        QByteArray before;
        QByteArray after;
        QByteArray diff; ///< unified diff (new files: against empty)
    };

    QString server;
    QString host;
    QString fingerprint; ///< SHA256:… of the host key
    bool fingerprintTrusted = false;
    QList<PreflightCheck> checks;
    QList<File> files;    ///< upstream, routes, .env on the new host
    QStringList commands; ///< numbered in text()
    QString ingress;
    QString addFleetCommand; ///< "add-fleet.sh 127.86.2.1 spare-1"
    QByteArray addFleetLine; ///< the server line it will add
    QByteArray haproxyDiff;
    QString haproxyConfig;    ///< the ingress's haproxy.cfg path
    QByteArray haproxyBefore; ///< its bytes as read
    int fleetsAfter = 0;
    QString baseUrl; ///< what the bridge gets
    QStringList bridgeBefore;
    QStringList bridgeAfter;
    QByteArray bridgeDiff;
    QStringList warnings; ///< advisory (≥ 3 fleets on one ingress), …
    QByteArray inventorySnippet;

    /// The whole preview as `plan add-fleet` prints it.
    QString text() const;
};

} // namespace fleetdeck
