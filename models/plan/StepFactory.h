#pragma once

#include "plan/PlanStep.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck {

struct ServerSpec;

/// Builds the steps planners share, with their titles and undos.
class StepFactory
{
public:
    static PlanStep read(const QString& path, const QByteArray& content);
    /// `server` names the file in the diff header (SERVER:/path).
    static PlanStep write(const QString& server, const QString& path, const QByteArray& before,
                          const QByteArray& after, bool backup);
    static PlanStep command(const QString& title, const QStringList& argv, const QStringList& undoArgv = {});
    /// systemctl VERB unit… ; undo: systemctl UNDOVERB unit… (none when undoVerb is empty).
    static PlanStep systemctl(const QString& verb, const QStringList& units, const QString& undoVerb);
    static PlanStep nginxTest();
    static PlanStep reload(int timeoutMs = 10000);
    static PlanStep waitSockets(const QStringList& paths, int timeoutMs);
    static PlanStep waitHealth(int count, const QList<int>& workers, int timeoutMs);
    static PlanStep waitIdle(const QList<int>& workers, int timeoutMs, bool force);
    static PlanStep pause(int ms);

    static QStringList units(const ServerSpec& spec, const QList<int>& workers);
    static QStringList sockets(const ServerSpec& spec, const QList<int>& workers);
};

} // namespace fleetdeck
