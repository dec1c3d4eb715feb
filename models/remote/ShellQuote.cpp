#include "ShellQuote.h"

namespace fleetdeck {

QString ShellQuote::quote(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString ShellQuote::join(const QStringList& argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const QString& arg : argv)
        quoted << quote(arg);
    return quoted.join(QLatin1Char(' '));
}

} // namespace fleetdeck
