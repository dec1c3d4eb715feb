#include "ExitCleanup.h"

#include <QFile>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace fleetdeck::lab {

namespace {
char g_socketPath[4096];
char g_pidFile[4096];

void copyPath(char* dst, const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    const size_t n = std::min(size_t(encoded.size()), size_t(4095));
    std::memcpy(dst, encoded.constData(), n);
    dst[n] = '\0';
}

extern "C" void onExitSignal(int)
{
    if (g_socketPath[0])
        ::unlink(g_socketPath);
    if (g_pidFile[0])
        ::unlink(g_pidFile);
    ::_exit(0);
}
} // namespace

void ExitCleanup::install(const QString& socketPath, const QString& pidFile)
{
    copyPath(g_socketPath, socketPath);
    copyPath(g_pidFile, pidFile);
    struct sigaction action
    {};
    action.sa_handler = onExitSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

void ExitCleanup::removeFiles()
{
    if (g_socketPath[0])
        ::unlink(g_socketPath);
    if (g_pidFile[0])
        ::unlink(g_pidFile);
}

} // namespace fleetdeck::lab
