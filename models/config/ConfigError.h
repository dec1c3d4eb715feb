#pragma once

#include <QString>

namespace fleetdeck {

/// Why a config editor refused: a human-readable message (already translated),
/// a machine-readable kind and, when the problem sits on one line, its number.
struct ConfigError
{
    enum class Kind {
        NotFound,        ///< the block or variable is not in the file
        Duplicate,       ///< defined more than once: editing one copy would be a guess
        Unbalanced,      ///< braces or quotes do not balance
        Unsupported,     ///< a line the editor cannot safely understand or clone
        InvalidArgument, ///< the caller asked for something impossible (worker exists, bad range)
        InvalidValue,    ///< a value in the file is malformed (e.g. not an integer)
    };

    Kind kind = Kind::InvalidArgument;
    QString message;
    int line = 0; ///< 1-based line in the input text; 0 when not tied to a line
};

} // namespace fleetdeck
