#include "KnownHostsStore.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fleetdeck {

namespace {
std::mutex& knownHostsMutex()
{
    static std::mutex mutex;
    return mutex;
}
QByteArray readAll(int fd)
{
    QByteArray content;
    char buffer[16384];
    off_t offset = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, buffer, sizeof buffer, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        content.append(buffer, n);
        offset += n;
    }
    return content;
}

} // namespace

QString KnownHostsStore::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

bool KnownHostsStore::append(const QString& path, const QByteArray& line, QString* error)
{
    std::lock_guard guard(knownHostsMutex());
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    bool ok = ::flock(fd, LOCK_EX) == 0;
    QByteArray data = line;
    if (!data.endsWith('\n'))
        data.append('\n');
    // Under the lock: skip an entry another session has just written, and never let a
    // last line without its newline swallow ours.
    const QByteArray existing = ok ? readAll(fd) : QByteArray();
    if (ok && (existing.startsWith(data) || existing.contains('\n' + data)))
        data.clear();
    else if (!existing.isEmpty() && !existing.endsWith('\n'))
        data.prepend('\n');
    qsizetype written = 0;
    while (ok && written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    if (!ok && error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    ::flock(fd, LOCK_UN);
    ::close(fd);
    return ok;
}

} // namespace fleetdeck
