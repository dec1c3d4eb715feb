#include "about/AboutDialog.h"

#include "fleet/Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {

QLabel* label(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                               Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return l;
}

} // namespace

QString AboutDialog::applicationId()
{
    return QStringLiteral("io.github.fleetdeck.Fleetdeck");
}

QString AboutDialog::licenseId()
{
    return QStringLiteral("GPL-3.0-or-later");
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Fleetdeck"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIconLabel"));
    QIcon appIcon = QApplication::windowIcon();
    if (appIcon.isNull())
        appIcon = QIcon(QStringLiteral(":/fleetdeck/icons/fleetdeck-128.png"));
    icon->setPixmap(appIcon.pixmap(96, 96));
    icon->setAccessibleName(tr("Fleetdeck icon"));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    auto* text = new QVBoxLayout;
    auto* name = label(QStringLiteral("aboutNameLabel"), QStringLiteral("<h2>Fleetdeck</h2>"), this);
    text->addWidget(name);
    text->addWidget(label(QStringLiteral("aboutVersionLabel"), tr("Version %1").arg(version()), this));
    text->addWidget(label(QStringLiteral("aboutDescriptionLabel"),
                          tr("A console for network-operations staff who run fleets of voice-call workers: "
                             "live state, capacity and alerts for every zone and server, and changes made "
                             "over SSH as reviewed plans with automatic rollback."),
                          this));
    text->addWidget(
        label(QStringLiteral("aboutAppIdLabel"), tr("Application id: %1").arg(applicationId()), this));
    QLabel* licence =
        label(QStringLiteral("aboutLicenseLabel"),
              tr("Licence: %1 — free software: you may redistribute and modify it under the terms of "
                 "the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
                 "License</a>, version 3 or later. There is NO WARRANTY.")
                  .arg(licenseId()),
              this);
    licence->setOpenExternalLinks(true);
    text->addWidget(licence);
    text->addWidget(label(QStringLiteral("aboutQtLabel"),
                          tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this));
    top->addLayout(text, 1);
    layout->addLayout(top);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    setMinimumWidth(480);
}

} // namespace fleetdeck::ui
