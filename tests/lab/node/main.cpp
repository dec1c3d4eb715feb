// fleetlab-node: the lab's small servers. Subcommands:
//   worker  — stand-in for one voxcore@N worker on a Unix socket
//   health  — the server's /health/fleet endpoint on a Unix socket
//   bridge  — stand-in for the bridge: settings, token-guarded PUT, /api/pick
//   calls   — the call generator (WebSocket calls with Poisson arrivals)
#include "BridgeServer.h"
#include "CallGenerator.h"
#include "ExitCleanup.h"
#include "HealthServer.h"
#include "NodeUtil.h"
#include "SignalNotifier.h"
#include "WorkerServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace fleetdeck::lab;

namespace {

constexpr int ExitUsage = 2;

QCommandLineOption valueOption(const QString& name, const QString& help, const QString& def = {})
{
    return QCommandLineOption(name, help, QStringLiteral("value"), def);
}

/// Parses args (argv without the subcommand) and checks the required options.
bool parse(QCommandLineParser& parser, const QStringList& args, const QStringList& required)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        QTextStream(stderr) << "fleetlab-node: " << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        ::exit(0);
    }
    for (const QString& name : required) {
        if (parser.value(name).isEmpty()) {
            QTextStream(stderr) << "fleetlab-node: --" << name << " is required\n";
            return false;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "fleetlab-node: unexpected argument " << parser.positionalArguments().first()
                            << '\n';
        return false;
    }
    return true;
}

bool toInt(const QCommandLineParser& parser, const QString& name, int min, int max, int* out)
{
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        QTextStream(stderr) << "fleetlab-node: --" << name << " must be an integer in " << min << ".." << max
                            << '\n';
        return false;
    }
    *out = v;
    return true;
}

bool toDouble(const QCommandLineParser& parser, const QString& name, double min, double max, double* out)
{
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < min || v > max) {
        QTextStream(stderr) << "fleetlab-node: --" << name << " must be a number in " << min << ".." << max
                            << '\n';
        return false;
    }
    *out = v;
    return true;
}

int runWorker(QCoreApplication& app, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(
        {valueOption(QStringLiteral("id"), QStringLiteral("Worker number N.")),
         valueOption(QStringLiteral("socket"), QStringLiteral("Unix socket path.")),
         valueOption(QStringLiteral("state"), QStringLiteral("State file (JSON).")),
         valueOption(QStringLiteral("pidfile"), QStringLiteral("Pid file, removed on exit.")),
         valueOption(QStringLiteral("start-delay-ms"), QStringLiteral("Time in state starting."),
                     QStringLiteral("300")),
         valueOption(QStringLiteral("hold"), QStringLiteral("Default call hold (s) without ?hold=."),
                     QStringLiteral("20"))});
    if (!parse(parser, args, {QStringLiteral("id"), QStringLiteral("socket"), QStringLiteral("state")}))
        return ExitUsage;
    WorkerServer::Options o;
    o.socketPath = parser.value(QStringLiteral("socket"));
    o.statePath = parser.value(QStringLiteral("state"));
    o.pidFile = parser.value(QStringLiteral("pidfile"));
    if (!toInt(parser, QStringLiteral("id"), 1, 100000, &o.id) ||
        !toInt(parser, QStringLiteral("start-delay-ms"), 0, 600000, &o.startDelayMs) ||
        !toInt(parser, QStringLiteral("hold"), 1, 86400, &o.defaultHoldS))
        return ExitUsage;
    WorkerServer worker(o);
    QString error;
    if (!worker.start(&error)) {
        QTextStream(stderr) << "fleetlab-node worker: " << error << '\n';
        return 1;
    }
    const int rc = app.exec();
    ExitCleanup::removeFiles();
    return rc;
}

