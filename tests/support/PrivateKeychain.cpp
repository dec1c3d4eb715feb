#include "PrivateKeychain.h"

#include <QtGlobal>

#include <cstdio>
#include <unistd.h>
#include <vector>

namespace fleetdeck::test {

namespace {

constexpr char kWrapper[] =
    "d=$(mktemp -d) || exit 1\n"
    "export HOME=$d XDG_DATA_HOME=$d/data XDG_RUNTIME_DIR=$d/run XDG_CONFIG_HOME=$d/config\n"
    "mkdir -p -m 700 \"$d/run\"\n"
    "printf pw | gnome-keyring-daemon --foreground --unlock --components=secrets >\"$d/gk.log\" 2>&1 &\n"
    "gk=$!\n"
    "i=0; while [ ! -e \"$d/data/keyrings/login.keyring\" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); "
    "done\n"
    "FLEETDECK_KEYCHAIN_SESSION=$d \"$@\"; rc=$?\n"
    "kill \"$gk\"; wait \"$gk\"\n"
    "rm -rf \"$d\"\n"
    "exit $rc\n";

} // namespace

bool PrivateKeychain::active()
{
    return !qEnvironmentVariableIsEmpty("FLEETDECK_KEYCHAIN_SESSION");
}

int PrivateKeychain::reexec(int argc, char** argv)
{
    std::vector<const char*> args{"dbus-run-session", "--", "sh", "-c", kWrapper, "sh"};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execvp("dbus-run-session", const_cast<char* const*>(args.data()));
    std::perror("dbus-run-session");
    return 1;
}

} // namespace fleetdeck::test
