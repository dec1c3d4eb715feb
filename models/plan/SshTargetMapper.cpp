#include "plan/SshTargetMapper.h"

#include "fleet/IngressSpec.h"
#include "fleet/ServerSpec.h"

namespace fleetdeck {

SshTarget SshTargetMapper::fromServer(const ServerSpec& spec)
{
    return from(spec.host, spec.ssh);
}

SshTarget SshTargetMapper::fromIngress(const IngressSpec& ingress)
{
    return from(ingress.host, ingress.ssh);
}

SshTarget SshTargetMapper::from(const QString& host, const SshSettings& ssh)
{
    SshTarget t;
    t.host = host;
    t.port = ssh.port;
    t.user = ssh.user;
    t.identityFiles = ssh.identityFiles;
    t.knownHostsFile = ssh.knownHostsFile;
    t.become = ssh.useSudo() ? SshTarget::Become::Sudo : SshTarget::Become::None;
    return t;
}

} // namespace fleetdeck
