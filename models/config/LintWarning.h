#pragma once

#include <QString>

namespace fleetdeck {

/// One finding of ConfigLint. `code` is stable (for tests, filters and the audit
/// log); `message` is translated; `line` is 1-based, 0 when not tied to a line.
struct LintWarning
{
    QString code;
    QString message;
    int line = 0;

    bool operator==(const LintWarning&) const = default;
};

} // namespace fleetdeck
