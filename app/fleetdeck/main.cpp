#include "Application.h"
#include "fleet/InventoryParser.h"
#include "fleet/Version.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace fleetdeck;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fleetdeck"));
    QApplication::setOrganizationName(QStringLiteral("fleetdeck"));
    QApplication::setApplicationVersion(version());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.fleetdeck.Fleetdeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Console for fleets of voice-call workers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
                                             QApplication::translate("main", "Inventory file."),
                                             QApplication::translate("main", "FILE"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            QApplication::translate("main", "Health poll interval in milliseconds."),
                                            QApplication::translate("main", "MS"), QStringLiteral("1000"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a screenshot of the window to FILE, then quit."),
                                              QApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotAfterOption(QStringLiteral("screenshot-after"),
                                                   QApplication::translate("main", "Milliseconds to wait before the screenshot."),
                                                   QApplication::translate("main", "MS"), QStringLiteral("5000"));
    parser.addOptions({inventoryOption, intervalOption, screenshotOption, screenshotAfterOption});
    parser.process(app);

    const QString path = parser.isSet(inventoryOption) ? parser.value(inventoryOption) : InventoryParser::defaultPath();
    const InventoryParseResult loaded = InventoryParser::load(path);
    if (!loaded.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetdeck"),
                              QApplication::translate("main", "The inventory %1 cannot be used:\n\n%2").arg(path, loaded.errorText()));
        return 2;
    }
    const int interval = std::clamp(parser.value(intervalOption).toInt(), 200, 60000);
    Application backend(*loaded.inventory, interval);
    ui::MainWindow window(backend.state());
    window.show();
    backend.start();
    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(std::max(0, parser.value(screenshotAfterOption).toInt()), &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshotOption));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
