#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

namespace fleetdeck {
class Inventory;
struct AddFleetPlanDocument;
struct AddFleetRequest;
} // namespace fleetdeck

namespace fleetdeck::ctl {

class SshSessionFactory;

/// `fleetdeckctl plan add-fleet …` (preview: host key, preflight, files, commands,
/// the add-fleet.sh line, the bridge list diff, the inventory entry; changes
/// nothing but known_hosts when --trust-host-key matches) and
/// `fleetdeckctl apply add-fleet … --yes` (runs every step; on a failure rolls back
/// what was done). Exit codes per DESIGN §3.3.
class AddFleetCommand
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::AddFleetCommand)

public:
    /// The add-fleet options (--trust-host-key, --yes and --verbose are ChangeArgs').
    static void addOptions(QCommandLineParser& parser);
    /// `args`: the positional arguments after "add-fleet". Empty string: ok.
    static QString parse(const QStringList& args, const QCommandLineParser& parser, bool apply,
                         AddFleetRequest& request);
    /// `apply add-fleet --plan FILE`: reads the saved plan (no request options allowed). Empty: ok.
    static QString loadPlan(const QStringList& args, const QCommandLineParser& parser, const QString& file,
                            AddFleetPlanDocument& plan);
    /// Parses, runs (off the main thread) and returns the exit code through app.exec().
    static int exec(bool apply, const QStringList& args, const QCommandLineParser& parser,
                    const Inventory& inventory, const SshSessionFactory& sessions, QCoreApplication& app);
};

} // namespace fleetdeck::ctl
