#pragma once

#include "plan/PlanRunner.h"

#include <QString>

namespace fleetdeck::ui {

class HostKeyPrompter;

/// What the action dialogs need from the application: how to open an SSH session to a
/// server (the application's host-key policy is inside the factory), where the audit log
/// is, and who asks the operator about unknown host keys. Without `sessions` the change
/// actions stay disabled.
struct ActionContext
{
    PlanRunner::SessionFactory sessions;
    QString auditPath;                   ///< AuditLog file (AuditLog::defaultPath() in the app)
    HostKeyPrompter* hostKeys = nullptr; ///< parented to the main window by MainWindow

    bool isValid() const { return bool(sessions) && !auditPath.isEmpty(); }
};

} // namespace fleetdeck::ui
