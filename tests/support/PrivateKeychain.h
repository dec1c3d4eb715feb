#pragma once

namespace fleetdeck::test {

/// Tests that use the desktop keychain (QtKeychain → Secret Service) run inside a private D-Bus
/// session with a private, unlocked gnome-keyring: own HOME/XDG dirs in a temporary directory,
/// the daemon started in the foreground and stopped by its pid, the directory removed.
///
///     int main(int argc, char** argv) {
///         if (!PrivateKeychain::active())
///             return PrivateKeychain::reexec(argc, argv); // only returns on failure
///         …
///
/// Inside, $FLEETDECK_KEYCHAIN_SESSION is that temporary directory.
struct PrivateKeychain
{
    static bool active();
    /// Re-executes this program under `dbus-run-session` with the keyring. Returns 1 if it
    /// cannot (the error on stderr).
    static int reexec(int argc, char** argv);
};

} // namespace fleetdeck::test
