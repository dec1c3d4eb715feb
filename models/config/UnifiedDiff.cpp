#include "config/UnifiedDiff.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace fleetdeck {

namespace {

struct Op
{
    dtl::edit_t type = dtl::SES_COMMON;
    std::string text;
};

std::vector<std::string> toStrings(const QList<QByteArray>& lines)
{
    std::vector<std::string> result;
    result.reserve(lines.size());
    for (const QByteArray& line : lines)
        result.emplace_back(line.constData(), size_t(line.size()));
    return result;
}

/// The edit script, with every run of changes ordered deletions first (as diff prints).
std::vector<Op> editScript(const QByteArray& before, const QByteArray& after)
{
    dtl::Diff<std::string> d(toStrings(UnifiedDiff::splitLines(before)),
                             toStrings(UnifiedDiff::splitLines(after)));
    d.onHuge();
    d.compose();
    std::vector<Op> ops;
    std::vector<Op> adds;
    for (const auto& [text, info] : d.getSes().getSequence()) {
        if (info.type == dtl::SES_ADD) {
            adds.push_back({info.type, text});
            continue;
        }
        if (info.type == dtl::SES_COMMON) {
            ops.insert(ops.end(), adds.begin(), adds.end());
            adds.clear();
        }
        ops.push_back({info.type, text});
    }
    ops.insert(ops.end(), adds.begin(), adds.end());
    return ops;
}

QByteArray range(long long start, long long count)
{
    const long long shown = count == 0 ? start : start + 1;
    return count == 1 ? QByteArray::number(shown)
                      : QByteArray::number(shown) + ',' + QByteArray::number(count);
}

void appendLine(QByteArray& out, char mark, const std::string& text)
{
    out += mark;
    out.append(text.data(), qsizetype(text.size()));
    if (text.empty() || text.back() != '\n')
        out += "\n\\ No newline at end of file\n";
}

/// One hunk over ops[begin, end); oldLine/newLine = lines before `begin`.
void appendHunk(QByteArray& out, const std::vector<Op>& ops, size_t begin, size_t end, long long oldLine,
                long long newLine)
{
    long long oldCount = 0;
    long long newCount = 0;
    for (size_t i = begin; i < end; ++i) {
        oldCount += ops[i].type != dtl::SES_ADD;
        newCount += ops[i].type != dtl::SES_DELETE;
    }
    out += "@@ -" + range(oldLine, oldCount) + " +" + range(newLine, newCount) + " @@\n";
    for (size_t i = begin; i < end; ++i) {
        const char mark = ops[i].type == dtl::SES_ADD ? '+' : ops[i].type == dtl::SES_DELETE ? '-' : ' ';
        appendLine(out, mark, ops[i].text);
    }
}

/// Index one past the last change of the hunk that starts with the change at `first`.
size_t lastChangeEnd(const std::vector<Op>& ops, size_t first, int context)
{
    size_t end = first;
    size_t i = first;
    while (i < ops.size()) {
        if (ops[i].type != dtl::SES_COMMON) {
            end = ++i;
            continue;
        }
        size_t run = i;
        while (run < ops.size() && ops[run].type == dtl::SES_COMMON)
            ++run;
        if (run == ops.size() || run - i > size_t(2 * context))
            break;
        i = run;
    }
    return end;
}

} // namespace

QList<QByteArray> UnifiedDiff::splitLines(const QByteArray& text)
{
    QList<QByteArray> lines;
    qsizetype begin = 0;
    while (begin < text.size()) {
        const qsizetype nl = text.indexOf('\n', begin);
        const qsizetype next = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(begin, next - begin));
        begin = next;
    }
    return lines;
}

QString UnifiedDiff::label(const QString& server, const QString& path)
{
    return server + QLatin1Char(':') + path;
}

QByteArray UnifiedDiff::diff(const QByteArray& before, const QByteArray& after, const QString& label,
                             int context)
{
    return diff(before, after, label, label + QStringLiteral(" (proposed)"), context);
}

QByteArray UnifiedDiff::diff(const QByteArray& before, const QByteArray& after, const QString& oldLabel,
                             const QString& newLabel, int context)
{
    if (before == after)
        return {};
    context = qMax(0, context);
    const std::vector<Op> ops = editScript(before, after);
    QByteArray out = "--- " + oldLabel.toUtf8() + "\n+++ " + newLabel.toUtf8() + '\n';
    long long oldLine = 0;
    long long newLine = 0;
    size_t i = 0;
    while (i < ops.size()) {
        if (ops[i].type == dtl::SES_COMMON) {
            ++oldLine, ++newLine, ++i;
            continue;
        }
        const size_t lead = qMin(i, size_t(context));
        const size_t end = qMin(ops.size(), lastChangeEnd(ops, i, context) + size_t(context));
        appendHunk(out, ops, i - lead, end, oldLine - static_cast<long long>(lead),
                   newLine - static_cast<long long>(lead));
        for (; i < end; ++i) {
            oldLine += ops[i].type != dtl::SES_ADD;
            newLine += ops[i].type != dtl::SES_DELETE;
        }
    }
    return out;
}

} // namespace fleetdeck
