#pragma once

#include <QString>

namespace fleetdeck {

/// Checks applied to every value that may reach a remote shell or a file
/// system. They are deliberately narrow: anything odd is refused, not escaped.
namespace InputValidation {

/// Server/ingress/zone names: [a-z0-9][a-z0-9-]{0,max-1}.
bool isName(const QString& s, int maxLength = 63);
/// DNS name of RFC 1123 labels, or an IPv4/IPv6 literal.
bool isHost(const QString& s);
bool isIpLiteral(const QString& s);
/// Service names: [a-z][a-z0-9_-]{0,31}.
bool isServiceName(const QString& s);
/// Login names: [a-z_][a-z0-9_-]{0,31}.
bool isUserName(const QString& s);
/// Environment variable names: [A-Z_][A-Z0-9_]{0,63}.
bool isEnvVarName(const QString& s);
/// An absolute remote path of [A-Za-z0-9._/@+-] (and `{n}` when allowed), no
/// `..` component, at most 4096 bytes. Returns an empty string when valid,
/// otherwise why not.
QString remotePathProblem(const QString& s, bool allowPlaceholder = false);
/// A local path: absolute or `~/…`, no control characters.
QString localPathProblem(const QString& s);
/// An http(s) URL with a valid host and no user info.
QString urlProblem(const QString& s);

} // namespace InputValidation
} // namespace fleetdeck
