#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace fleetdeck {

class SshSession;

/// `systemctl reload nginx` and the check that the reload really took. `nginx -s
/// reload` (and so `systemctl reload nginx`) exits 0 even when the master cannot
/// apply the new configuration (e.g. `bind() failed` on a new listen address): it
/// then logs the error and keeps its old worker processes. So the worker pids are
/// compared: the master is `systemctl show -p MainPID --value nginx`, its workers
/// `pgrep -P <master>`; the reload took when a worker pid appears that was not
/// there before (old workers may linger while they finish open WebSockets). Works
/// the same on a systemd host and in the lab (its systemctl stand-in answers
/// MainPID from nginx's pid file).
class NginxReloader
{
public:
    struct Workers
    {
        qint64 master = 0;
        QList<qint64> workers;
    };
    using Log = std::function<void(const QString&)>;
    using Cancelled = std::function<bool()>;

    NginxReloader(SshSession& session, bool sudo, Log log);

    /// Throws SshError (transport) or std::runtime_error with the reason.
    Workers workers();
    /// Reloads and waits up to `timeoutMs` for a new worker pid.
    void reload(int timeoutMs = 10000, const Cancelled& cancelled = {});

private:
    SshSession& m_session;
    bool m_sudo;
    Log m_log;
};

} // namespace fleetdeck
