#pragma once

#include <QString>
#include <QStringList>

namespace fleetdeck {

/// POSIX shell quoting: every argument becomes one single-quoted word.
class ShellQuote
{
public:
    /// 'text' with each ' written as '\'' ; the empty string becomes ''.
    static QString quote(const QString& text);
    /// Each element quoted, joined with single spaces.
    static QString join(const QStringList& argv);
};

} // namespace fleetdeck
