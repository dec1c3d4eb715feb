#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace fleetdeck {

/// Decides about a host key that is NOT in the known_hosts file. A changed key never
/// reaches the policy: it is always refused.
///
/// decide() is called on the SSH session's own thread and may block it (the session
/// waits for the answer). Implementations must be thread-safe; a GUI implementation
/// marshals the question to the GUI thread itself (e.g. QMetaObject::invokeMethod
/// with a QPromise) and returns the operator's answer.
class HostKeyPolicy
{
public:
    enum class Decision { Trust, Reject };

    virtual ~HostKeyPolicy() = default;
    /// fingerprint: "SHA256:<base64 without padding>", as `ssh-keygen -lf` prints it.
    virtual Decision decide(const QString& host, int port, const QString& fingerprint) = 0;
};

/// The default: unknown keys are refused (the CLI without --trust-host-key).
class RejectUnknownPolicy : public HostKeyPolicy
{
public:
    Decision decide(const QString&, int, const QString&) override { return Decision::Reject; }
};

/// Trusts exactly one fingerprint (the CLI's --trust-host-key SHA256:…).
class TrustFingerprintPolicy : public HostKeyPolicy
{
public:
    explicit TrustFingerprintPolicy(QString fingerprint);
    Decision decide(const QString& host, int port, const QString& fingerprint) override;

private:
    QString m_fingerprint;
};

/// Adapts a callable (e.g. a GUI dialog bridge). The callable must be thread-safe.
class CallbackHostKeyPolicy : public HostKeyPolicy
{
public:
    using Callback = std::function<Decision(const QString& host, int port, const QString& fingerprint)>;
    explicit CallbackHostKeyPolicy(Callback callback);
    Decision decide(const QString& host, int port, const QString& fingerprint) override;

private:
    Callback m_callback;
};

} // namespace fleetdeck