int runHealth(QCoreApplication& app, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(
        {valueOption(QStringLiteral("listen"), QStringLiteral("Unix socket path.")),
         valueOption(QStringLiteral("host-dir"), QStringLiteral("The host's root directory.")),
         valueOption(QStringLiteral("name"), QStringLiteral("Host name.")),
         valueOption(QStringLiteral("zone"), QStringLiteral("Zone id.")),
         valueOption(QStringLiteral("service"), QStringLiteral("Service name."), QStringLiteral("voxcore")),
         valueOption(QStringLiteral("ram-mb"), QStringLiteral("Total RAM."), QStringLiteral("8192")),
         valueOption(QStringLiteral("idle-mb"), QStringLiteral("Idle worker RSS."), QStringLiteral("260")),
         valueOption(QStringLiteral("version"), QStringLiteral("Reported version."),
                     QStringLiteral("1.8.2"))});
    const QStringList required{QStringLiteral("listen"), QStringLiteral("host-dir"), QStringLiteral("name"),
                               QStringLiteral("zone")};
    if (!parse(parser, args, required))
        return ExitUsage;
    HealthReport::Options o;
    o.hostDir = parser.value(QStringLiteral("host-dir"));
    o.name = parser.value(QStringLiteral("name"));
    o.zone = parser.value(QStringLiteral("zone"));
    o.service = parser.value(QStringLiteral("service"));
    o.version = parser.value(QStringLiteral("version"));
    if (!toInt(parser, QStringLiteral("ram-mb"), 1, 16777216, &o.ramMb) ||
        !toInt(parser, QStringLiteral("idle-mb"), 0, 1048576, &o.idleMb))
        return ExitUsage;
    const QString listen = parser.value(QStringLiteral("listen"));
    HealthServer server(listen, o);
    QString error;
    if (!server.listen(&error)) {
        QTextStream(stderr) << "fleetlab-node health: cannot listen on " << listen << ": " << error << '\n';
        return 1;
    }
    ExitCleanup::install(listen, {});
    const int rc = app.exec();
    ExitCleanup::removeFiles();
    return rc;
}

int runBridge(QCoreApplication& app, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(
        {valueOption(QStringLiteral("listen"), QStringLiteral("ADDR:PORT")),
         valueOption(QStringLiteral("settings"), QStringLiteral("Settings JSON file.")),
         valueOption(QStringLiteral("token-file"), QStringLiteral("File holding the API token.")),
         valueOption(QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM).")),
         valueOption(QStringLiteral("key"), QStringLiteral("TLS key (PEM).")),
         valueOption(QStringLiteral("ca"), QStringLiteral("CA to verify fleets' health endpoints.")),
         valueOption(QStringLiteral("fleet-key"), QStringLiteral("Settings key of the fleet list."),
                     QStringLiteral("voxcore_fleet"))});
    const QStringList required{QStringLiteral("listen"), QStringLiteral("settings"),
                               QStringLiteral("token-file")};
    if (!parse(parser, args, required))
        return ExitUsage;
    BridgeServer::Options o;
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QString addr = listen.left(colon);
    if (addr.startsWith(QLatin1Char('[')) && addr.endsWith(QLatin1Char(']')))
        addr = addr.mid(1, addr.size() - 2);
    if (colon <= 0 || !portOk || port > 65535 || !o.address.setAddress(addr)) {
        QTextStream(stderr) << "fleetlab-node: --listen must be ADDR:PORT\n";
        return ExitUsage;
    }
    o.port = quint16(port);
    o.settingsFile = parser.value(QStringLiteral("settings"));
    o.tokenFile = parser.value(QStringLiteral("token-file"));
    o.certFile = parser.value(QStringLiteral("cert"));
    o.keyFile = parser.value(QStringLiteral("key"));
    o.caFile = parser.value(QStringLiteral("ca"));
    o.fleetKey = parser.value(QStringLiteral("fleet-key"));
    if (o.certFile.isEmpty() != o.keyFile.isEmpty()) {
        QTextStream(stderr) << "fleetlab-node: --cert and --key go together\n";
        return ExitUsage;
    }
    BridgeServer bridge(o);
    QString error;
    if (!bridge.start(&error)) {
        QTextStream(stderr) << "fleetlab-node bridge: " << error << '\n';
        return 1;
    }
    SignalNotifier termination;
    QObject::connect(&termination, &SignalNotifier::terminationRequested, &app,
                     [] { QCoreApplication::exit(0); });
    return app.exec();
}

