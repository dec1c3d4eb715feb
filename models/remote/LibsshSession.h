#pragma once

#include "HostKeyPolicy.h"
#include "PassphraseProvider.h"
#include "SshSession.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace fleetdeck {

class LibsshConnection;
class PassphraseStore;

/// SshSession over libssh (>= 0.10.6). Owns one thread that owns the libssh session
/// (libssh sessions are blocking and not thread-safe); requests queue and run one
/// after another. While idle the thread sends keepalives every
/// SshTarget::keepaliveSeconds. A dropped connection is re-established by the next
/// request. Host names are resolved on that thread, never on the caller's.
class LibsshSession : public SshSession
{
public:
    /// policy: asked about unknown host keys on the session thread (default: reject).
    /// passphrases: asked for encrypted keys on the session thread (may be empty).
    /// store: keychain for remembered passphrases (may be null).
    explicit LibsshSession(SshTarget target, std::shared_ptr<HostKeyPolicy> policy = {},
                           PassphraseProvider passphrases = {}, std::shared_ptr<PassphraseStore> store = {});
    ~LibsshSession() override;

    SshTarget target() const override { return m_target; }
    QFuture<void> open() override;
    QFuture<CommandResult> run(const RemoteCommand& command, OutputCallback onOutput = {}) override;
    QFuture<RemoteLockInfo> acquireLock(const LockRequest& request = {}) override;
    QFuture<void> releaseLock() override;
    void close() override;

private:
    struct Job
    {
        std::function<void(LibsshConnection&)> run;
        std::function<void()> abandon; // fail the promise with Cancelled without running
    };

    template <typename T, typename Fn> QFuture<T> submit(Fn work);
    void enqueue(Job job);
    void threadMain();

    const SshTarget m_target;
    std::unique_ptr<LibsshConnection> m_connection; // used only on m_thread
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_dropConnection = false;
    std::atomic_bool m_abortRunning = false; // close()/destructor: stop the running command
    std::thread m_thread;
};

} // namespace fleetdeck
