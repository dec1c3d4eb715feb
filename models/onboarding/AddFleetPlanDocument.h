#pragma once

#include "onboarding/AddFleetRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck {

struct AddFleetProposal;

/// What `fleetdeckctl plan add-fleet … --out FILE` saves and `apply add-fleet --plan
/// FILE` applies: the request, the host key fingerprint that was reviewed, and the
/// content hash of everything the onboarding will change (the new host's .env,
/// nginx upstream and routes files — "absent" for a file not there yet —, the
/// ingress's haproxy.cfg, the bridge's fleet list). Apply re-reads all of it and
/// refuses (exit 4) when anything differs.
///
///     {"fleetdeck_add_fleet_plan": 1, "request": {"name": …, "host": …, …},
///      "host_key_sha256": "SHA256:…",
///      "files": [{"host": "spare-1", "path": "/opt/voxcore/.env", "sha256": "…"}, …],
///      "bridge": {"fleet_key": "voxcore_fleet", "list_sha256": "…"}}
struct AddFleetPlanDocument
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::AddFleetPlanDocument)

public:
    static constexpr int kFormat = 1;
    static constexpr char kAbsent[] = "absent";

    struct File
    {
        QString host; ///< server or ingress name
        QString path;
        QByteArray sha256; ///< hex, or "absent"
        bool operator==(const File&) const = default;
    };

    AddFleetRequest request;
    QString hostKeySha256; ///< SHA256:… seen and trusted when planning (empty: already known)
    QList<File> files;
    QString bridgeFleetKey;
    QByteArray bridgeListSha256; ///< sha256 of the list as compact JSON (empty: not read)

    /// From what the Host, Trust and Preflight steps read.
    static AddFleetPlanDocument fromProposal(const AddFleetRequest& request, const AddFleetProposal& proposal,
                                             const QString& bridgeFleetKey);
    QByteArray toJson() const;
    /// Refuses other formats, a request without name/host, relative paths, malformed hashes.
    static AddFleetPlanDocument fromJson(const QByteArray& json, QString* error);
    /// One line per file (or the bridge list) whose hash in `now` differs from this
    /// saved plan's, naming it; empty when nothing changed. `onlyWhatWasRead`: skip
    /// what `now` lacks (a preflight that stopped before reading everything).
    QStringList changesSince(const AddFleetPlanDocument& now, bool onlyWhatWasRead = false) const;
};

} // namespace fleetdeck
