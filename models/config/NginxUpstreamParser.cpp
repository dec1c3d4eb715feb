#include "config/NginxUpstreamParser.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

using Kind = NginxToken::Kind;

} // namespace

NginxUpstreamParser::NginxUpstreamParser(const QByteArray& text, const QString& name,
                                         const QString& sourcePath)
    : m_text(text), m_name(name), m_path(sourcePath)
{}

ConfigResult<NginxUpstream> NginxUpstreamParser::parse(const QString& socketTemplate)
{
    auto tokens = NginxTokenizer::tokenize(m_text);
    if (!tokens.ok())
        return error(tokens.error().kind, tokens.error().message, tokens.error().line);
    m_tokens = tokens.value();
    indexLines();
    m_result.m_text = m_text;
    m_result.m_name = m_name;
    m_result.m_sourcePath = m_path;
    if (auto e = findBlocks())
        return *e;
    if (auto e = checkBlockCount())
        return *e;
    if (auto e = readBlock(m_blocks.front()))
        return *e;
    if (auto e = assignWorkers(socketTemplate))
        return *e;
    return m_result;
}

NginxUpstreamParser::MaybeError NginxUpstreamParser::findBlocks()
{
    QList<std::pair<qsizetype, qsizetype>> stack; // (index into m_blocks or -1, token of the `{`)
    qsizetype statement = 0;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const NginxToken& t = m_tokens[i];
        if (t.kind == Kind::Semicolon) {
            statement = i + 1;
        } else if (t.kind == Kind::OpenBrace) {
            const bool ours = i - statement == 2 && m_tokens[statement].isWord("upstream") &&
                              m_tokens[statement + 1].kind == Kind::Word &&
                              m_tokens[statement + 1].text == m_name.toUtf8();
            stack.append({ours ? m_blocks.size() : -1, i});
            if (ours)
                m_blocks.append(Block{statement, i});
            statement = i + 1;
        } else if (t.kind == Kind::CloseBrace) {
            if (statement != i)
                return error(ConfigError::Kind::Unbalanced,
                             tr("directive \"%1\" is not terminated by \";\"")
                                 .arg(QString::fromUtf8(m_tokens[statement].text)),
                             m_tokens[statement].line);
            if (stack.isEmpty())
                return error(ConfigError::Kind::Unbalanced, tr("unexpected \"}\" (unbalanced braces)"),
                             t.line);
            if (const qsizetype b = stack.takeLast().first; b >= 0)
                m_blocks[b].close = i;
            statement = i + 1;
        }
    }
    if (!stack.isEmpty())
        return error(ConfigError::Kind::Unbalanced, tr("\"{\" is never closed (unbalanced braces)"),
                     m_tokens[stack.back().second].line);
    if (statement < m_tokens.size())
        return error(ConfigError::Kind::Unbalanced, tr("unexpected end of file, expecting \";\" or \"}\""),
                     m_tokens[statement].line);
    return std::nullopt;
}

NginxUpstreamParser::MaybeError NginxUpstreamParser::checkBlockCount() const
{
    if (m_blocks.isEmpty())
        return ConfigError{ConfigError::Kind::NotFound,
                           tr("upstream \"%1\" not found in %2").arg(m_name, fileName()), 0};
    if (m_blocks.size() == 1)
        return std::nullopt;
    QStringList lines;
    for (const Block& b : m_blocks)
        lines.append(QString::number(m_tokens[b.header].line));
    return ConfigError{ConfigError::Kind::Duplicate,
                       tr("upstream \"%1\" is defined %2 times in %3 (lines %4); refusing to guess which "
                          "one to edit")
                           .arg(m_name)
                           .arg(m_blocks.size())
                           .arg(fileName(), lines.join(QStringLiteral(", "))),
                       m_tokens[m_blocks[1].header].line};
}

NginxUpstreamParser::MaybeError NginxUpstreamParser::readBlock(const Block& block)
{
    m_result.m_headerLine = m_tokens[block.header].line;
    m_result.m_closeLine = m_tokens[block.close].line;
    m_result.m_blockBegin = m_tokens[block.header].begin;
    m_result.m_blockEnd = m_tokens[block.close].end;
    qsizetype first = block.open + 1;
    for (qsizetype i = first; i < block.close; ++i) {
        const NginxToken& t = m_tokens[i];
        if (t.kind == Kind::OpenBrace || t.kind == Kind::CloseBrace)
            return error(ConfigError::Kind::Unsupported,
                         tr("unexpected block inside upstream \"%1\"").arg(m_name), t.line);
        if (t.kind != Kind::Semicolon)
            continue;
        if (i == first)
            return error(ConfigError::Kind::Unsupported, tr("empty statement inside upstream"), t.line);
        if (auto e = readStatement(first, i))
            return e;
        first = i + 1;
    }
    return std::nullopt;
}

