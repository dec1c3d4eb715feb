#include "passphrase/PassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {

QLabel* wrappedLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

PassphraseDialog::PassphraseDialog(const QString& keyPath, int attempt, bool keychainEnabled, QWidget* parent)
    : QDialog(parent), m_keyPath(keyPath), m_attempt(attempt)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("SSH key passphrase"));
    auto* layout = new QVBoxLayout(this);
    QLabel* intro =
        wrappedLabel(QStringLiteral("passphraseIntroLabel"),
                     tr("Fleetdeck needs the passphrase of this SSH private key to connect:"), this);
    layout->addWidget(intro);
    QLabel* path = wrappedLabel(QStringLiteral("keyPathLabel"), keyPath, this);
    path->setTextFormat(Qt::PlainText);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = path->font();
    bold.setBold(true);
    path->setFont(bold);
    layout->addWidget(path);

    QLabel* wrong = wrappedLabel(QStringLiteral("wrongPassphraseLabel"),
                                 tr("Wrong passphrase, try again (attempt %1).").arg(attempt), this);
    wrong->setForegroundRole(QPalette::Highlight);
    wrong->setVisible(attempt >= 2);
    layout->addWidget(wrong);

    auto* form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase"), m_passphrase);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember in the desktop keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setEnabled(keychainEnabled);
    m_remember->setVisible(keychainEnabled);
    layout->addWidget(m_remember);
    QLabel* hint = wrappedLabel(
        QStringLiteral("keychainHintLabel"),
        tr("Fleetdeck keeps the passphrase in memory until it quits. To remember it in the desktop "
           "keychain, turn that on in Settings › Changes and SSH. It is never written to a file."),
        this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setVisible(!keychainEnabled);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("passphraseButtonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_passphrase, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 40);
}

QString PassphraseDialog::takePassphrase()
{
    const QString text = m_passphrase->text();
    m_passphrase->setText(QString()); // setText (not clear()) also drops the undo history
    return text;
}

bool PassphraseDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void PassphraseDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_passphrase->setText(QString());
    QDialog::done(result);            // finished(): the prompter takes the passphrase
    m_passphrase->setText(QString()); // whoever did not take it: gone now
}

} // namespace fleetdeck::ui
