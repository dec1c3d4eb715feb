#pragma once

#include <QString>
#include <QStringList>

namespace fleetdeck {

/// How Fleetdeck logs in to a host (inventory `ssh` object).
struct SshSettings
{
    enum class Become { Auto, None, Sudo };

    QString user = QStringLiteral("root");
    int port = 22;
    QStringList identityFiles;      ///< expanded (no leading ~)
    QString knownHostsFile;         ///< expanded; empty = ~/.ssh/known_hosts
    Become become = Become::Auto;

    /// sudo -n is used when the login user is not root, unless "none" is set.
    bool useSudo() const
    {
        return become == Become::Sudo || (become == Become::Auto && user != QLatin1String("root"));
    }
};

} // namespace fleetdeck
