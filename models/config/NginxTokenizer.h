#pragma once

#include "config/ConfigResult.h"

#include <QByteArray>
#include <QList>

namespace fleetdeck {

/// One lexical token of an nginx configuration file. Comments and whitespace are
/// not tokens; offsets let editors splice the original bytes untouched.
struct NginxToken
{
    enum class Kind { Word, OpenBrace, CloseBrace, Semicolon };
    Kind kind = Kind::Word;
    QByteArray text;     ///< unquoted value for words; the character for punctuation
    qsizetype begin = 0; ///< byte offset of the first raw byte (the quote for quoted words)
    qsizetype end = 0;   ///< byte offset one past the last raw byte
    int line = 1;        ///< 1-based line of the first raw byte
    bool quoted = false;

    /// A word with this value; nginx unquotes directive names too, so `"server"` is `server`.
    bool isWord(const char* word) const { return kind == Kind::Word && text == word; }
};

/// Splits nginx configuration text the way nginx does: `#` starts a comment at a
/// token boundary, '…' and "…" quote (with backslash escapes), `${var}` stays in
/// its word, `{ } ;` are punctuation. Any line ending (LF or CRLF) is accepted.
class NginxTokenizer
{
public:
    static ConfigResult<QList<NginxToken>> tokenize(const QByteArray& text);
};

} // namespace fleetdeck
