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
    // A file whose last line lacks its newline would swallow our entry.
    struct stat st
    {};
    char last = '\n';
    if (ok && ::fstat(fd, &st) == 0 && st.st_size > 0 && ::pread(fd, &last, 1, st.st_size - 1) == 1 &&
        last != '\n')
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
