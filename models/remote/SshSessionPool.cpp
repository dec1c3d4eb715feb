#include "SshSessionPool.h"

#include "LibsshSession.h"
#include "PassphraseStore.h"

#include <QCoreApplication>

namespace fleetdeck {

SshSessionPool::SshSessionPool(int maxParallel, std::shared_ptr<HostKeyPolicy> policy,
                               PassphraseProvider passphrases, std::shared_ptr<PassphraseStore> store)
    : SshSessionPool(maxParallel, [policy, passphrases, store](const SshTarget& target) {
          return std::make_shared<LibsshSession>(target, policy, passphrases, store);
      })
{}

SshSessionPool::SshSessionPool(int maxParallel, Factory factory)
    : m_state(std::make_shared<State>()), m_factory(std::move(factory))
{
    m_state->maxParallel = std::max(1, maxParallel);
}

SshSessionPool::~SshSessionPool()
{
    closeAll();
}

std::shared_ptr<SshSession> SshSessionPool::session(const SshTarget& target)
{
    std::lock_guard lock(m_sessionsMutex);
    std::shared_ptr<SshSession>& slot = m_sessions[target.key()];
    if (!slot)
        slot = m_factory(target);
    return slot;
}

QFuture<CommandResult> SshSessionPool::run(const SshTarget& target, const RemoteCommand& command)
{
    return submit<CommandResult>(target, [command](SshSession& session) { return session.run(command); });
}

SshError SshSessionPool::notStarted()
{
    return SshError(SshError::Kind::Cancelled,
                    QCoreApplication::translate("fleetdeck::SshSessionPool", "Cancelled before it started."));
}

int SshSessionPool::peakParallel() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->peak;
}

void SshSessionPool::schedule(const std::shared_ptr<State>& state, std::function<QFuture<void>()> start,
                              std::function<void()> abandon)
{
    {
        std::lock_guard lock(state->mutex);
        if (state->running >= state->maxParallel) {
            state->queue.push_back(std::move(start));
            state->queuedAbandon.push_back(std::move(abandon));
            return;
        }
        ++state->running;
        state->peak = std::max(state->peak, state->running);
    }
    launch(state, start);
}

void SshSessionPool::launch(const std::shared_ptr<State>& state, const std::function<QFuture<void>()>& start)
{
    // The slot is released when the work's future finishes (on a session thread),
    // and the next queued piece of work takes it over.
    start().then([state] {
        std::function<QFuture<void>()> next;
        {
            std::lock_guard lock(state->mutex);
            if (state->queue.empty()) {
                --state->running;
                return;
            }
            next = std::move(state->queue.front());
            state->queue.pop_front();
            state->queuedAbandon.pop_front();
        }
        launch(state, next);
    });
}

void SshSessionPool::closeAll()
{
    std::deque<std::function<void()>> abandoned;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->queue.clear();
        abandoned.swap(m_state->queuedAbandon);
    }
    for (auto& abandon : abandoned)
        abandon();
    std::lock_guard lock(m_sessionsMutex);
    for (auto& session : m_sessions)
        session->close();
}

} // namespace fleetdeck
