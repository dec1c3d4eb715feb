#pragma once

#include "config/ConfigResult.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace fleetdeck {

/// A worker socket path pattern such as `/tmp/voxcore_{n}.sock` ({n} exactly once).
/// nginx addresses are the path with a `unix:` prefix.
class SocketTemplate
{
public:
    SocketTemplate() = default;

    /// Validates the pattern: absolute, {n} exactly once, not next to a digit.
    static ConfigResult<SocketTemplate> fromPattern(const QString& pattern);
    /// From an address like `unix:/tmp/voxcore_16.sock`: the last run of digits becomes {n}.
    static ConfigResult<SocketTemplate> deriveFromAddress(const QByteArray& address);

    bool isValid() const { return !m_pattern.isEmpty(); }
    QString pattern() const { return m_pattern; }
    QByteArray pathFor(int worker) const;
    QByteArray addressFor(int worker) const { return QByteArrayLiteral("unix:") + pathFor(worker); }

    /// The worker number if `path` is this template with a number (no leading zeros).
    std::optional<int> matchPath(const QByteArray& path) const;
    /// Same for a `unix:` address.
    std::optional<int> matchAddress(const QByteArray& address) const;
    /// Offset of the number inside an address this template matched.
    qsizetype numberOffsetInAddress() const { return 5 + m_prefix.size(); }

private:
    QString m_pattern;
    QByteArray m_prefix;
    QByteArray m_suffix;
};

} // namespace fleetdeck
