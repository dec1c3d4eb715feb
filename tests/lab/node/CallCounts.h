#pragma once

#include <QByteArray>
#include <QString>

namespace fleetdeck::lab {

/// The generator's tallies; see CallClient::Outcome for what each means.
struct CallCounts
{
    qint64 attempted = 0;
    qint64 started = 0;
    qint64 completed = 0;
    qint64 rejected = 0;
    qint64 dropped = 0;
    qint64 abandoned = 0; // not started when interrupted (not in the summary line)
    qint64 skipped = 0;   // not placed: --max-concurrent reached

    QString summaryLine() const
    {
        return QStringLiteral("calls: started=%1 completed=%2 rejected=%3 dropped=%4")
            .arg(started)
            .arg(completed)
            .arg(rejected)
            .arg(dropped);
    }
};

} // namespace fleetdeck::lab
