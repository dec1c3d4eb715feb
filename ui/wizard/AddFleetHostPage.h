#pragma once

#include "onboarding/AddFleetRequest.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fleetdeck::ui {

class AddFleetWizard;

/// Step 1 (objectName hostWizardPage): name, address, SSH user/port, zone, worker
/// count (default 16) and RAM with the safe worker count, and the per-host path
/// overrides of an inventory server entry, among them the change lock file (an absolute
/// path, as fleetdeckctl plan add-fleet --lock-file). Validated like the inventory on Next.
class AddFleetHostPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AddFleetHostPage(AddFleetWizard* wizard);

    void setRequest(const AddFleetRequest& request);
    AddFleetRequest request() const;
    bool validatePage() override;

private:
    void updateBudget();
    QLineEdit* lineEdit(const QString& objectName, const QString& placeholder = {});

    AddFleetWizard* m_wizard;
    AddFleetRequest m_base; ///< fields without widgets (overrides set by setRequest)
    QLineEdit* m_name;
    QLineEdit* m_host;
    QLineEdit* m_sshUser;
    QSpinBox* m_sshPort;
    QComboBox* m_zone;
    QSpinBox* m_workers;
    QSpinBox* m_ram;
    QLabel* m_budget;
    QLineEdit* m_socketPath;
    QLineEdit* m_envFile;
    QLineEdit* m_nginxConfig;
    QLineEdit* m_nginxRoutes;
    QLineEdit* m_healthUrl;
    QLineEdit* m_ingressAddress;
    QLineEdit* m_verifyUrl;
    QLineEdit* m_lockFile; ///< empty: the SSH layer's default /run/lock/fleetdeck.lock
    QLabel* m_errors;
};

} // namespace fleetdeck::ui
