#include "hostkey/HostKeyPrompter.h"

#include "hostkey/HostKeyDialog.h"

#include <QThread>
#include <QWidget>

#include <future>
#include <mutex>

namespace fleetdeck::ui {

struct HostKeyPrompter::Bridge
{
    std::mutex mutex;
    HostKeyPrompter* prompter = nullptr; ///< cleared by the destructor, under the mutex
};

HostKeyPrompter::HostKeyPrompter(QObject* parent) : QObject(parent), m_bridge(std::make_shared<Bridge>())
{
    setObjectName(QStringLiteral("hostKeyPrompter"));
    m_bridge->prompter = this;
    std::shared_ptr<Bridge> bridge = m_bridge;
    m_policy = std::make_shared<CallbackHostKeyPolicy>(
        [bridge](const QString& host, int port, const QString& fingerprint) {
            return ask(bridge, host, port, fingerprint);
        });
}

void HostKeyPrompter::setWindow(QWidget* window)
{
    m_window = window;
}

HostKeyPrompter::~HostKeyPrompter()
{
    std::lock_guard lock(m_bridge->mutex);
    m_bridge->prompter = nullptr;
}

HostKeyPolicy::Decision HostKeyPrompter::ask(const std::shared_ptr<Bridge>& bridge, const QString& host,
                                             int port, const QString& fingerprint)
{
    using Decision = HostKeyPolicy::Decision;
    auto answer = std::make_shared<std::promise<Decision>>();
    std::future<Decision> future = answer->get_future();
    int timeoutMs = 0;
    {
        std::lock_guard lock(bridge->mutex);
        HostKeyPrompter* self = bridge->prompter;
        if (!self || QThread::currentThread() == self->thread())
            return Decision::Reject; // no console, or it would wait for itself
        timeoutMs = self->m_timeoutMs;
        // Posting is thread-safe; the object cannot be destroyed meanwhile (the destructor takes
        // the mutex). If it is destroyed before the event runs, the lambda and the promise go with
        // the event: future.get() then throws broken_promise, which is a Reject.
        QMetaObject::invokeMethod(
            self,
            [self, host, port, fingerprint, answer] {
                auto* dialog = new HostKeyDialog(host, port, fingerprint, self->m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                auto settle = [answer](Decision d) {
                    try {
                        answer->set_value(d);
                    } catch (const std::future_error&) { // already answered
                    }
                };
                connect(dialog, &QDialog::finished, dialog, [settle](int result) {
                    settle(result == QDialog::Accepted ? Decision::Trust : Decision::Reject);
                });
                // Closed without an answer (the console went away): a Reject.
                connect(dialog, &QObject::destroyed, [settle] { settle(Decision::Reject); });
                dialog->open();
                Q_EMIT self->dialogOpened(dialog);
            },
            Qt::QueuedConnection);
    }
    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return Decision::Reject;
    try {
        return future.get();
    } catch (const std::future_error&) {
        return Decision::Reject;
    }
}

} // namespace fleetdeck::ui
