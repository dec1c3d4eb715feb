#pragma once

#include "config/ConfigResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace fleetdeck {

/// Reads and sets one integer variable (`VOXCORE_WORKERS=16`) in the text of a
/// .env file, changing only the value bytes: comments, order, blank lines, quoting
/// (`"16"`, `'16'`, bare), an `export ` prefix, a trailing comment and the line
/// endings stay as they were. A variable assigned on two lines is refused.
class EnvFileEditor
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::EnvFileEditor)

public:
    /// Where the variable is assigned.
    struct Assignment
    {
        int line = 0;        ///< 1-based
        QByteArray value;    ///< without quotes
        char quote = '\0';   ///< '"', '\'' or '\0' for bare values
        qsizetype begin = 0; ///< raw value span, quotes included
        qsizetype end = 0;
    };

    /// The assignment, std::nullopt when the variable is not set, or an error
    /// (assigned twice, unterminated quote, bad variable name).
    static ConfigResult<std::optional<Assignment>> find(const QByteArray& text, const QString& variable,
                                                        const QString& sourcePath = {});

    /// The integer value; NotFound when unset, InvalidValue when not a non-negative integer.
    static ConfigResult<int> readInt(const QByteArray& text, const QString& variable,
                                     const QString& sourcePath = {});

    /// The new text with `variable` set to `value`. A missing variable is appended as
    /// `NAME=value` plus the file's line ending (a missing final newline is added first).
    static ConfigResult<QByteArray> setInt(const QByteArray& text, const QString& variable, int value,
                                           const QString& sourcePath = {});

    /// "\r\n" if the first line ends that way, else "\n".
    static QByteArray lineEnding(const QByteArray& text);
};

} // namespace fleetdeck
