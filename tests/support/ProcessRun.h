#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleetdeck::test {

/// What a finished process said. exitCode is -1 when it could not start, crashed or timed out
/// (err then says which).
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program args` with no stdin, bounded by `timeoutMs` (killed after it), and collects
/// its exit code and output. For tests that drive the lab and the command-line tools.
ProcessRun runProcess(const QString& program, const QStringList& args, int timeoutMs,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

} // namespace fleetdeck::test
