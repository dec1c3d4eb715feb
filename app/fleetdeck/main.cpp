#include "Application.h"
#include "passphrase/PassphrasePrompter.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "fleet/Version.h"
#include "main/MainWindow.h"
#include "wall/WallWindow.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/Translations.h"
#include "server/OccupancyGridAccessible.h"
#include "style/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

using namespace fleetdeck;

namespace {

/// `fleetdeck --wall`: the wall display on screen N, full screen.
int runWall(Application& backend, int screenIndex, int rotateSeconds, const QString& screenshot, int screenshotAfterMs,
            const QSize& screenshotSize)
{
    ui::WallWindow wall(backend.state(), backend.alerts(), backend.history(), rotateSeconds);
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* screen = screenIndex >= 0 && screenIndex < screens.size() ? screens[screenIndex] : QGuiApplication::primaryScreen();
    if (screen) {
        wall.setGeometry(screen->geometry());
        wall.setScreen(screen);
    }
    if (screenshot.isEmpty()) {
        wall.showFullScreen();
    } else {
        if (screenshotSize.isValid())
            wall.resize(screenshotSize);
        wall.show();
    }
    backend.start();
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(std::max(0, screenshotAfterMs), &wall, [&] {
            QApplication::exit(wall.grab().save(screenshot) ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fleetdeck"));
    QApplication::setOrganizationName(QStringLiteral("fleetdeck"));
    QApplication::setApplicationVersion(version());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.fleetdeck.Fleetdeck"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.fleetdeck.Fleetdeck"),
                                                 QIcon(QStringLiteral(":/fleetdeck/icons/fleetdeck-128.png"))));
    // Language: Settings › Appearance › Language; "system" follows QLocale::system() (LANG).
    Translations::install(Translations::localeFor(Settings().language()));
    ui::OccupancyGridAccessible::installFactory();
    app.setProperty("fleetdeckSystemDark", ui::Theme::isDark(QApplication::palette())); // before Theme::apply

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for fleets of voice-call workers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption inventoryOption(QStringLiteral("inventory"),
                                             QApplication::translate("main", "Inventory file."),
                                             QApplication::translate("main", "FILE"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"), QApplication::translate("main", "Health poll interval in milliseconds."),
        QApplication::translate("main", "MS"), QStringLiteral("1000"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the window to FILE, then quit."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotAfterOption(
        QStringLiteral("screenshot-after"),
        QApplication::translate("main", "Milliseconds to wait before the screenshot."),
        QApplication::translate("main", "MS"), QStringLiteral("5000"));
    const QCommandLineOption screenshotSizeOption(
        QStringLiteral("screenshot-size"),
        QApplication::translate("main", "Window size for the screenshot, e.g. 1400x850."),
        QApplication::translate("main", "WxH"));
    const QCommandLineOption screenshotServerOption(
        QStringLiteral("select-server"), QApplication::translate("main", "Open the page of this server."),
        QApplication::translate("main", "NAME"));
    const QCommandLineOption zoneOption(QStringLiteral("select-zone"),
                                        QApplication::translate("main", "Open the overview of this zone."),
                                        QApplication::translate("main", "ID"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"), QApplication::translate("main", "Chart range for this run: 5m, 1h or 24h."),
        QApplication::translate("main", "RANGE"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"), QApplication::translate("main", "Palette for this run: light or dark."),
        QApplication::translate("main", "THEME"));
    const QCommandLineOption wallOption(
        QStringLiteral("wall"), QApplication::translate("main", "Full-screen, read-only wall display."));
    const QCommandLineOption screenOption(QStringLiteral("screen"),
                                          QApplication::translate("main", "Wall display: the screen to use (0, 1, …)."),
                                          QApplication::translate("main", "N"), QStringLiteral("0"));
    const QCommandLineOption rotateOption(
        QStringLiteral("rotate"), QApplication::translate("main", "Wall display: seconds per page (0: no rotation)."),
        QApplication::translate("main", "SECONDS"), QStringLiteral("15"));
    parser.addOptions({inventoryOption, intervalOption, screenshotOption, screenshotAfterOption,
                       screenshotSizeOption, screenshotServerOption, zoneOption, rangeOption, themeOption, wallOption,
                       screenOption, rotateOption});
    parser.process(app);

    Settings settings;
    ui::Theme::apply(parser.isSet(themeOption) ? parser.value(themeOption) == QLatin1String("dark")
                                               : ui::SettingsDialog::isDarkTheme(settings.theme()));
    // --inventory, else $FLEETDECK_INVENTORY, else the inventory used last time, else the default path.
    QString path = parser.value(inventoryOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("FLEETDECK_INVENTORY"))
        path = settings.get(SettingKeys::lastInventoryPath);
    if (path.isEmpty())
        path = InventoryParser::defaultPath();
    const InventoryParseResult loaded = InventoryParser::load(path);
    if (!loaded.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetdeck"),
                              QApplication::translate("main", "The inventory %1 cannot be used:\n\n%2")
                                  .arg(path, loaded.errorText()));
        return 2;
    }
    settings.set(SettingKeys::lastInventoryPath, QFileInfo(path).absoluteFilePath());
    const int interval = parser.isSet(intervalOption)
                             ? std::clamp(parser.value(intervalOption).toInt(), 200, 60000)
                             : settings.pollIntervalMs();
    Inventory inventory = *loaded.inventory;
    settings.applyTo(inventory); // known_hosts file and memory headroom, as fleetdeckctl does
    Application backend(std::move(inventory), interval);
    backend.state()->setThresholds(settings.thresholds());
    QSize screenshotSize;
    if (parser.isSet(screenshotSizeOption)) {
        const QStringList wh = parser.value(screenshotSizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            screenshotSize = QSize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(wallOption))
        return runWall(backend, parser.value(screenOption).toInt(), std::clamp(parser.value(rotateOption).toInt(), 0, 3600),
                       parser.isSet(screenshotOption) ? parser.value(screenshotOption) : QString(),
                       parser.value(screenshotAfterOption).toInt(), screenshotSize);
    ui::MainWindow window(backend.state(), &settings, nullptr,
                          ui::MonitorParts{backend.alerts(), backend.history(), backend.recorder()});
    QObject::connect(&window, &ui::MainWindow::refreshRequested, &backend, &Application::pollNow);
    QObject::connect(&window, &ui::MainWindow::pollIntervalChanged, &backend, &Application::setIntervalMs);
    window.setActionContext(backend.actionContext());
    backend.passphrases()->setWindow(&window); // SSH key passphrase dialogs open over the console
    if (screenshotSize.isValid())
        window.resize(screenshotSize);
    if (parser.isSet(rangeOption))
        window.setChartRange(parser.value(rangeOption));
    if (parser.isSet(screenshotServerOption))
        window.selectServer(parser.value(screenshotServerOption));
    else if (parser.isSet(zoneOption))
        window.selectZone(parser.value(zoneOption));
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
