#pragma once

#include "remote/HostKeyPolicy.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace fleetdeck::ui {

class HostKeyDialog;

/// Asks the operator about unknown SSH host keys. policy() is a CallbackHostKeyPolicy for
/// the SSH sessions: its decide() runs on a session thread, posts the question to this
/// object's (GUI) thread, where a HostKeyDialog opens (open(), not exec()), and waits for the
/// answer (at most timeoutMs; no answer, a closed console or a call from the GUI thread
/// itself is a Reject). Changed keys never get here: the SSH layer refuses them.
class HostKeyPrompter : public QObject
{
    Q_OBJECT

public:
    explicit HostKeyPrompter(QObject* parent = nullptr);
    ~HostKeyPrompter() override;

    /// Parent of the dialogs (the main window).
    void setWindow(QWidget* window);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// The policy to give the SSH sessions; valid after this object is gone (rejects then).
    std::shared_ptr<HostKeyPolicy> policy() const { return m_policy; }

Q_SIGNALS:
    /// A dialog is open (tests find it here).
    void dialogOpened(fleetdeck::ui::HostKeyDialog* dialog);

private:
    struct Bridge;
    static HostKeyPolicy::Decision ask(const std::shared_ptr<Bridge>& bridge, const QString& host, int port,
                                       const QString& fingerprint);

    QPointer<QWidget> m_window;
    int m_timeoutMs = 10 * 60 * 1000;
    std::shared_ptr<Bridge> m_bridge;
    std::shared_ptr<HostKeyPolicy> m_policy;
};

} // namespace fleetdeck::ui
