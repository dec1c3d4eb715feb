#pragma once

#include "fleet/Inventory.h"
#include "onboarding/AddFleetProposal.h"
#include "onboarding/AddFleetRequest.h"
#include "onboarding/AddFleetStep.h"
#include "remote/SshTarget.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace fleetdeck {

class BridgeClient;
class HealthProbe;
class HostKeyPolicy;
class SshSession;

/// How one step ended.
struct AddFleetStepResult
{
    enum class Status { Ok, Failed, Refused };
    Status status = Status::Ok;
    QString detail; ///< one line: what was found / why it failed
    bool ok() const { return status == Status::Ok; }
};

/// Adds a fleet server end to end (DESIGN §1 "add a fleet", §4): host, trust the
/// host key by fingerprint, preflight, deploy the workers, nginx, inbound through
/// the ingress's add-fleet.sh, outbound in the bridge's fleet list, verification.
/// Every step that changes something pushes its undo; rollback() undoes the
/// completed steps in reverse order.
///
/// Blocking: run the steps on a worker thread (the CLI from QtConcurrent, the wizard
/// one step at a time with QtConcurrent::run(…).then(this, …)); never two at once.
/// Callbacks are called on that worker thread.
class AddFleetEngine
{
public:
    struct Callbacks
    {
        std::function<void(AddFleetStep step)> stepStarted;
        std::function<void(AddFleetStep step, const AddFleetStepResult& result)> stepFinished;
        std::function<void(const QString& text)> output;
    };
    using SessionFactory = std::function<std::shared_ptr<SshSession>(const SshTarget& target,
                                                                     std::shared_ptr<HostKeyPolicy> policy)>;

    /// The default factory makes LibsshSessions.
    AddFleetEngine(Inventory inventory, AddFleetRequest request, Callbacks callbacks = {},
                   SessionFactory factory = {});
    ~AddFleetEngine();
    AddFleetEngine(const AddFleetEngine&) = delete;
    AddFleetEngine& operator=(const AddFleetEngine&) = delete;

    const AddFleetRequest& request() const { return m_request; }
    const ServerSpec& spec() const { return m_spec; }
    const AddFleetProposal& proposal() const { return m_proposal; }
    /// The host key fingerprint seen at the last connection attempt.
    QString seenFingerprint() const;
    /// Trust this fingerprint (the wizard's "Trust" button; the CLI's --trust-host-key).
    void setTrustedFingerprint(const QString& fingerprint);
    /// Number of completed changes that rollback() would undo.
    int undoCount() const { return int(m_undo.size()); }
    /// Everything logged so far.
    QString output() const { return m_output; }

    /// Runs one step (blocking). A step may be retried after a failure.
    AddFleetStepResult runStep(AddFleetStep step);
    /// Host, Trust, Preflight: reads everything and fills proposal(); changes nothing
    /// (except known_hosts when the fingerprint is trusted).
    AddFleetStepResult plan();
    /// Every step from the first not yet done; stops at the first failure (no rollback).
    AddFleetStepResult applyRemaining();
    bool isDone(AddFleetStep step) const { return m_done.contains(step); }
    /// Undoes the completed changes in reverse order; true when everything was undone.
    bool rollback();
    /// Stop waits at the next poll (the step then fails).
    void cancel() { m_cancel = true; }

    /// Appends an audit record (models/audit) of this onboarding: result name
    /// ("done", "rolled-back", "failed", "refused"), message and the whole output.
    bool recordAudit(const QString& result, const QString& message, QString* error = nullptr);
    /// The summary of what was done (after Verify).
    QString summary() const { return m_summary; }

private:
    struct Undo
    {
        QString key;
        QString title;
        std::function<bool()> run;
    };
    /// Once per key (a retried step does not push its undo twice).
    void pushUndo(const QString& key, const QString& title, std::function<bool()> undo);
    bool sudo();
    /// Takes the per-host change lock (DESIGN §4; the file is ServerSpec::lockFile) before
    /// the first change; kept until done/rolled back.
    void lockHost();
    void unlockHost();
    /// The same for the ingress (IngressSpec::lockFile) before add-fleet.sh runs.
    void lockIngress();
    void unlockIngress();
    HealthProbe& healthProbe();
    class StepFailure;

    AddFleetStepResult host();
    AddFleetStepResult trust();
    AddFleetStepResult preflight();
    AddFleetStepResult deploy();
    AddFleetStepResult nginx();
    AddFleetStepResult inbound();
    AddFleetStepResult outbound();
    AddFleetStepResult verify();

    void readIngress();
    void readBridge();
    bool reloadNginxBack();
    bool removeFromIngress(const QByteArray& configBefore, const QString& serverName);
    bool putBridgeList(const QStringList& list, QString* error);
    QString pickCheck(QString* error);
    QStringList getBridgeList(QString* error);
    QByteArray bridgeToken() const;

    struct Run
    {
        int exitStatus = -1;
        QByteArray out;
        QByteArray err;
        QString text() const { return QString::fromUtf8(out + err).trimmed(); }
    };
    Run run(SshSession& session, const QStringList& argv, int timeoutMs = 60000, const QByteArray& input = {},
            bool quiet = false);
    SshSession& hostSession();
    SshSession& ingressSession();
    const IngressSpec& ingressSpec() const;
    void log(const QString& text);
    [[noreturn]] void fail(const QString& message) const;

    Inventory m_inventory;
    AddFleetRequest m_request;
    ServerSpec m_spec;
    Callbacks m_callbacks;
    SessionFactory m_factory;
    std::shared_ptr<SshSession> m_host;
    std::shared_ptr<SshSession> m_ingress;
    std::unique_ptr<HealthProbe> m_health;
    std::unique_ptr<BridgeClient> m_bridge;
    AddFleetProposal m_proposal;
    QList<AddFleetStep> m_done;
    QList<Undo> m_undo;
    QByteArray m_envBefore;
    QByteArray m_haproxyBefore;
    QString m_output;
    QString m_summary;
    mutable QMutex m_fingerprintMutex;
    QString m_seenFingerprint;
    QString m_trustedFingerprint;
    std::atomic_bool m_cancel{false};
    int m_nginxReloads = 0;
    bool m_hostOpen = false;
    bool m_locked = false;
    bool m_ingressLocked = false;
};

} // namespace fleetdeck
