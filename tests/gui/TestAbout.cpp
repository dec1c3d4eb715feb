#include "about/AboutDialog.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "fleet/Version.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace fleetdeck;

class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysVersionLicenceWhatAndId()
    {
        ui::AboutDialog dialog;
        auto text = [&](const char* name) {
            auto* l = dialog.findChild<QLabel*>(QLatin1String(name));
            return l ? l->text() : QString();
        };
        QVERIFY(!version().isEmpty());
        QVERIFY2(text("aboutVersionLabel").contains(version()), qPrintable(text("aboutVersionLabel")));
        QVERIFY2(text("aboutLicenseLabel").contains(QStringLiteral("GPL-3.0-or-later")),
                 qPrintable(text("aboutLicenseLabel")));
        QVERIFY(text("aboutAppIdLabel").contains(QStringLiteral("io.github.fleetdeck.Fleetdeck")));
        QVERIFY(text("aboutDescriptionLabel").contains(QStringLiteral("voice-call workers")));
        auto* icon = dialog.findChild<QLabel*>(QStringLiteral("aboutIconLabel"));
        QVERIFY(icon);
        QVERIFY2(!icon->pixmap().isNull(),
                 "the embedded icon :/fleetdeck/icons/fleetdeck-128.png did not load");
        QVERIFY(!icon->accessibleName().isEmpty());
        QCOMPARE(ui::AboutDialog::applicationId(), QStringLiteral("io.github.fleetdeck.Fleetdeck"));
    }

    void helpMenuOpensIt()
    {
        const QByteArray json =
            "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"UK\"}],"
            " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"}]}";
        FleetState state(*InventoryParser::parse(json).inventory);
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        auto* aboutQt = window.findChild<QAction*>(QStringLiteral("aboutQtAction"));
        QVERIFY(about && aboutQt);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
        // Both live in the last menu of the menu bar, Help.
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QMenu* help = menus.last()->menu();
        QVERIFY(help && help->actions().contains(about) && help->actions().contains(aboutQt));
        QCOMPARE(menus.last()->text(), QStringLiteral("&Help"));
        about->trigger();
        QTRY_VERIFY(window.findChild<ui::AboutDialog*>());
        QTRY_VERIFY(window.findChild<ui::AboutDialog*>()->isVisible());
        window.findChild<ui::AboutDialog*>()->reject();
    }
};

QTEST_MAIN(TestAbout)
#include "TestAbout.moc"
