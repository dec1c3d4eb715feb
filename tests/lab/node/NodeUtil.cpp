#include "NodeUtil.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace fleetdeck::lab {

QString NodeUtil::isoNowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

bool NodeUtil::writeAtomically(const QString& path, const QByteArray& data, QString* error)
{
    // QSaveFile writes <path>.XXXXXX in the same directory, then rename(2)s it over path.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool NodeUtil::makeWorldAccessible(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0666) == 0;
}

void NodeUtil::ignoreSigpipe()
{
    std::signal(SIGPIPE, SIG_IGN);
}

long NodeUtil::raiseFileLimit()
{
    struct rlimit limit
    {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return long(limit.rlim_cur);
}

bool NodeUtil::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    const qsizetype n = qMax(a.size(), b.size());
    unsigned diff = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const uchar x = i < a.size() ? uchar(a[i]) : 0;
        const uchar y = i < b.size() ? uchar(b[i]) : 0;
        diff |= unsigned(x ^ y);
    }
    return diff == 0;
}

} // namespace fleetdeck::lab
