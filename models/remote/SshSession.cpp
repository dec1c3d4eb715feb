#include "SshSession.h"

#include "SshError.h"

#include <QCoreApplication>
#include <QPromise>

namespace fleetdeck {

namespace {

constexpr int kFileChangedStatus = 86;

// $1 = path. Prints "absent", or "<mode> <owner> <group> <size>" and the sha256.
constexpr char kStatScript[] = "if [ ! -e \"$1\" ]; then echo absent; exit 0; fi\n"
                               "stat -L -c '%a %U %G %s' -- \"$1\" || exit 1\n"
                               "sha256sum < \"$1\" | cut -c1-64\n";

// $1 = target, $2 = backup path or '', $3 = expected sha256 / 'absent' / '', $4 = mode
// for a new file. The data arrives on stdin.
constexpr char kWriteScript[] =
    "set -e\n"
    "t=$1; b=$2; e=$3; m=$4\n"
    "if [ -L \"$t\" ]; then t=$(readlink -f -- \"$t\"); fi\n" // keep symlinks (sites-enabled →
                                                              // sites-available)
    "d=$(dirname -- \"$t\"); n=$(basename -- \"$t\")\n"
    "if [ -n \"$e\" ]; then\n"
    "  if [ \"$e\" = absent ]; then\n"
    "    if [ -e \"$t\" ]; then echo \"fleetdeck: remote file changed: $t now exists\" >&2; exit 86; fi\n"
    "  else\n"
    "    c=$(sha256sum < \"$t\" | cut -c1-64) || c=\n"
    "    if [ \"$c\" != \"$e\" ]; then echo \"fleetdeck: remote file changed: $t\" >&2; exit 86; fi\n"
    "  fi\n"
    "fi\n"
    "umask 077\n"
    "tmp=$(mktemp \"$d/.$n.fleetdeck.XXXXXX\")\n"
    "trap 'rm -f -- \"$tmp\"' EXIT\n"
    "cat > \"$tmp\"\n"
    "if [ -e \"$t\" ]; then\n"
    "  chown --reference=\"$t\" -- \"$tmp\"\n"
    "  chmod --reference=\"$t\" -- \"$tmp\"\n"
    "  if [ -n \"$b\" ]; then cp -p -- \"$t\" \"$b\"; sync -- \"$b\"; fi\n"
    "else\n"
    "  chmod \"$m\" -- \"$tmp\"\n"
    "fi\n"
    "sync -- \"$tmp\"\n"
    "mv -f -- \"$tmp\" \"$t\"\n"
    "sync -- \"$d\" 2>/dev/null || true\n";

// Member functions of SshSession translate under its class (as lupdate files them); the free
// functions below under the namespace, with a literal context lupdate sees.
QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::SshSession", text);
}

SshError commandFailed(const QString& what, const CommandResult& result)
{
    const QString err = QString::fromUtf8(result.stdErr).trimmed();
    return SshError(SshError::Kind::CommandFailed,
                    QCoreApplication::translate("fleetdeck", "%1 failed (exit status %2): %3")
                        .arg(what)
                        .arg(result.exitStatus)
                        .arg(err),
                    result.exitStatus, err);
}

bool isBadPath(const QString& path)
{
    return !path.startsWith(QLatin1Char('/')) || path.contains(QChar(0));
}

template <typename T> QFuture<T> badPath(const QString& path)
{
    QPromise<T> promise;
    promise.start();
    promise.setException(
        SshError(SshError::Kind::ProtocolError,
                 QCoreApplication::translate("fleetdeck", "Remote path must be absolute: %1").arg(path)));
    promise.finish();
    return promise.future();
}

} // namespace

void SshSession::throwIfSudoRefused(const RemoteCommand& command, const CommandResult& result)
{
    if (!command.sudo() || result.exitStatus != 1)
        return;
    const QByteArray& err = result.stdErr;
    if (err.contains("sudo: a password is required") || err.contains("sudo: a terminal is required")) {
        throw SshError(SshError::Kind::SudoNeedsPassword,
                       tr("sudo asks for a password for this user. Fleetdeck runs `sudo -n` and cannot "
                          "type one: allow the commands without a password (NOPASSWD in sudoers) or "
                          "log in as root."),
                       result.exitStatus, QString::fromUtf8(err).trimmed());
    }
}

QFuture<QByteArray> SshSession::readFile(const QString& path)
{
    if (isBadPath(path))
        return badPath<QByteArray>(path);
    const RemoteCommand cmd =
        RemoteCommand({QStringLiteral("cat"), QStringLiteral("--"), path}).withSudo(useSudo(false));
    return run(cmd).then([path](const CommandResult& result) {
        if (!result.ok())
            throw commandFailed(tr("Reading %1").arg(path), result);
        return result.stdOut;
    });
}

QFuture<RemoteFile> SshSession::stat(const QString& path)
{
    if (isBadPath(path))
        return badPath<RemoteFile>(path);
    const RemoteCommand cmd = RemoteCommand::script(kStatScript, {path}).withSudo(useSudo(false));
    return run(cmd).then([path](const CommandResult& result) {
        if (!result.ok())
            throw commandFailed(tr("Inspecting %1").arg(path), result);
        RemoteFile file;
        file.path = path;
        const QList<QByteArray> lines = result.stdOut.trimmed().split('\n');
        if (lines.value(0) == "absent")
            return file;
        const QList<QByteArray> fields = lines.value(0).split(' ');
        if (fields.size() != 4 || lines.size() != 2)
            throw SshError(SshError::Kind::ProtocolError,
                           tr("Unexpected output while inspecting %1").arg(path));
        file.exists = true;
        file.mode = fields[0].toInt(nullptr, 8);
        file.owner = QString::fromUtf8(fields[1]);
        file.group = QString::fromUtf8(fields[2]);
        file.size = fields[3].toLongLong();
        file.sha256 = lines[1].trimmed();
        return file;
    });
}

QFuture<void> SshSession::writeFile(const QString& path, const QByteArray& data, const WriteOptions& options)
{
    if (isBadPath(path) || (!options.backupPath.isEmpty() && isBadPath(options.backupPath)))
        return badPath<void>(isBadPath(path) ? path : options.backupPath);
    const int mode = options.mode >= 0 ? options.mode : 0644;
    const RemoteCommand cmd =
        RemoteCommand::script(kWriteScript,
                              {path, options.backupPath, QString::fromLatin1(options.expectedSha256),
                               QString::number(mode & 07777, 8)})
            .withStdin(data)
            .withSudo(useSudo(options.sudo));
    return run(cmd).then([path](const CommandResult& result) {
        if (result.exitStatus == kFileChangedStatus &&
            result.stdErr.contains("fleetdeck: remote file changed"))
            throw SshError(SshError::Kind::RemoteFileChanged,
                           tr("%1 was changed on the server since it was read; nothing was written. "
                              "Make a new plan.")
                               .arg(path));
        if (!result.ok())
            throw commandFailed(tr("Writing %1").arg(path), result);
    });
}

} // namespace fleetdeck
