#pragma once

#include <QDialog>

namespace fleetdeck::ui {

/// An unknown SSH host key: the host, port and SHA256 fingerprint to compare out of band,
/// "Trust and save" (accept) or "Do not connect" (reject, the default).
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    HostKeyDialog(const QString& host, int port, const QString& fingerprint, QWidget* parent = nullptr);

    QString fingerprint() const { return m_fingerprint; }

private:
    QString m_fingerprint;
};

} // namespace fleetdeck::ui
