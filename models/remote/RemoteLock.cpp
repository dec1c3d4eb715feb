#include "RemoteLock.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <unistd.h>

namespace fleetdeck {

namespace {
// $1 = holder line, $2 = wait seconds (0 = non-blocking), $3 = lock file or ''.
constexpr char kLockScript[] =
    "f=${3:-/run/lock/fleetdeck.lock}\n"
    "if [ -z \"$3\" ] && ! { [ -w \"$f\" ] || { [ ! -e \"$f\" ] && [ -w /run/lock ]; }; }; then\n"
    "  f=\"${XDG_RUNTIME_DIR:-/tmp}/fleetdeck-$(id -un).lock\"\n"
    "fi\n"
    "exec 9>>\"$f\"\n"
    "if [ \"$2\" = 0 ]; then flock -n 9; else flock -w \"$2\" 9; fi\n"
    "if [ $? -ne 0 ]; then echo \"HELD $f\"; cat -- \"$f\"; exit 75; fi\n"
    "printf '%s since %s\\n' \"$1\" \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" > \"$f\"\n"
    "echo \"LOCKED $f\"; cat -- \"$f\"\n"
    "cat > /dev/null\n"
    ": > \"$f\"\n";
} // namespace

QString RemoteLock::defaultHolder()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QString::number(::getuid());
    return user + QLatin1Char('@') + QHostInfo::localHostName() + QStringLiteral(" pid ") +
           QString::number(QCoreApplication::applicationPid());
}

RemoteCommand RemoteLock::command(const LockRequest& request)
{
    const QString holder = request.holder.isEmpty() ? defaultHolder() : request.holder;
    const int seconds = request.waitMs <= 0 ? 0 : (request.waitMs + 999) / 1000;
    return RemoteCommand::script(kLockScript, {holder, QString::number(seconds), request.lockFile});
}

} // namespace fleetdeck
