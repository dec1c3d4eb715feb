#include "config/NginxUpstreamEditor.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace fleetdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::NginxUpstreamEditor", text);
}

ConfigError invalid(const QString& message)
{
    return ConfigError{ConfigError::Kind::InvalidArgument, message, 0};
}

constexpr int kMaxWorker = 100000;

} // namespace

ConfigResult<QByteArray> NginxUpstreamEditor::addWorkers(const NginxUpstream& upstream, int first, int last)
{
    if (first < 1 || last < first || last > kMaxWorker)
        return invalid(tr("invalid worker range %1..%2").arg(first).arg(last));
    if (upstream.servers().isEmpty())
        return invalid(tr("upstream \"%1\" has no server line to copy; generate a new block instead")
                           .arg(upstream.name()));
    for (int n = first; n <= last; ++n) {
        if (const NginxServerEntry* s = upstream.server(n))
            return ConfigError{ConfigError::Kind::InvalidArgument,
                               tr("worker %1 is already in upstream \"%2\" (line %3)")
                                   .arg(n)
                                   .arg(upstream.name())
                                   .arg(s->line),
                               s->line};
    }
    const NginxServerEntry& model = upstream.servers().back();
    QByteArray added;
    for (int n = first; n <= last; ++n)
        added += cloneLine(upstream, model, n);
    QByteArray text = upstream.text();
    text.insert(model.lineNext, added);
    return text;
}

ConfigResult<QByteArray> NginxUpstreamEditor::removeWorkers(const NginxUpstream& upstream,
                                                            const QList<int>& workers)
{
    const QSet<int> remove(workers.begin(), workers.end());
    for (int n : remove) {
        if (!upstream.server(n))
            return invalid(tr("worker %1 is not in upstream \"%2\"").arg(n).arg(upstream.name()));
    }
    QList<const NginxServerEntry*> doomed;
    for (const NginxServerEntry& s : upstream.servers()) {
        if (remove.contains(s.worker))
            doomed.append(&s);
    }
    if (doomed.size() == upstream.servers().size())
        return invalid(tr("refusing to remove every server of upstream \"%1\"").arg(upstream.name()));
    QByteArray text = upstream.text();
    for (auto it = doomed.crbegin(); it != doomed.crend(); ++it)
        text.remove((*it)->lineBegin, (*it)->lineNext - (*it)->lineBegin);
    return text;
}

ConfigResult<QByteArray> NginxUpstreamEditor::setWorkerCount(const NginxUpstream& upstream, int count)
{
    if (count < 1 || count > kMaxWorker)
        return invalid(tr("invalid worker count %1").arg(count));
    const QList<int> workers = upstream.workers();
    const int highest = workers.isEmpty() ? 0 : *std::max_element(workers.begin(), workers.end());
    if (highest < count)
        return addWorkers(upstream, highest + 1, count);
    QList<int> above;
    for (int n : workers) {
        if (n > count)
            above.append(n);
    }
    return above.isEmpty() ? ConfigResult<QByteArray>(upstream.text()) : removeWorkers(upstream, above);
}

ConfigResult<QByteArray> NginxUpstreamEditor::setDown(const NginxUpstream& upstream, int worker, bool down)
{
    const NginxServerEntry* s = upstream.server(worker);
    if (!s)
        return invalid(tr("worker %1 is not in upstream \"%2\"").arg(worker).arg(upstream.name()));
    if (s->down == down)
        return ConfigError{ConfigError::Kind::InvalidArgument,
                           down ? tr("worker %1 is already marked down (line %2)").arg(worker).arg(s->line)
                                : tr("worker %1 is not marked down (line %2)").arg(worker).arg(s->line),
                           s->line};
    QByteArray text = upstream.text();
    if (down)
        text.insert(s->lastWordEnd, s->separator + "down");
    else
        text.remove(s->downBegin, s->downEnd - s->downBegin);
    return text;
}

QByteArray NginxUpstreamEditor::cloneLine(const NginxUpstream& upstream, const NginxServerEntry& model,
                                          int worker)
{
    const QByteArray& text = upstream.text();
    const qsizetype base = model.lineBegin;
    QByteArray line = text.mid(base, model.semicolonEnd - base);
    if (model.down)
        line.remove(model.downBegin - base, model.downEnd - model.downBegin);
    line.replace(model.numberBegin - base, model.numberEnd - model.numberBegin, QByteArray::number(worker));
    const QByteArray tail = text.mid(model.semicolonEnd, model.lineEnd - model.semicolonEnd);
    if (tail.trimmed().isEmpty())
        line += tail; // trailing blanks are part of the format; a comment is not cloned
    QByteArray eol = text.mid(model.lineEnd, model.lineNext - model.lineEnd);
    return line + (eol.isEmpty() ? QByteArrayLiteral("\n") : eol);
}

} // namespace fleetdeck
