#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace fleetdeck {

/// One `server` line of an nginx upstream, with the byte spans the editors splice.
struct NginxServerEntry
{
    QByteArray address;           ///< e.g. unix:/tmp/voxcore_17.sock
    QList<QByteArray> parameters; ///< as written: max_conns=1, fail_timeout=10, down, …
    bool down = false;
    int line = 0;   ///< 1-based
    int worker = 0; ///< the number the socket template matched

    /// The value of `name=value`, if present.
    std::optional<QByteArray> parameterValue(const QByteArray& name) const;
    std::optional<int> maxConns() const;

    // Raw offsets into the file text (half-open ranges).
    qsizetype lineBegin = 0;   ///< first byte of the line
    qsizetype lineEnd = 0;     ///< line end, before CR/LF
    qsizetype lineNext = 0;    ///< first byte of the next line
    qsizetype numberBegin = 0; ///< the worker number inside the address
    qsizetype numberEnd = 0;
    qsizetype lastWordEnd = 0;  ///< end of the last parameter (or the address)
    qsizetype semicolonEnd = 0; ///< one past the `;`
    qsizetype downBegin = -1;   ///< the `down` parameter with the blank before it
    qsizetype downEnd = -1;
    QByteArray separator; ///< blank before the last word, reused when adding `down`
};

} // namespace fleetdeck
