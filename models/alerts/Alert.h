#pragma once

#include <QMetaType>
#include <QString>

namespace fleetdeck {

/// Something an operator should act on, with what to do about it.
struct Alert
{
    enum class Severity { Warning, Critical };
    enum class Kind { Unreachable, Stale, WorkersDown, Utilization, MemoryBudget, Drift, IngressSinglePoint };
    enum class Subject { Server, Zone, Ingress, Fleet };

    Severity severity = Severity::Warning;
    Kind kind = Kind::Unreachable;
    Subject subjectKind = Subject::Server;
    QString subject; ///< server name, zone id, ingress name; empty for the fleet
    QString message; ///< what is wrong, one sentence
    QString advice;  ///< what to do about it
    qint64 sinceMs = 0;

    /// Stable identity while the condition lasts: "<kind>/<subject kind>/<subject>".
    QString key() const;

    static QString kindName(Kind kind);
    static QString subjectKindName(Subject subject);
};

} // namespace fleetdeck

Q_DECLARE_METATYPE(fleetdeck::Alert)
