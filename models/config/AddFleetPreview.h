#pragma once

#include "config/ConfigResult.h"
#include "config/HaproxyBackend.h"

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// What `add-fleet.sh <host> [name]` will add to an ingress backend, computed the
/// way the script does it: clone the LAST server line of the backend, set its name
/// (default `fleet-<host with dots as dashes>`) and address (`host` plus the cloned
/// port), words re-joined by single spaces after the original indentation, insert
/// it after that line. Fleetdeck shows this as a diff; the script does the edit.
/// A CRLF config is refused: the script's awk would not match the backend line.
class AddFleetPreview
{
public:
    static ConfigResult<AddFleetPreview> compute(const HaproxyBackend& backend, const QString& host,
                                                 const QString& name = {});

    /// The script's default server name for a host.
    static QString defaultName(const QString& host);
    /// The script's host rule: an IPv4 address or an RFC 1123 DNS name (not all-numeric).
    static bool isValidHost(const QString& host);

    QByteArray name() const { return m_name; }
    QByteArray address() const { return m_address; }
    QByteArray line() const { return m_line; }       ///< the new server line, without line ending
    QByteArray newText() const { return m_newText; } ///< the whole config with the line added
    int afterLine() const { return m_afterLine; }    ///< inserted after this 1-based line
    int fleetCountAfter() const { return m_fleetCountAfter; }

private:
    QByteArray m_name;
    QByteArray m_address;
    QByteArray m_line;
    QByteArray m_newText;
    int m_afterLine = 0;
    int m_fleetCountAfter = 0;
};

} // namespace fleetdeck
