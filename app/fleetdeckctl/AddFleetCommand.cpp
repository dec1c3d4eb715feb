#include "AddFleetCommand.h"

#include "ExitCode.h"
#include "SshSessionFactory.h"
#include "fleet/Inventory.h"
#include "onboarding/AddFleetEngine.h"
#include "onboarding/AddFleetPlanDocument.h"
#include "onboarding/AddFleetRequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <csignal>
#include <optional>

namespace fleetdeck::ctl {

namespace {

std::atomic_bool g_addFleetInterrupted{false};

extern "C" void onAddFleetInterrupt(int)
{
    g_addFleetInterrupted = true;
}

// For the free functions below: lupdate files their tr() calls under the enclosing namespace
// (fleetdeck::ctl); the class's own members use its Q_DECLARE_TR_FUNCTIONS tr().
QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::ctl", s);
}

void print(const QString& text, FILE* stream = stdout)
{
    QTextStream out(stream);
    out << text;
    out.flush();
}

bool intOption(const QCommandLineParser& parser, const QString& name, int& out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toInt(&ok);
    return ok;
}

/// One plan/apply add-fleet run: the request, and the saved plan it comes from or goes to.
struct AddFleetRun
{
    AddFleetRequest request;
    QString bridgeFleetKey;
    QString outFile;                           ///< plan … --out FILE
    QString planFile;                          ///< apply add-fleet --plan FILE
    std::optional<AddFleetPlanDocument> saved; ///< its contents
};

AddFleetEngine::Callbacks printingCallbacks(bool verbose)
{
    AddFleetEngine::Callbacks callbacks;
    callbacks.stepStarted = [](AddFleetStep step) {
        print(QStringLiteral("[%1/8] %2 … ").arg(int(step) + 1).arg(AddFleetSteps::title(step)));
    };
    callbacks.stepFinished = [](AddFleetStep, const AddFleetStepResult& r) {
        print(r.ok() ? QStringLiteral("✓ %1\n").arg(r.detail) : QStringLiteral("✗ %1\n").arg(r.detail));
    };
    if (verbose)
        callbacks.output = [](const QString& text) {
            print(QStringLiteral("    | ") +
                  QString(text).trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n    | ")) +
                  QLatin1Char('\n'));
        };
    return callbacks;
}

/// Where the plan's files are now versus the saved plan: exit 4 when anything changed.
std::optional<int> refuseStale(AddFleetEngine& engine, const AddFleetRun& job, bool planned)
{
    const AddFleetPlanDocument now =
        AddFleetPlanDocument::fromProposal(job.request, engine.proposal(), job.bridgeFleetKey);
    const QStringList changed = job.saved->changesSince(now, !planned);
    if (changed.isEmpty())
        return std::nullopt;
    const QString message =
        tr("the saved plan %1 is stale:\n  %2\nNothing was changed (exit 4). Make a new plan with "
           "fleetdeckctl plan add-fleet … --out FILE and review it.")
            .arg(job.planFile, changed.join(QStringLiteral("\n  ")));
    print(QStringLiteral("fleetdeckctl: %1\n").arg(message), stderr);
    engine.recordAudit(QStringLiteral("stale-plan"), message);
    return StateChanged;
}

bool savePlan(const AddFleetEngine& engine, const AddFleetRun& job)
{
    const QByteArray json =
        AddFleetPlanDocument::fromProposal(job.request, engine.proposal(), job.bridgeFleetKey).toJson();
    QSaveFile file(job.outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        print(tr("fleetdeckctl: cannot write %1: %2\n").arg(job.outFile, file.errorString()), stderr);
        return false;
    }
    return true;
}

int runAddFleet(bool apply, AddFleetEngine& engine, const AddFleetRun& job, bool verbose)
{
    const AddFleetRequest& request = job.request;
    const AddFleetStepResult planned = engine.plan();
    print(QLatin1Char('\n') + engine.proposal().text());
    if (job.saved)
        if (const auto stale = refuseStale(engine, job, planned.ok()))
            return *stale;
    if (!planned.ok()) {
        print(tr("fleetdeckctl: %1\n").arg(planned.detail), stderr);
        const bool refused = planned.status == AddFleetStepResult::Status::Refused;
        if (refused && request.trustHostKey.isEmpty() && !engine.seenFingerprint().isEmpty())
            print(tr("To trust it after comparing: --trust-host-key %1\n").arg(engine.seenFingerprint()),
                  stderr);
        print(refused ? tr("Nothing was changed (exit 3: refused for safety).\n")
                      : tr("Nothing was changed.\n"),
              stderr);
        if (apply)
            engine.recordAudit(refused ? QStringLiteral("refused") : QStringLiteral("failed"),
                               planned.detail);
        return refused ? Refused : Failed;
    }
    if (!apply && !job.outFile.isEmpty()) {
        if (!savePlan(engine, job))
            return Failed;
        print(tr("\nNothing was changed. The plan (the request and the content hash of every file it will "
                 "change) is in %1.\nApply exactly this plan with: fleetdeckctl apply add-fleet --plan %1\n")
                  .arg(job.outFile));
        return Done;
    }
    if (!apply) {
        print(tr("\nNothing was changed. Apply with: fleetdeckctl apply add-fleet … --yes\n"));
        return Done;
    }
    print(tr("\nApplying…\n"));
    // Step by step, so Ctrl-C/TERM stops at the next step boundary (waits inside a
    // step stop at their next poll) and everything done so far is rolled back.
    AddFleetStepResult applied{AddFleetStepResult::Status::Ok, {}};
    for (AddFleetStep step : AddFleetSteps::all()) {
        if (engine.isDone(step))
            continue;
        if (g_addFleetInterrupted) {
            applied = {AddFleetStepResult::Status::Failed,
                       QCoreApplication::translate("fleetdeck::AddFleetEngine", "cancelled")};
            break;
        }
        applied = engine.runStep(step);
        if (!applied.ok())
            break;
    }
    if (applied.ok()) {
        print(QLatin1Char('\n') + engine.summary() + QLatin1Char('\n'));
        print(tr("\nAdd this entry to the inventory's servers[] (Fleetdeck does not edit the inventory):\n%1")
                  .arg(QString::fromUtf8(engine.proposal().inventorySnippet)));
        QString error;
        if (!engine.recordAudit(QStringLiteral("done"), engine.summary(), &error))
            print(tr("fleetdeckctl: warning: audit log: %1\n").arg(error), stderr);
        return Done;
    }
    print(tr("fleetdeckctl: %1\nRolling back…\n").arg(applied.detail), stderr);
    const bool undone = engine.rollback();
    const QString message =
        undone ? tr("add-fleet failed: %1. Every completed step was undone; %2 is as it was.")
                     .arg(applied.detail, request.name)
               : tr("add-fleet failed: %1. The rollback did NOT complete: check the output and %2 by hand.")
                     .arg(applied.detail, request.name);
    print(message + QLatin1Char('\n'), stderr);
    if (!verbose)
        print(engine.output(), stderr);
    QString error;
    if (!engine.recordAudit(undone ? QStringLiteral("rolled-back") : QStringLiteral("failed"), message,
                            &error))
        print(tr("fleetdeckctl: warning: audit log: %1\n").arg(error), stderr);
    return Failed;
}

} // namespace

void AddFleetCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("name"), tr("add-fleet: the new server's name."), tr("NAME")},
        {QStringLiteral("host"), tr("add-fleet: its address."), tr("HOST")},
        {QStringLiteral("zone"), tr("add-fleet: its zone (default: the inventory's first)."), tr("ZONE")},
        {QStringLiteral("ssh-user"), tr("add-fleet: SSH login (default: as the inventory's servers)."),
         tr("USER")},
        {QStringLiteral("ssh-port"), tr("add-fleet: SSH port (default: as the inventory's servers)."),
         tr("PORT")},
        {QStringLiteral("identity-file"), tr("add-fleet: SSH key (default: as the inventory's servers)."),
         tr("FILE")},
        {QStringLiteral("workers"), tr("add-fleet: workers to start (default 16)."), tr("N")},
        {QStringLiteral("ram-mb"), tr("add-fleet: the host's RAM for the memory budget (default 8192)."),
         tr("MB")},
        {QStringLiteral("service"), tr("add-fleet: service name (default voxcore)."), tr("NAME")},
        {QStringLiteral("unit-template"), tr("add-fleet: unit template override (NAME@{n})."), tr("UNIT")},
        {QStringLiteral("socket-path"), tr("add-fleet: worker socket path override (with {n})."), tr("PATH")},
        {QStringLiteral("env-file"), tr("add-fleet: .env path override."), tr("PATH")},
        {QStringLiteral("nginx-config"), tr("add-fleet: upstream file path override."), tr("PATH")},
        {QStringLiteral("nginx-routes"), tr("add-fleet: 429-retry routes file path override."), tr("PATH")},
        {QStringLiteral("health-url"), tr("add-fleet: health URL (default https://HOST/health/fleet)."),
         tr("URL")},
        {QStringLiteral("ca-file"), tr("add-fleet: CA for its TLS (default: as the inventory's servers)."),
         tr("FILE")},
        {QStringLiteral("ingress"), tr("add-fleet: the ingress to register with (default: the first)."),
         tr("NAME")},
        {QStringLiteral("ingress-address"),
         tr("add-fleet: the address add-fleet.sh registers (default: --host)."), tr("HOST")},
        {QStringLiteral("verify-url"),
         tr("add-fleet: the ingress's WSS URL for the test call (default https://INGRESS/attach)."),
         tr("URL")},
        {QStringLiteral("plan"),
         tr("apply add-fleet: apply exactly this saved plan (plan add-fleet … --out FILE); exit 4 when a "
            "file it changes differs from the plan."),
         tr("FILE")},
        {QStringLiteral("lock-file"),
         tr("add-fleet: the new host's change lock file, as the inventory's lock_file "
            "(default /run/lock/fleetdeck.lock)."),
         tr("PATH")},
    });
}

