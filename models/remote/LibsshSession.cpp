#include "LibsshSession.h"

#include "LibsshConnection.h"
#include "SshError.h"

#include <QCoreApplication>
#include <QPromise>

#include <chrono>

namespace fleetdeck {

namespace {

SshError cancelledError()
{
    return SshError(SshError::Kind::Cancelled,
                    QCoreApplication::translate("fleetdeck", "The request was cancelled before it ran."));
}

} // namespace

LibsshSession::LibsshSession(SshTarget target, std::shared_ptr<HostKeyPolicy> policy,
                             PassphraseProvider passphrases, std::shared_ptr<PassphraseStore> store)
    : m_target(std::move(target)), m_connection(std::make_unique<LibsshConnection>(
                                       m_target, std::move(policy), std::move(passphrases), std::move(store)))
{
    m_thread = std::thread([this] { threadMain(); });
}

LibsshSession::~LibsshSession()
{
    std::deque<Job> abandoned;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_abortRunning = true;
        abandoned.swap(m_queue);
    }
    m_wake.notify_all();
    for (Job& job : abandoned)
        job.abandon();
    m_thread.join();
}

void LibsshSession::close()
{
    std::deque<Job> abandoned;
    {
        std::lock_guard lock(m_mutex);
        abandoned.swap(m_queue);
        m_dropConnection = true;
        m_abortRunning = true;
    }
    m_wake.notify_all();
    for (Job& job : abandoned)
        job.abandon();
}

void LibsshSession::enqueue(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back(std::move(job));
            job = {};
        }
    }
    if (job.abandon)
        job.abandon();
    m_wake.notify_one();
}

template <typename T, typename Fn> QFuture<T> LibsshSession::submit(Fn work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    Job job;
    job.run = [promise, work = std::move(work)](LibsshConnection& connection) {
        try {
            if (promise->isCanceled())
                throw cancelledError();
            if constexpr (std::is_void_v<T>) {
                work(connection, *promise);
            } else {
                promise->addResult(work(connection, *promise));
            }
        } catch (const SshError& error) {
            promise->setException(error);
        } catch (const std::exception& error) {
            promise->setException(
                SshError(SshError::Kind::ProtocolError, QString::fromLocal8Bit(error.what())));
        }
        promise->finish();
    };
    job.abandon = [promise] {
        promise->setException(cancelledError());
        promise->finish();
    };
    enqueue(std::move(job));
    return future;
}

void LibsshSession::threadMain()
{
    using namespace std::chrono;
    auto lastActivity = steady_clock::now();
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            const auto idle = m_target.keepaliveSeconds > 0 ? seconds(m_target.keepaliveSeconds) : hours(24);
            m_wake.wait_until(lock, lastActivity + idle,
                              [this] { return m_stopping || m_dropConnection || !m_queue.empty(); });
            if (m_stopping)
                break;
            if (m_dropConnection) {
                m_dropConnection = false;
                lock.unlock();
                m_connection->disconnect();
                continue;
            }
            if (m_queue.empty()) {
                lock.unlock();
                m_connection->sendKeepalive();
                lastActivity = steady_clock::now();
                continue;
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_abortRunning = false;
        }
        job.run(*m_connection);
        lastActivity = steady_clock::now();
    }
    m_connection->disconnect();
}

QFuture<void> LibsshSession::open()
{
    return submit<void>([](LibsshConnection& connection, QPromise<void>&) { connection.ensureConnected(); });
}

QFuture<CommandResult> LibsshSession::run(const RemoteCommand& command, OutputCallback onOutput)
{
    std::atomic_bool* abort = &m_abortRunning; // the job runs on m_thread, which this object outlives
    return submit<CommandResult>([command, abort, onOutput = std::move(onOutput)](
                                     LibsshConnection& connection, QPromise<CommandResult>& promise) {
        return connection.exec(command, onOutput,
                               [abort, &promise] { return promise.isCanceled() || *abort; });
    });
}

QFuture<RemoteLockInfo> LibsshSession::acquireLock(const LockRequest& request)
{
    return submit<RemoteLockInfo>([request](LibsshConnection& connection, QPromise<RemoteLockInfo>&) {
        return connection.acquireLock(request);
    });
}

QFuture<void> LibsshSession::releaseLock()
{
    return submit<void>([](LibsshConnection& connection, QPromise<void>&) { connection.releaseLock(); });
}

} // namespace fleetdeck
