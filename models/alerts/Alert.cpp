#include "alerts/Alert.h"

namespace fleetdeck {

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Stale:
        return QStringLiteral("stale");
    case Kind::WorkersDown:
        return QStringLiteral("workers-down");
    case Kind::Utilization:
        return QStringLiteral("utilization");
    case Kind::MemoryBudget:
        return QStringLiteral("memory-budget");
    case Kind::Drift:
        return QStringLiteral("drift");
    case Kind::IngressSinglePoint:
        return QStringLiteral("ingress-spof");
    }
    return QStringLiteral("unknown");
}

QString Alert::subjectKindName(Subject subject)
{
    switch (subject) {
    case Subject::Server:
        return QStringLiteral("server");
    case Subject::Zone:
        return QStringLiteral("zone");
    case Subject::Ingress:
        return QStringLiteral("ingress");
    case Subject::Fleet:
        return QStringLiteral("fleet");
    }
    return QStringLiteral("unknown");
}

QString Alert::key() const
{
    return kindName(kind) + QLatin1Char('/') + subjectKindName(subjectKind) + QLatin1Char('/') + subject;
}

} // namespace fleetdeck
