#include "hostkey/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fleetdeck::ui {

HostKeyDialog::HostKeyDialog(const QString& host, int port, const QString& fingerprint, QWidget* parent)
    : QDialog(parent), m_fingerprint(fingerprint)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown host key — %1").arg(host));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The SSH host key of <b>%1</b> (port %2) is not in the known hosts file. "
                                "Fleetdeck has not sent anything to it yet.")
                                 .arg(host.toHtmlEscaped())
                                 .arg(port),
                             this);
    intro->setObjectName(QStringLiteral("hostKeyIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fp = new QLabel(fingerprint, this);
    fp->setObjectName(QStringLiteral("fingerprintLabel"));
    fp->setTextFormat(Qt::PlainText);
    fp->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    mono.setBold(true);
    fp->setFont(mono);
    fp->setFrameShape(QFrame::StyledPanel);
    fp->setMargin(8);
    layout->addWidget(fp);

    auto* how = new QLabel(tr("Compare this fingerprint with the one the server's administrator reads to you "
                              "from the server itself (<tt>ssh-keygen -lf "
                              "/etc/ssh/ssh_host_ed25519_key.pub</tt>), over another channel. Trust it only "
                              "if every character matches: it is then saved to the known hosts file and "
                              "checked on every later connection."),
                           this);
    how->setObjectName(QStringLiteral("hostKeyHowLabel"));
    how->setWordWrap(true);
    layout->addWidget(how);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* trust = buttons->addButton(tr("&Trust and save"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton* reject = buttons->addButton(tr("&Do not connect"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    reject->setDefault(true);
    reject->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 60);
}

} // namespace fleetdeck::ui
