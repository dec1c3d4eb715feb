#include "AuditCommand.h"
#include "ExitCode.h"
#include "StatusCommand.h"
#include "fleet/InventoryParser.h"
#include "fleet/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace fleetdeck;

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeckctl", s);
}

int usageError(const QString& message)
{
    QTextStream(stderr) << "fleetdeckctl: " << message << '\n' << tr("Try 'fleetdeckctl --help'.") << '\n';
    return ctl::BadInput;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetdeckctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("fleetdeck"));
    QCoreApplication::setApplicationVersion(version());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fleetdeck from a terminal: the state of a voice-call fleet, and changes "
                                        "to it planned, reviewed and applied over SSH."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
                                             tr("Inventory file (default: $FLEETDECK_INVENTORY or ~/.config/fleetdeck/inventory.json)."),
                                             tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption windowOption(QStringLiteral("window"),
                                          tr("status: milliseconds between the two polls CPS is measured over (0: one poll, no CPS)."),
                                          tr("MS"), QStringLiteral("1000"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("audit: how many actions to list."), tr("N"),
                                         QStringLiteral("50"));
    const QCommandLineOption showOption(QStringLiteral("show"), tr("audit: one action in full, with its diffs and output."),
                                        tr("ID"));
    parser.addOptions({inventoryOption, jsonOption, windowOption, limitOption, showOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("status | plan | apply | audit"));
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
        return usageError(tr("no command given"));

    const QString command = args.first();
    if (command == QLatin1String("audit")) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000 || args.size() != 1)
            return usageError(tr("usage: fleetdeckctl audit [--limit N] [--show ID] [--json]"));
        qint64 show = 0;
        if (parser.isSet(showOption)) {
            show = parser.value(showOption).toLongLong(&ok);
            if (!ok || show < 1)
                return usageError(tr("--show takes an action id"));
        }
        return ctl::AuditCommand::run(limit, parser.isSet(jsonOption), show);
    }

    const QString inventoryPath = parser.isSet(inventoryOption) ? parser.value(inventoryOption) : InventoryParser::defaultPath();
    const InventoryParseResult loaded = InventoryParser::load(inventoryPath);
    if (!loaded.ok()) {
        QTextStream(stderr) << tr("fleetdeckctl: invalid inventory %1:").arg(inventoryPath) << '\n'
                            << loaded.errorText() << '\n';
        return ctl::BadInput;
    }

    if (command == QLatin1String("status")) {
        if (args.size() != 1)
            return usageError(tr("status takes no arguments"));
        bool ok = false;
        const int window = parser.value(windowOption).toInt(&ok);
        if (!ok || window < 0 || window > 60000)
            return usageError(tr("--window must be 0..60000"));
        auto* status = new ctl::StatusCommand(*loaded.inventory, parser.isSet(jsonOption), window, &app);
        QObject::connect(status, &ctl::StatusCommand::finished, &app, &QCoreApplication::exit);
        QTimer::singleShot(0, status, &ctl::StatusCommand::start);
        return app.exec();
    }
    return usageError(tr("unknown command '%1'").arg(command));
}
