#include "SshError.h"

namespace fleetdeck {

SshError::SshError(Kind kind, QString message, int exitStatus, QString detail)
    : m_kind(kind), m_message(std::move(message)), m_exitStatus(exitStatus), m_detail(std::move(detail)),
      m_what((kindName(kind) + QStringLiteral(": ") + m_message).toUtf8())
{}

QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("Unreachable");
    case Kind::AuthFailed:
        return QStringLiteral("AuthFailed");
    case Kind::HostKeyUnknown:
        return QStringLiteral("HostKeyUnknown");
    case Kind::HostKeyChanged:
        return QStringLiteral("HostKeyChanged");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::CommandFailed:
        return QStringLiteral("CommandFailed");
    case Kind::RemoteFileChanged:
        return QStringLiteral("RemoteFileChanged");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::LockHeld:
        return QStringLiteral("LockHeld");
    case Kind::SudoNeedsPassword:
        return QStringLiteral("SudoNeedsPassword");
    case Kind::ProtocolError:
        return QStringLiteral("ProtocolError");
    }
    return QStringLiteral("Unknown");
}

const char* SshError::what() const noexcept
{
    return m_what.constData();
}

} // namespace fleetdeck