NginxUpstreamParser::MaybeError NginxUpstreamParser::readStatement(qsizetype first, qsizetype semicolon)
{
    if (m_tokens[first].isWord("server"))
        return readServer(first, semicolon);
    NginxDirective d;
    d.name = m_tokens[first].text;
    d.line = m_tokens[first].line;
    for (qsizetype i = first + 1; i < semicolon; ++i)
        d.arguments.append(m_tokens[i].text);
    m_result.m_directives.append(d);
    return std::nullopt;
}

NginxUpstreamParser::MaybeError NginxUpstreamParser::readServer(qsizetype first, qsizetype semicolon)
{
    const NginxToken& keyword = m_tokens[first];
    const int line = keyword.line;
    if (semicolon - first < 2)
        return error(ConfigError::Kind::Unsupported, tr("server directive without an address"), line);
    const qsizetype begin = m_lineStarts[line - 1];
    const qsizetype end = lineEnd(line);
    const NginxToken& last = m_tokens[semicolon];
    const qsizetype comment = last.end < end ? m_text.indexOf('#', last.end) : -1;
    const bool alone = last.end <= end && onlyBlanks(begin, keyword.begin) &&
                       onlyBlanks(last.end, comment >= 0 && comment < end ? comment : end);
    if (!alone)
        return error(ConfigError::Kind::Unsupported,
                     tr("server directive spans several lines or shares its line with other directives; "
                        "put each server on a line of its own"),
                     line);
    const NginxToken& address = m_tokens[first + 1];
    if (address.quoted && address.end - address.begin != address.text.size() + 2)
        return error(ConfigError::Kind::Unsupported, tr("server address uses escape characters"), line);
    NginxServerEntry s;
    s.address = address.text;
    s.line = line;
    s.lineBegin = begin;
    s.lineEnd = end;
    s.lineNext = lineNext(line);
    s.numberBegin = address.begin + (address.quoted ? 1 : 0); // offset of the address text, for now
    s.lastWordEnd = m_tokens[semicolon - 1].end;
    s.semicolonEnd = last.end;
    const NginxToken& lastWord = m_tokens[semicolon - 1];
    const NginxToken& beforeLast = m_tokens[semicolon - 2];
    s.separator = m_text.mid(beforeLast.end, lastWord.begin - beforeLast.end);
    for (qsizetype i = first + 2; i < semicolon; ++i) {
        s.parameters.append(m_tokens[i].text);
        if (m_tokens[i].isWord("down")) {
            s.down = true;
            s.downBegin = m_tokens[i - 1].end;
            s.downEnd = m_tokens[i].end;
        }
    }
    m_result.m_servers.append(s);
    return std::nullopt;
}

NginxUpstreamParser::MaybeError NginxUpstreamParser::assignWorkers(const QString& socketTemplate)
{
    QList<NginxServerEntry>& servers = m_result.m_servers;
    if (socketTemplate.isEmpty() && servers.isEmpty())
        return std::nullopt;
    auto t = socketTemplate.isEmpty() ? SocketTemplate::deriveFromAddress(servers.back().address)
                                      : SocketTemplate::fromPattern(socketTemplate);
    if (!t.ok())
        return error(t.error().kind, t.error().message, socketTemplate.isEmpty() ? servers.back().line : 0);
    m_result.m_template = t.value();
    for (NginxServerEntry& s : servers) {
        const auto worker = m_result.m_template.matchAddress(s.address);
        if (!worker)
            return error(ConfigError::Kind::Unsupported,
                         tr("server address \"%1\" does not match the socket template \"unix:%2\"")
                             .arg(QString::fromUtf8(s.address), m_result.m_template.pattern()),
                         s.line);
        s.worker = *worker;
        s.numberBegin += m_result.m_template.numberOffsetInAddress();
        s.numberEnd = s.numberBegin + QByteArray::number(*worker).size();
    }
    return std::nullopt;
}

ConfigError NginxUpstreamParser::error(ConfigError::Kind kind, const QString& message, int line) const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2: ").arg(fileName()).arg(line) : fileName() + ": ";
    return ConfigError{kind, where + message, line};
}

QString NginxUpstreamParser::fileName() const
{
    return m_path.isEmpty() ? tr("the nginx config") : m_path;
}

void NginxUpstreamParser::indexLines()
{
    m_lineStarts = {0};
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n')
            m_lineStarts.append(i + 1);
    }
}

qsizetype NginxUpstreamParser::lineNext(int line) const
{
    return line < m_lineStarts.size() ? m_lineStarts[line] : m_text.size();
}

qsizetype NginxUpstreamParser::lineEnd(int line) const
{
    qsizetype end = lineNext(line);
    if (end > m_lineStarts[line - 1] && m_text[end - 1] == '\n')
        --end;
    if (end > m_lineStarts[line - 1] && m_text[end - 1] == '\r')
        --end;
    return end;
}

bool NginxUpstreamParser::onlyBlanks(qsizetype from, qsizetype to) const
{
    for (qsizetype i = from; i < to; ++i) {
        if (m_text[i] != ' ' && m_text[i] != '\t')
            return false;
    }
    return true;
}

} // namespace fleetdeck
