#pragma once

#include "remote/SshTarget.h"

namespace fleetdeck {

struct IngressSpec;
struct ServerSpec;
struct SshSettings;

/// Inventory server or ingress → how to log in to it.
class SshTargetMapper
{
public:
    static SshTarget fromServer(const ServerSpec& spec);
    static SshTarget fromIngress(const IngressSpec& ingress);
    static SshTarget from(const QString& host, const SshSettings& ssh);
};

} // namespace fleetdeck
