#pragma once

#include <libssh/libssh.h>

#include <memory>

namespace fleetdeck {

// RAII owners for libssh handles. Private to models/remote (libssh stays behind
// the SshSession interface).

struct LibsshChannelDeleter
{
    void operator()(ssh_channel channel) const
    {
        if (channel) {
            if (ssh_channel_is_open(channel))
                ssh_channel_close(channel);
            ssh_channel_free(channel);
        }
    }
};

struct LibsshSessionDeleter
{
    void operator()(ssh_session session) const
    {
        if (session) {
            if (ssh_is_connected(session))
                ssh_disconnect(session);
            ssh_free(session);
        }
    }
};

using LibsshSessionPtr = std::unique_ptr<ssh_session_struct, LibsshSessionDeleter>;
using LibsshChannelPtr = std::unique_ptr<ssh_channel_struct, LibsshChannelDeleter>;
using LibsshKeyPtr = std::unique_ptr<ssh_key_struct, decltype(&ssh_key_free)>;

inline LibsshKeyPtr makeKeyPtr(ssh_key key = nullptr)
{
    return LibsshKeyPtr(key, &ssh_key_free);
}

struct LibsshStringDeleter
{
    void operator()(char* s) const { ssh_string_free_char(s); }
};
using LibsshCharPtr = std::unique_ptr<char, LibsshStringDeleter>;

} // namespace fleetdeck
