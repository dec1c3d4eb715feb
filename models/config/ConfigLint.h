#pragma once

#include "config/LintWarning.h"
#include "config/NginxUpstream.h"

#include <QList>
#include <QSet>
#include <optional>

namespace fleetdeck {

/// Warnings about an upstream that nginx accepts but that break the one-call-per-
/// worker contract or disagree with what runs. Codes:
///   max-conns-without-zone, duplicate-socket, missing-max-conns-1,
///   socket-without-unit, unit-without-socket, worker-gap.
class ConfigLint
{
public:
    struct Options
    {
        /// Numbers of the running units (voxcore@N); unknown → those checks are skipped.
        std::optional<QSet<int>> runningUnits;
        QString unitTemplate = QStringLiteral("voxcore@{n}");
    };

    static QList<LintWarning> lint(const NginxUpstream& upstream, const Options& options);
    static QList<LintWarning> lint(const NginxUpstream& upstream) { return lint(upstream, Options{}); }

    /// "3, 5-7, 9" for {3, 5, 6, 7, 9}.
    static QString formatNumbers(QList<int> numbers);

private:
    static void checkZone(const NginxUpstream& upstream, QList<LintWarning>& out);
    static void checkDuplicates(const NginxUpstream& upstream, QList<LintWarning>& out);
    static void checkMaxConns(const NginxUpstream& upstream, QList<LintWarning>& out);
    static void checkUnits(const NginxUpstream& upstream, const Options& options, QList<LintWarning>& out);
    static void checkGaps(const NginxUpstream& upstream, QList<LintWarning>& out);
};

} // namespace fleetdeck
