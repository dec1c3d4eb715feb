#include "main/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    fleetdeck::ui::MainWindow window;
    window.show();
    return app.exec();
}
