#pragma once

#include "remote/SshError.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>
#include <QThread>

#include <optional>

namespace fleetdeck::test {

/// Bounded wait for a future (spins the test's event loop so queued signals arrive).
template <typename T> bool waitFinished(const QFuture<T>& future, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return future.isFinished();
}

/// Bounded wait without spinning the event loop (fine-grained, for benchmarks).
template <typename T> bool waitFinishedTight(const QFuture<T>& future, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QThread::usleep(100);
    return future.isFinished();
}

/// The SshError a finished future failed with, if any.
template <typename T> std::optional<SshError> errorOf(QFuture<T> future)
{
    try {
        if constexpr (std::is_void_v<T>)
            future.waitForFinished();
        else
            future.result();
    } catch (const SshError& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace fleetdeck::test
