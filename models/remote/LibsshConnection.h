#pragma once

#include "CommandResult.h"
#include "HostKeyPolicy.h"
#include "LibsshHandles.h"
#include "PassphraseProvider.h"
#include "RemoteCommand.h"
#include "RemoteLock.h"
#include "SshSession.h"
#include "SshTarget.h"

#include <functional>
#include <map>
#include <memory>

namespace fleetdeck {

class PassphraseStore;

/// The blocking libssh side of LibsshSession. Used from exactly one thread (the
/// session thread); every failure is thrown as SshError.
class LibsshConnection
{
public:
    using CancelCheck = std::function<bool()>;
    /// Passphrase prompts per key and connection attempt (each key counts its own).
    static constexpr int kMaxPassphraseAttempts = 3;

    LibsshConnection(SshTarget target, std::shared_ptr<HostKeyPolicy> policy, PassphraseProvider passphrases,
                     std::shared_ptr<PassphraseStore> store);
    ~LibsshConnection();

    bool isConnected() const;
    void ensureConnected();
    void disconnect();
    /// Sends a keepalive@openssh.com request; drops the connection if it is dead.
    void sendKeepalive();
    /// One keepalive round trip; false if the peer did not answer in time.
    bool probeAlive();

    CommandResult exec(const RemoteCommand& command, const SshSession::OutputCallback& onOutput,
                       const CancelCheck& cancelled);
    RemoteLockInfo acquireLock(const LockRequest& request);
    void releaseLock();

    /// "SHA256:<base64 without padding>" of a key, as ssh-keygen -lf prints it.
    static QString fingerprint(ssh_key key);

private:
    void connectSocket();
    void verifyHostKey();
    void authenticate();
    bool tryIdentityFile(const QString& path);
    LibsshKeyPtr loadPrivateKey(const QString& path);
    /// An encrypted key's passphrase: the keychain's, else the provider's answers, at most
    /// kMaxPassphraseAttempts per key path (counted in `attempts`, which lives as long as one
    /// authentication). Returns the key it decrypted (null: none did) and, in *passphrase, the
    /// passphrase that did.
    LibsshKeyPtr unlockKey(const QString& path, std::map<QString, int>& attempts,
                           QByteArray* passphrase = nullptr);
    void saveToKeychain(const QString& path, const QString& passphrase);
    /// libssh's auth_function for ssh_userauth_publickey_auto (the default keys).
    static int autoAuthCallback(const char* prompt, char* buf, size_t len, int echo, int verify,
                                void* userdata);
    LibsshChannelPtr openExecChannel(const QByteArray& line);
    /// Per-channel state: the wrapper's "fleetdeck-pid N" header line is cut off stdout.
    struct ExecStream
    {
        QByteArray header;
        qint64 wrapperPid = 0;
        bool headerDone = false;
    };
    void pumpStdin(ssh_channel channel, const QByteArray& data, qsizetype& sent, bool& eofSent);
    bool readAvailable(ssh_channel channel, CommandResult& result, const SshSession::OutputCallback& onOutput,
                       ExecStream& stream);
    void deliver(OutputStream which, QByteArray chunk, CommandResult& result,
                 const SshSession::OutputCallback& onOutput, ExecStream& stream);
    void killRemote(ssh_channel channel, ExecStream& stream);
    void runHelper(const QByteArray& line, int timeoutMs);
    [[noreturn]] void throwLost(const QString& during);
    QString libsshError() const;

    SshTarget m_target;
    std::shared_ptr<HostKeyPolicy> m_policy;
    PassphraseProvider m_passphrases;
    std::shared_ptr<PassphraseStore> m_store;
    LibsshSessionPtr m_session;
    LibsshChannelPtr m_lockChannel;
    bool m_broken = false;
};

} // namespace fleetdeck
