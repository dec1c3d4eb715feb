#include "HostKeyPolicy.h"

namespace fleetdeck {

TrustFingerprintPolicy::TrustFingerprintPolicy(QString fingerprint)
    : m_fingerprint(std::move(fingerprint).trimmed())
{}

HostKeyPolicy::Decision TrustFingerprintPolicy::decide(const QString&, int, const QString& fingerprint)
{
    // Fingerprints are base64: case matters, compare exactly.
    return !m_fingerprint.isEmpty() && fingerprint == m_fingerprint ? Decision::Trust : Decision::Reject;
}

CallbackHostKeyPolicy::CallbackHostKeyPolicy(Callback callback) : m_callback(std::move(callback)) {}

HostKeyPolicy::Decision CallbackHostKeyPolicy::decide(const QString& host, int port,
                                                      const QString& fingerprint)
{
    return m_callback ? m_callback(host, port, fingerprint) : Decision::Reject;
}

} // namespace fleetdeck
