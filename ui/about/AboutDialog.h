#pragma once

#include <QDialog>

namespace fleetdeck::ui {

/// Help › About Fleetdeck (objectName aboutDialog): icon, version, what it is, the application
/// id and the licence (GPL-3.0-or-later).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString applicationId();
    static QString licenseId();
};

} // namespace fleetdeck::ui
