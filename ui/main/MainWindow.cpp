#include "main/MainWindow.h"

namespace fleetdeck::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fleetdeck"));
}

} // namespace fleetdeck::ui
