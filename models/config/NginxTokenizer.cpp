#include "config/NginxTokenizer.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isPunct(char c)
{
    return c == '{' || c == '}' || c == ';';
}

class Lexer
{
public:
    explicit Lexer(const QByteArray& text) : m_text(text) {}

    ConfigResult<QList<NginxToken>> run()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
                ++m_pos;
            } else if (isSpace(c)) {
                ++m_pos;
            } else if (c == '#') {
                skipComment();
            } else if (isPunct(c)) {
                punct(c);
            } else if (c == '"' || c == '\'') {
                const int start = m_line;
                if (!quoted(c))
                    return configError(ConfigError::Kind::Unbalanced,
                                       QCoreApplication::translate("fleetdeck::NginxTokenizer",
                                                                   "unterminated quoted string"),
                                       start);
            } else {
                word();
            }
        }
        return m_tokens;
    }

private:
    void skipComment()
    {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n')
            ++m_pos;
    }

    void punct(char c)
    {
        NginxToken t;
        t.kind = c == '{'   ? NginxToken::Kind::OpenBrace
                 : c == '}' ? NginxToken::Kind::CloseBrace
                            : NginxToken::Kind::Semicolon;
        t.text = QByteArray(1, c);
        t.begin = m_pos;
        t.end = ++m_pos;
        t.line = m_line;
        m_tokens.append(t);
    }

    bool quoted(char quote)
    {
        NginxToken t;
        t.begin = m_pos;
        t.line = m_line;
        t.quoted = true;
        ++m_pos;
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos];
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                c = m_text[++m_pos];
            } else if (c == quote) {
                t.end = ++m_pos;
                m_tokens.append(t);
                return true;
            }
            if (c == '\n')
                ++m_line;
            t.text.append(c);
            ++m_pos;
        }
        return false;
    }

    void word()
    {
        NginxToken t;
        t.begin = m_pos;
        t.line = m_line;
        bool inVariableBrace = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (inVariableBrace) {
                inVariableBrace = c != '}';
            } else if (c == '{' && m_pos > t.begin && m_text[m_pos - 1] == '$') {
                inVariableBrace = true;
            } else if (isSpace(c) || isPunct(c)) {
                break;
            }
            t.text.append(c);
            ++m_pos;
        }
        t.end = m_pos;
        m_tokens.append(t);
    }

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<NginxToken> m_tokens;
};

} // namespace

ConfigResult<QList<NginxToken>> NginxTokenizer::tokenize(const QByteArray& text)
{
    return Lexer(text).run();
}

} // namespace fleetdeck