int runCalls(QCoreApplication& app, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOptions(
        {valueOption(QStringLiteral("url"),
                     QStringLiteral("ws:// or wss:// URL, e.g. wss://HOST:PORT/attach")),
         valueOption(QStringLiteral("ca"), QStringLiteral("CA certificate (PEM) to verify the server.")),
         valueOption(QStringLiteral("cps"), QStringLiteral("Mean call arrivals per second."),
                     QStringLiteral("2")),
         valueOption(QStringLiteral("hold"), QStringLiteral("Seconds each call is held."),
                     QStringLiteral("20")),
         valueOption(QStringLiteral("seconds"), QStringLiteral("Seconds to place calls."),
                     QStringLiteral("60")),
         valueOption(QStringLiteral("max-concurrent"), QStringLiteral("Cap on active calls."),
                     QStringLiteral("1000")),
         valueOption(QStringLiteral("json"), QStringLiteral("Write the counts here as JSON.")),
         QCommandLineOption(QStringLiteral("quiet"), QStringLiteral("No progress lines.")),
         valueOption(QStringLiteral("unix"),
                     QStringLiteral("Connect to this Unix socket instead (plain ws).")),
         valueOption(QStringLiteral("seed"), QStringLiteral("Random seed (0: random)."),
                     QStringLiteral("0"))});
    if (!parse(parser, args, {QStringLiteral("url")}))
        return ExitUsage;
    CallGenerator::Options o;
    o.target.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    o.target.unixPath = parser.value(QStringLiteral("unix"));
    const QString scheme = o.target.url.scheme();
    if (!o.target.url.isValid() || o.target.url.host().isEmpty() ||
        (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))) {
        QTextStream(stderr) << "fleetlab-node: --url must be ws://HOST[:PORT]/PATH or wss://…\n";
        return ExitUsage;
    }
    const QString ca = parser.value(QStringLiteral("ca"));
    if (!ca.isEmpty()) {
        o.target.ca = QSslCertificate::fromPath(ca, QSsl::Pem);
        if (o.target.ca.isEmpty()) {
            QTextStream(stderr) << "fleetlab-node: no certificate in " << ca << '\n';
            return ExitUsage;
        }
    }
    bool seedOk = false;
    o.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk || !toDouble(parser, QStringLiteral("cps"), 0.001, 10000, &o.cps) ||
        !toDouble(parser, QStringLiteral("hold"), 0, 86400, &o.holdS) ||
        !toDouble(parser, QStringLiteral("seconds"), 0, 86400 * 7, &o.seconds) ||
        !toInt(parser, QStringLiteral("max-concurrent"), 1, 1000000, &o.maxConcurrent))
        return ExitUsage;
    o.jsonFile = parser.value(QStringLiteral("json"));
    o.quiet = parser.isSet(QStringLiteral("quiet"));
    const long files = NodeUtil::raiseFileLimit();
    if (files > 0 && files < o.maxConcurrent + 64)
        QTextStream(stderr) << "fleetlab-node calls: warning: only " << files << " file descriptors\n";
    CallGenerator generator(o);
    SignalNotifier termination;
    QObject::connect(&termination, &SignalNotifier::terminationRequested, &generator,
                     &CallGenerator::interrupt);
    QObject::connect(&generator, &CallGenerator::done, &app, [](int rc) { QCoreApplication::exit(rc); });
    generator.start();
    return app.exec();
}

void usage(QTextStream& out)
{
    out << "usage: fleetlab-node worker|health|bridge|calls [options]   (fleetlab-node SUBCOMMAND --help)\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetlab-node"));
    NodeUtil::ignoreSigpipe();
    QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream err(stderr);
        usage(err);
        return ExitUsage;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("worker"))
        return runWorker(app, args);
    if (command == QLatin1String("health"))
        return runHealth(app, args);
    if (command == QLatin1String("bridge"))
        return runBridge(app, args);
    if (command == QLatin1String("calls"))
        return runCalls(app, args);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream out(stdout);
        usage(out);
        return 0;
    }
    QTextStream err(stderr);
    err << "fleetlab-node: unknown subcommand " << command << '\n';
    usage(err);
    return ExitUsage;
}
