#include "config/EnvFileEditor.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetdeck {

namespace {

// For the free functions below: lupdate files their tr() calls under the enclosing namespace
// (fleetdeck); the class's own members use its Q_DECLARE_TR_FUNCTIONS tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck", text);
}

QString fileName(const QString& path)
{
    return path.isEmpty() ? tr("the .env file") : path;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// Span of the value starting at `pos` on a line ending at `end`; false if malformed.
bool valueSpan(const QByteArray& text, qsizetype pos, qsizetype end, EnvFileEditor::Assignment& a)
{
    a.begin = pos;
    if (pos < end && (text[pos] == '"' || text[pos] == '\'')) {
        a.quote = text[pos];
        const qsizetype close = text.indexOf(a.quote, pos + 1);
        if (close < 0 || close >= end)
            return false;
        a.end = close + 1;
        a.value = text.mid(pos + 1, close - pos - 1);
        return true;
    }
    qsizetype stop = pos;
    while (stop < end && !(text[stop] == '#' && stop > pos && isBlank(text[stop - 1])))
        ++stop;
    while (stop > pos && isBlank(text[stop - 1]))
        --stop;
    a.end = stop;
    a.value = text.mid(pos, stop - pos);
    return true;
}

/// Position just after `NAME=` (and blanks) if `line` assigns `name`, else -1.
qsizetype valueStart(const QByteArray& text, qsizetype begin, qsizetype end, const QByteArray& name)
{
    static const QRegularExpression re(
        QStringLiteral("^[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=[ \\t]*"));
    const QString line = QString::fromLatin1(text.mid(begin, end - begin));
    const auto m = re.match(line);
    if (!m.hasMatch() || m.captured(1).toLatin1() != name)
        return -1;
    return begin + m.capturedLength(0);
}

} // namespace

QByteArray EnvFileEditor::lineEnding(const QByteArray& text)
{
    const qsizetype nl = text.indexOf('\n');
    return nl > 0 && text[nl - 1] == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

ConfigResult<std::optional<EnvFileEditor::Assignment>>
EnvFileEditor::find(const QByteArray& text, const QString& variable, const QString& sourcePath)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    if (!nameRe.match(variable).hasMatch())
        return configError(ConfigError::Kind::InvalidArgument,
                           tr("\"%1\" is not a variable name").arg(variable));
    const QByteArray name = variable.toLatin1();
    std::optional<Assignment> found;
    int line = 1;
    for (qsizetype begin = 0; begin < text.size(); ++line) {
        qsizetype next = text.indexOf('\n', begin);
        next = next < 0 ? text.size() : next + 1;
        qsizetype end = next;
        while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r'))
            --end;
        if (const qsizetype pos = valueStart(text, begin, end, name); pos >= 0) {
            if (found)
                return configError(ConfigError::Kind::Duplicate,
                                   tr("%1: %2 is set on lines %3 and %4; remove one of them first")
                                       .arg(fileName(sourcePath), variable)
                                       .arg(found->line)
                                       .arg(line),
                                   line);
            Assignment a;
            a.line = line;
            if (!valueSpan(text, pos, end, a))
                return configError(
                    ConfigError::Kind::Unbalanced,
                    tr("%1:%2: unterminated quote in %3").arg(fileName(sourcePath)).arg(line).arg(variable),
                    line);
            found = a;
        }
        begin = next;
    }
    return found;
}

ConfigResult<int> EnvFileEditor::readInt(const QByteArray& text, const QString& variable,
                                         const QString& sourcePath)
{
    const auto found = find(text, variable, sourcePath);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return configError(ConfigError::Kind::NotFound,
                           tr("%1 is not set in %2").arg(variable, fileName(sourcePath)));
    const Assignment& a = *found.value();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,7}$"));
    if (!digits.match(QString::fromLatin1(a.value)).hasMatch())
        return configError(ConfigError::Kind::InvalidValue,
                           tr("%1:%2: %3 is \"%4\", not a whole number")
                               .arg(fileName(sourcePath))
                               .arg(a.line)
                               .arg(variable, QString::fromUtf8(a.value)),
                           a.line);
    return a.value.toInt();
}

ConfigResult<QByteArray> EnvFileEditor::setInt(const QByteArray& text, const QString& variable, int value,
                                               const QString& sourcePath)
{
    if (value < 0)
        return configError(ConfigError::Kind::InvalidArgument, tr("%1 cannot be negative").arg(variable));
    const auto found = find(text, variable, sourcePath);
    if (!found.ok())
        return found.error();
    const QByteArray number = QByteArray::number(value);
    QByteArray result = text;
    if (const auto& a = found.value()) {
        const QByteArray quote = a->quote ? QByteArray(1, a->quote) : QByteArray();
        result.replace(a->begin, a->end - a->begin, quote + number + quote);
        return result;
    }
    const QByteArray eol = lineEnding(text);
    if (!result.isEmpty() && !result.endsWith('\n'))
        result += eol;
    return result + variable.toLatin1() + '=' + number + eol;
}

} // namespace fleetdeck