QString AddFleetCommand::parse(const QStringList& args, const QCommandLineParser& parser, bool apply,
                               AddFleetRequest& r)
{
    if (!args.isEmpty())
        return tr("add-fleet takes options only: --name NAME --host HOST […]");
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("host")))
        return tr("add-fleet needs --name NAME and --host HOST");
    if (apply && !parser.isSet(QStringLiteral("yes")))
        return tr("apply add-fleet … needs --yes (review it first with plan add-fleet …)");
    if (!apply && parser.isSet(QStringLiteral("yes")))
        return tr("plan changes nothing: --yes belongs to apply");
    auto str = [&](const char* name) {
        return parser.value(QLatin1String(name));
    };
    r.name = str("name");
    r.host = str("host");
    r.zone = str("zone");
    r.sshUser = str("ssh-user");
    r.identityFile = str("identity-file");
    if (parser.isSet(QStringLiteral("service")))
        r.service = str("service");
    r.unitTemplate = str("unit-template");
    r.socketPath = str("socket-path");
    r.envFile = str("env-file");
    r.nginxConfig = str("nginx-config");
    r.nginxRoutes = str("nginx-routes");
    r.healthUrl = str("health-url");
    r.caFile = str("ca-file");
    r.ingress = str("ingress");
    r.ingressAddress = str("ingress-address");
    r.verifyUrl = str("verify-url");
    r.lockFile = str("lock-file");
    r.trustHostKey = str("trust-host-key");
    if (!intOption(parser, QStringLiteral("ssh-port"), r.sshPort) ||
        !intOption(parser, QStringLiteral("workers"), r.workers) ||
        !intOption(parser, QStringLiteral("ram-mb"), r.ramMb))
        return tr("--ssh-port, --workers and --ram-mb take numbers");
    return {};
}

QString AddFleetCommand::loadPlan(const QStringList& args, const QCommandLineParser& parser,
                                  const QString& file, AddFleetPlanDocument& plan)
{
    // Every option that makes up the request: with --plan the request is the saved one.
    static const QStringList kRequestOptions =
        QStringLiteral("name host zone ssh-user ssh-port identity-file workers ram-mb service unit-template "
                       "socket-path env-file nginx-config nginx-routes health-url ca-file ingress "
                       "ingress-address verify-url lock-file trust-host-key out")
            .split(QLatin1Char(' '));
    if (!args.isEmpty())
        return tr("apply add-fleet --plan FILE takes no other arguments");
    for (const QString& name : kRequestOptions)
        if (parser.isSet(name))
            return tr("apply add-fleet --plan FILE applies exactly the saved plan: no --%1").arg(name);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(file, in.errorString());
    QString error;
    plan = AddFleetPlanDocument::fromJson(in.readAll(), &error);
    return error.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(file, error);
}

int AddFleetCommand::exec(bool apply, const QStringList& args, const QCommandLineParser& parser,
                          const Inventory& inventory, const SshSessionFactory& sessions,
                          QCoreApplication& app)
{
    AddFleetRun job;
    job.bridgeFleetKey = inventory.bridge.fleetKey;
    AddFleetRequest& request = job.request;
    QString error;
    if (parser.isSet(QStringLiteral("plan"))) {
        job.planFile = parser.value(QStringLiteral("plan"));
        AddFleetPlanDocument saved;
        error = apply ? loadPlan(args, parser, job.planFile, saved)
                      : tr("--plan belongs to apply add-fleet (plan add-fleet saves one with --out FILE)");
        job.saved = saved;
        request = saved.request;
    } else {
        error = parse(args, parser, apply, request);
        if (apply && parser.isSet(QStringLiteral("out")))
            error = tr("--out belongs to plan add-fleet");
        job.outFile = apply ? QString() : parser.value(QStringLiteral("out"));
    }
    if (error.isEmpty()) {
        const QStringList problems = request.validate(inventory);
        if (!problems.isEmpty())
            error = problems.join(QStringLiteral("\n  "));
    }
    if (!error.isEmpty()) {
        print(QStringLiteral("fleetdeckctl: %1\n").arg(error), stderr);
        return BadInput;
    }
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    auto engine = std::make_shared<AddFleetEngine>(inventory, request, printingCallbacks(verbose), sessions);
    if (apply) {
        // Ctrl-C / TERM: stop at the next safe point and roll back, instead of dying mid-change.
        std::signal(SIGINT, onAddFleetInterrupt);
        std::signal(SIGTERM, onAddFleetInterrupt);
        auto* poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [poll, engine] {
            if (!g_addFleetInterrupted)
                return;
            poll->stop();
            print(QCoreApplication::translate(
                      "fleetdeck::ctl::ChangeCommand",
                      "\nInterrupted: stopping at the next safe point and rolling back…\n"),
                  stderr);
            engine->cancel();
        });
        poll->start(100);
    }
    QtConcurrent::run([apply, engine, job, verbose] {
        return runAddFleet(apply, *engine, job, verbose);
    }).then(&app, [](int code) { QCoreApplication::exit(code); });
    return app.exec();
}

} // namespace fleetdeck::ctl
