#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace fleetdeck::ui {

/// Asks for the passphrase of an encrypted SSH private key: the key's path, a "wrong
/// passphrase" line from the second attempt on, the passphrase (echo: Password) and, only
/// when the operator opted in to the desktop keychain (Settings), "Remember in the desktop
/// keychain"; otherwise a hint that Settings can enable it.
///
/// takePassphrase() hands the passphrase over and clears the field, so it does not linger
/// in the widget (the dialog is also cleared when it is rejected).
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& keyPath, int attempt, bool keychainEnabled, QWidget* parent = nullptr);

    QString keyPath() const { return m_keyPath; }
    int attempt() const { return m_attempt; }
    /// The typed passphrase; the line edit is empty afterwards.
    QString takePassphrase();
    /// "Remember" is ticked (always false while the keychain setting is off).
    bool remember() const;

    void done(int result) override;

private:
    QString m_keyPath;
    int m_attempt;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
};

} // namespace fleetdeck::ui
