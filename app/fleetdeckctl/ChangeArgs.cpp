#include "ChangeArgs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetdeck::ctl {

namespace {

bool seconds(const QCommandLineParser& parser, const QString& name, int maxSeconds, int& outMs)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double s = parser.value(name).toDouble(&ok);
    if (!ok || s < 0 || s > maxSeconds)
        return false;
    outMs = int(s * 1000);
    return true;
}

} // namespace

void ChangeArgs::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("to"), tr("add-workers/remove-workers: the new worker count."), tr("N")},
        {QStringLiteral("out"), tr("plan: save the reviewed plan to this file (apply it with `apply FILE`)."),
         tr("FILE")},
        {QStringLiteral("mode"),
         tr("restart: drain (default, no call dropped) or immediate (the seed's loop)."), tr("MODE")},
        {QStringLiteral("pause"), tr("restart: seconds between workers (default 5)."), tr("S")},
        {QStringLiteral("drain-timeout"),
         tr("remove-workers/restart: seconds to wait for calls to end (default 120)."), tr("S")},
        {QStringLiteral("socket-timeout"), tr("seconds to wait for new worker sockets (default 20)."),
         tr("S")},
        {QStringLiteral("health-timeout"),
         tr("seconds to wait for the health endpoint to agree (default 20)."), tr("S")},
        {QStringLiteral("reload-timeout"),
         tr("seconds to wait for nginx's new workers after a reload (default 10)."), tr("S")},
        {QStringLiteral("allow-over-budget"),
         tr("add-workers: go over the memory budget (a warning instead of a refusal).")},
        {QStringLiteral("force"),
         tr("remove-workers: after the drain timeout, stop workers that still have a call.")},
        {QStringLiteral("yes"), tr("apply ACTION …: plan and apply in one go.")},
        {QStringLiteral("verbose"), tr("apply: print every command's output.")},
        {QStringLiteral("trust-host-key"), tr("trust an unknown host key with exactly this fingerprint."),
         tr("SHA256:…")},
    });
}

QString ChangeArgs::parseAction(const QStringList& args, const QCommandLineParser& parser)
{
    if (args.size() < 2)
        return tr("usage: plan add-workers|remove-workers SERVER --to N, plan restart SERVER… [--mode "
                  "drain|immediate]");
    request.action = args.at(0);
    if (!PlanRequest::isKnownAction(request.action))
        return tr("unknown action '%1' (add-workers, remove-workers, restart)").arg(request.action);
    servers = args.mid(1);
    const bool counted = request.action != QLatin1String("restart");
    if (counted) {
        if (servers.size() != 1)
            return tr("%1 takes one server").arg(request.action);
        bool ok = false;
        request.target = parser.value(QStringLiteral("to")).toInt(&ok);
        if (!parser.isSet(QStringLiteral("to")) || !ok || request.target < 1 || request.target > 4096)
            return tr("%1 needs --to N (1..4096)").arg(request.action);
    } else if (parser.isSet(QStringLiteral("to"))) {
        return tr("restart takes no --to");
    }
    PlanOptions& o = request.options;
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("immediate"))
        o.mode = PlanOptions::RestartMode::Immediate;
    else if (!mode.isEmpty() && mode != QLatin1String("drain"))
        return tr("--mode is drain or immediate");
    o.allowOverBudget = parser.isSet(QStringLiteral("allow-over-budget"));
    o.force = parser.isSet(QStringLiteral("force"));
    if (!seconds(parser, QStringLiteral("pause"), 3600, o.pauseMs) ||
        !seconds(parser, QStringLiteral("drain-timeout"), 86400, o.drainTimeoutMs) ||
        !seconds(parser, QStringLiteral("socket-timeout"), 3600, o.socketTimeoutMs) ||
        !seconds(parser, QStringLiteral("health-timeout"), 3600, o.healthTimeoutMs) ||
        !seconds(parser, QStringLiteral("reload-timeout"), 600, o.reloadTimeoutMs) || o.reloadTimeoutMs < 500)
        return tr(
            "--pause, --drain-timeout, --socket-timeout, --health-timeout and --reload-timeout take seconds "
            "(--reload-timeout at least 0.5)");
    trustHostKey = parser.value(QStringLiteral("trust-host-key"));
    if (!trustHostKey.isEmpty() &&
        !QRegularExpression(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$")).match(trustHostKey).hasMatch())
        return tr("--trust-host-key takes a fingerprint as ssh-keygen -lf prints it: SHA256:…");
    verbose = parser.isSet(QStringLiteral("verbose"));
    return {};
}

QString ChangeArgs::parsePlan(const QStringList& args, const QCommandLineParser& parser)
{
    out = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("yes")))
        return tr("plan changes nothing: --yes belongs to apply");
    return parseAction(args, parser);
}

QString ChangeArgs::parseApply(const QStringList& args, const QCommandLineParser& parser)
{
    if (args.size() == 1 && !PlanRequest::isKnownAction(args.first())) {
        planFile = args.first();
        trustHostKey = parser.value(QStringLiteral("trust-host-key"));
        verbose = parser.isSet(QStringLiteral("verbose"));
        if (parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("mode")))
            return tr("apply PLAN.json applies exactly the saved plan: no --to/--mode");
        if (!trustHostKey.isEmpty() &&
            !QRegularExpression(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$")).match(trustHostKey).hasMatch())
            return tr("--trust-host-key takes a fingerprint as ssh-keygen -lf prints it: SHA256:…");
        return {};
    }
    yes = parser.isSet(QStringLiteral("yes"));
    const QString error = parseAction(args, parser);
    if (!error.isEmpty())
        return error;
    if (!yes)
        return tr("apply %1 … without a saved plan needs --yes (or review it first: plan … --out PLAN.json)")
            .arg(request.action);
    return {};
}

} // namespace fleetdeck::ctl
