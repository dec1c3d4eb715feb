#pragma once

#include <QFuture>

#include <type_traits>

namespace fleetdeck {

/// Blocks until `future` is done and returns its result, rethrowing the exception it carries
/// (SshError). For worker threads only (the plan runner, the onboarding engine, state readers):
/// never on the GUI thread.
template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

} // namespace fleetdeck
