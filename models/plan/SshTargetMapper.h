#pragma once

#include "remote/SshTarget.h"

namespace fleetdeck {

struct ServerSpec;

/// Inventory server → how to log in to it.
class SshTargetMapper
{
public:
    static SshTarget fromServer(const ServerSpec& spec);
};

} // namespace fleetdeck
