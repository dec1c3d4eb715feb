#include "plan/SshTargetMapper.h"

#include "fleet/ServerSpec.h"

namespace fleetdeck {

SshTarget SshTargetMapper::fromServer(const ServerSpec& spec)
{
    SshTarget t;
    t.host = spec.host;
    t.port = spec.ssh.port;
    t.user = spec.ssh.user;
    t.identityFiles = spec.ssh.identityFiles;
    t.knownHostsFile = spec.ssh.knownHostsFile;
    t.become = spec.ssh.useSudo() ? SshTarget::Become::Sudo : SshTarget::Become::None;
    return t;
}

} // namespace fleetdeck
