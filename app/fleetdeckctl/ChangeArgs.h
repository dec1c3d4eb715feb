#pragma once

#include "plan/PlanRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace fleetdeck::ctl {

/// The arguments of `plan ACTION …` and `apply …`, checked before anything
/// connects anywhere.
struct ChangeArgs
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::ChangeArgs)

public:
    PlanRequest request;
    QStringList servers;
    QString planFile;     ///< apply PLAN.json
    QString out;          ///< plan --out PLAN.json
    QString trustHostKey; ///< SHA256:…
    bool yes = false;
    bool verbose = false;

    /// `args` are the positional arguments after the command word. Empty string: ok.
    QString parsePlan(const QStringList& args, const QCommandLineParser& parser);
    QString parseApply(const QStringList& args, const QCommandLineParser& parser);

    static void addOptions(QCommandLineParser& parser);

private:
    QString parseAction(const QStringList& args, const QCommandLineParser& parser);
};

} // namespace fleetdeck::ctl
