#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace fleetdeck::test {

/// tests/data/<name>
inline QString dataPath(const QString& name)
{
    return QStringLiteral(FLEETDECK_TEST_DATA_DIR "/") + name;
}

/// The bytes of tests/data/<name>; a missing fixture aborts the test run.
inline QByteArray readData(const QString& name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace fleetdeck::test
