#pragma once

#include "plan/Plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fleetdeck {

/// What `fleetdeckctl plan --out` writes: one plan per server (a rolling restart
/// of several servers is several plans, applied one after the other).
struct PlanDocument
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::PlanDocument)

public:
    static constexpr int kFormat = 1;
    QList<Plan> plans;

    QByteArray toJson() const;
    /// Refuses unknown formats, malformed steps and Write contents whose hash does
    /// not match (a hand-edited plan).
    static PlanDocument fromJson(const QByteArray& json, QString* error);
};

} // namespace fleetdeck
