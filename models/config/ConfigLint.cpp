#include "config/ConfigLint.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace fleetdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::ConfigLint", text);
}

QString unitName(const QString& unitTemplate, int n)
{
    QString name = unitTemplate;
    return name.replace(QStringLiteral("{n}"), QString::number(n));
}

QString socketName(const NginxUpstream& upstream, int n)
{
    return QString::fromUtf8(upstream.socketTemplate().pathFor(n));
}

} // namespace

QList<LintWarning> ConfigLint::lint(const NginxUpstream& upstream, const Options& options)
{
    QList<LintWarning> out;
    checkZone(upstream, out);
    checkDuplicates(upstream, out);
    checkMaxConns(upstream, out);
    checkUnits(upstream, options, out);
    checkGaps(upstream, out);
    return out;
}

void ConfigLint::checkZone(const NginxUpstream& upstream, QList<LintWarning>& out)
{
    const bool usesMaxConns =
        std::any_of(upstream.servers().begin(), upstream.servers().end(),
                    [](const NginxServerEntry& s) { return s.parameterValue("max_conns"); });
    if (!usesMaxConns || upstream.hasDirective("zone"))
        return;
    out.append(
        {QStringLiteral("max-conns-without-zone"),
         tr("max_conns without a zone is enforced per nginx worker process, so two calls can reach one "
            "worker; add `zone %1 64k;`")
             .arg(upstream.name()),
         upstream.headerLine()});
}

void ConfigLint::checkDuplicates(const NginxUpstream& upstream, QList<LintWarning>& out)
{
    QHash<QByteArray, int> firstLine;
    for (const NginxServerEntry& s : upstream.servers()) {
        if (!firstLine.contains(s.address)) {
            firstLine.insert(s.address, s.line);
            continue;
        }
        out.append({QStringLiteral("duplicate-socket"),
                    tr("%1 is listed twice (lines %2 and %3): that worker can get two calls at once")
                        .arg(QString::fromUtf8(s.address))
                        .arg(firstLine.value(s.address))
                        .arg(s.line),
                    s.line});
    }
}

void ConfigLint::checkMaxConns(const NginxUpstream& upstream, QList<LintWarning>& out)
{
    for (const NginxServerEntry& s : upstream.servers()) {
        if (s.maxConns() == std::optional<int>(1))
            continue;
        out.append({QStringLiteral("missing-max-conns-1"),
                    tr("%1 has no max_conns=1: nginx may send a second call to a busy worker")
                        .arg(QString::fromUtf8(s.address)),
                    s.line});
    }
}

void ConfigLint::checkUnits(const NginxUpstream& upstream, const Options& options, QList<LintWarning>& out)
{
    if (!options.runningUnits)
        return;
    const QSet<int>& running = *options.runningUnits;
    QSet<int> listed;
    for (const NginxServerEntry& s : upstream.servers()) {
        listed.insert(s.worker);
        if (running.contains(s.worker))
            continue;
        out.append({QStringLiteral("socket-without-unit"),
                    tr("upstream lists %1 but %2 is not running")
                        .arg(socketName(upstream, s.worker), unitName(options.unitTemplate, s.worker)),
                    s.line});
    }
    QList<int> extra(running.begin(), running.end());
    std::sort(extra.begin(), extra.end());
    for (int n : extra) {
        if (listed.contains(n))
            continue;
        out.append({QStringLiteral("unit-without-socket"),
                    tr("%1 is running but %2 is not in upstream \"%3\", so it gets no calls")
                        .arg(unitName(options.unitTemplate, n), socketName(upstream, n), upstream.name()),
                    0});
    }
}

void ConfigLint::checkGaps(const NginxUpstream& upstream, QList<LintWarning>& out)
{
    const QList<int> workers = upstream.workers();
    if (workers.isEmpty())
        return;
    const QSet<int> present(workers.begin(), workers.end());
    const int highest = *std::max_element(workers.begin(), workers.end());
    QList<int> missing;
    for (int n = 1; n < highest; ++n) {
        if (!present.contains(n))
            missing.append(n);
    }
    if (missing.isEmpty())
        return;
    out.append({QStringLiteral("worker-gap"),
                tr("worker numbers have gaps: %1 missing below %2").arg(formatNumbers(missing)).arg(highest),
                upstream.headerLine()});
}

QString ConfigLint::formatNumbers(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(numbers[i])
                            : QStringLiteral("%1-%2").arg(numbers[i]).arg(numbers[j]));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace fleetdeck
