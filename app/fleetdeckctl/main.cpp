#include "AddFleetCommand.h"
#include "AuditCommand.h"
#include "ChangeArgs.h"
#include "ChangeCommand.h"
#include "DriftCommand.h"
#include "ExitCode.h"
#include "SshSessionFactory.h"
#include "StatusCommand.h"
#include "TerminalPassphraseProvider.h"
#include "fleet/InventoryParser.h"
#include "settings/Settings.h"
#include "fleet/Version.h"
#include "settings/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace fleetdeck;

namespace {

/// Messages under the context "fleetdeckctl", visibly to lupdate (a free tr() has no context).
struct Ctl
{
    Q_DECLARE_TR_FUNCTIONS(fleetdeckctl)
};

int usageError(const QString& message)
{
    QTextStream(stderr) << "fleetdeckctl: " << message << '\n' << Ctl::tr("Try 'fleetdeckctl --help'.") << '\n';
    return ctl::BadInput;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetdeckctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("fleetdeck"));
    QCoreApplication::setApplicationVersion(version());
    Translations::install(QLocale::system()); // LANG/LC_ALL; the .qm files are in fleetdeck_models

    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr("Fleetdeck from a terminal: the state of a voice-call fleet, and changes "
                                        "to it planned, reviewed and applied over SSH."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
                                             Ctl::tr("Inventory file (default: $FLEETDECK_INVENTORY or ~/.config/fleetdeck/inventory.json)."),
                                             Ctl::tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Ctl::tr("Machine-readable output."));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          Ctl::tr("status: milliseconds between the two polls CPS is measured over (0: one poll, no CPS)."),
                                          Ctl::tr("MS"), QStringLiteral("1000"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), Ctl::tr("audit: how many actions to list."), Ctl::tr("N"),
                                         QStringLiteral("50"));
    const QCommandLineOption showOption(QStringLiteral("show"), Ctl::tr("audit: one action in full, with its diffs and output."),
                                        Ctl::tr("ID"));
    const QCommandLineOption batchOption(
        {QStringLiteral("batch"), QStringLiteral("no-prompt")},
        Ctl::tr("Never ask on the terminal (scripts, cron): the passphrase of an encrypted SSH key is not "
                "asked for, so such a key must be in ssh-agent (ssh-add; SSH_AUTH_SOCK set). Without it, "
                "plan and apply ask on /dev/tty, echo off, when there is one."));
    parser.addOptions({inventoryOption, jsonOption, windowOption, limitOption, showOption, batchOption});
    ctl::ChangeArgs::addOptions(parser);
    ctl::AddFleetCommand::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Ctl::tr("status | drift | plan | apply | audit"));
    parser.setApplicationDescription(parser.applicationDescription() + QLatin1Char('\n') +
                                     Ctl::tr("\n  status\n"
                                        "  drift [SERVER…]                    units, upstream sockets, .env and health agree?\n"
                                        "  plan  add-workers SERVER --to N [--allow-over-budget] [--out PLAN.json]\n"
                                        "  plan  remove-workers SERVER --to N [--drain-timeout S] [--force] [--out PLAN.json]\n"
                                        "  plan  restart SERVER… [--mode drain|immediate] [--pause S] [--out PLAN.json]\n"
                                        "  plan  add-fleet --name NAME --host HOST [--zone Z] [--workers N] [--trust-host-key SHA256:…] [--out PLAN.json] […]\n"
                                        "  apply add-fleet … --yes            onboard a fleet server end to end\n"
                                        "  apply add-fleet --plan PLAN.json   exactly the reviewed add-fleet plan\n"
                                        "  apply PLAN.json                    exactly the reviewed plan\n"
                                        "  apply ACTION … --yes               plan and apply in one go\n"
                                        "  audit [--limit N] [--show ID]\n\n"
                                        "Exit codes: 0 done, 1 failed (rolled back), 2 bad input or usage, 3 refused for "
                                        "safety (memory budget, unknown or changed host key), 4 the remote state changed "
                                        "since the plan was made."));
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ctl::Done;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "fleetdeckctl " << version() << '\n';
        return ctl::Done;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(Ctl::tr("no command given"));

    const QString command = args.first();
    if (command == QLatin1String("audit")) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000 || args.size() != 1)
            return usageError(Ctl::tr("usage: fleetdeckctl audit [--limit N] [--show ID] [--json]"));
        qint64 show = 0;
        if (parser.isSet(showOption)) {
            show = parser.value(showOption).toLongLong(&ok);
            if (!ok || show < 1)
                return usageError(Ctl::tr("--show takes an action id"));
        }
        return ctl::AuditCommand::run(limit, parser.isSet(jsonOption), show);
    }

    const QString inventoryPath = parser.isSet(inventoryOption) ? parser.value(inventoryOption) : InventoryParser::defaultPath();
    const InventoryParseResult loaded = InventoryParser::load(inventoryPath);
    if (!loaded.ok()) {
        QTextStream(stderr) << Ctl::tr("fleetdeckctl: invalid inventory %1:").arg(inventoryPath) << '\n'
                            << loaded.errorText() << '\n';
        return ctl::BadInput;
    }
    Inventory inventory = *loaded.inventory;
    Settings().applyTo(inventory); // known_hosts file and memory headroom, as the console does

    if (command == QLatin1String("status")) {
        if (args.size() != 1)
            return usageError(Ctl::tr("status takes no arguments"));
        bool ok = false;
        const int window = parser.value(windowOption).toInt(&ok);
        if (!ok || window < 0 || window > 60000)
            return usageError(Ctl::tr("--window must be 0..60000"));
        auto* status = new ctl::StatusCommand(inventory, parser.isSet(jsonOption), window, &app);
        QObject::connect(status, &ctl::StatusCommand::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(0, status, &ctl::StatusCommand::start);
        return app.exec();
    }
    if (command == QLatin1String("drift")) {
        const ctl::TerminalPassphraseProvider terminal(!parser.isSet(batchOption));
        return ctl::DriftCommand::run(inventory, args.mid(1), parser.isSet(jsonOption),
                                      ctl::SshSessionFactory::withConsoleSettings(terminal.provider()));
    }
    if (command == QLatin1String("plan") || command == QLatin1String("apply")) {
        const bool isPlan = command == QLatin1String("plan");
        // Encrypted keys: ssh-agent first, then the console's keychain (only if opted in there),
        // then a prompt on the terminal unless --batch.
        const ctl::TerminalPassphraseProvider terminal(!parser.isSet(batchOption));
        const auto sessions = ctl::SshSessionFactory::withConsoleSettings(terminal.provider());
        if (args.value(1) == QLatin1String("add-fleet"))
            return ctl::AddFleetCommand::exec(!isPlan, args.mid(2), parser, inventory, sessions, app);
        ctl::ChangeArgs change;
        const QString error = isPlan ? change.parsePlan(args.mid(1), parser) : change.parseApply(args.mid(1), parser);
        if (!error.isEmpty())
            return usageError(error);
        auto* cmd = new ctl::ChangeCommand(isPlan ? ctl::ChangeCommand::Mode::Plan : ctl::ChangeCommand::Mode::Apply,
                                           inventory, change, sessions, &app);
        QObject::connect(cmd, &ctl::ChangeCommand::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
        QTimer::singleShot(0, cmd, &ctl::ChangeCommand::start);
        return app.exec();
    }
    return usageError(Ctl::tr("unknown command '%1'").arg(command));
}
