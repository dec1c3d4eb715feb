#include "fleet/Version.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "fleetdeckctl " << fleetdeck::version() << '\n';
    return 0;
}
