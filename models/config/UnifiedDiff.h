#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace fleetdeck {

/// Unified diff of two file texts, as `plan` prints it:
///   --- SERVER:/path
///   +++ SERVER:/path (proposed)
/// Lines are compared with their line endings (CRLF ≠ LF); the edit script comes
/// from dtl, the hunks are composed here exactly as GNU `diff -u` does (hunks
/// merged when ≤ 2×context lines apart, `-0,0` for an empty side, `,1` omitted,
/// `\ No newline at end of file`), so the output applies with GNU `patch`.
class UnifiedDiff
{
public:
    /// Empty when the texts are identical.
    static QByteArray diff(const QByteArray& before, const QByteArray& after, const QString& label,
                           int context = 3);
    /// With separate header labels.
    static QByteArray diff(const QByteArray& before, const QByteArray& after, const QString& oldLabel,
                           const QString& newLabel, int context);
    /// "SERVER:/path"
    static QString label(const QString& server, const QString& path);
    /// Lines with their terminators; the last one may lack "\n".
    static QList<QByteArray> splitLines(const QByteArray& text);
};

} // namespace fleetdeck
