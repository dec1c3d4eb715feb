#pragma once

#include "health/HealthSnapshot.h"

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// Parses the `/health/fleet` document. Extra fields are ignored; missing
/// required fields, wrong types, out-of-range numbers and oversize bodies are
/// errors with the field named.
class HealthParser
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kMaxWorkers = 10000;

    struct Result
    {
        HealthSnapshot snapshot;
        QString error;  ///< empty when the document is good
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray& body, qint64 receivedAtMs = 0);
};

} // namespace fleetdeck
