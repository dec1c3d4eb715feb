// Benchmark: a pooled libssh session vs spawning the OpenSSH client per command, and
// a read-only probe of many sshd hosts in parallel vs sequentially. Ratios against
// baselines measured in the same run. Default run is short (CI);
// FLEETDECK_BENCH_FULL=1 spawns the OpenSSH client 200 times too, and
// FLEETDECK_BENCH_HOSTS=N changes the number of probed hosts (default 20).
#include "FutureWait.h"
#include "SshdFixture.h"
#include "remote/SshError.h"
#include "remote/SshSessionPool.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace fleetdeck;
using namespace fleetdeck::test;

namespace {

bool finishedOk(const QFuture<CommandResult>& f)
{
    return waitFinishedTight(f, 30000) && !errorOf(f) && f.result().exitStatus == 0;
}

QStringList sshArgs(const SshdFixture& sshd)
{
    return {"-i",
            sshd.clientKeyPath(),
            "-o",
            "UserKnownHostsFile=" + sshd.knownHostsPath(),
            "-o",
            "GlobalKnownHostsFile=/dev/null",
            "-o",
            "StrictHostKeyChecking=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "IdentitiesOnly=yes",
            "-F",
            "/dev/null",
            "-p",
            QString::number(sshd.port()),
            sshd.userName() + "@" + sshd.address(),
            "true"};
}

// A read-only probe: what the plan engine reads first on a fleet server.
QFuture<CommandResult> probe(SshSessionPool& pool, const SshTarget& t)
{
    return pool.run(t, RemoteCommand::script("cat /proc/loadavg; head -n 3 /proc/meminfo; "
                                             "stat -c '%a %U %s' /etc/hostname; sha256sum < /etc/hostname"));
}

} // namespace

class BenchSshPool : public QObject
{
    Q_OBJECT

private slots:
    void pooledVsOpenSshClient()
    {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        QVERIFY(sshd.writeKnownHosts());
        const bool full = !qEnvironmentVariableIsEmpty("FLEETDECK_BENCH_FULL");
        const int pooledRuns = 200;
        const int spawnRuns = full ? 200 : 40;

        SshSessionPool pool(4);
        QVERIFY(finishedOk(pool.run(sshd.target(), RemoteCommand({QStringLiteral("true")})))); // connect once
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < pooledRuns; ++i)
            QVERIFY(finishedOk(pool.run(sshd.target(), RemoteCommand({QStringLiteral("true")}))));
        const double pooledMs = double(timer.nsecsElapsed()) / 1e6 / pooledRuns;

        timer.restart();
        for (int i = 0; i < spawnRuns; ++i)
            QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh"), sshArgs(sshd)), 0);
        const double spawnMs = double(timer.nsecsElapsed()) / 1e6 / spawnRuns;

        const double ratio = spawnMs / pooledMs;
        qInfo("pooled session: %d commands, %.2f ms each (total %.0f ms)", pooledRuns, pooledMs,
              pooledMs * pooledRuns);
        qInfo("ssh per command: %d spawns, %.1f ms each (%.0f ms for 200)", spawnRuns, spawnMs,
              spawnMs * 200);
        qInfo("RATIO pooled vs spawned OpenSSH client: %.1fx faster (target >= 10x)", ratio);
        QVERIFY2(ratio >= 10.0, "pooled session should be at least 10x faster than spawning ssh");
    }

    void probeManyHostsParallelVsSequential()
    {
        const int hosts = qEnvironmentVariableIntValue("FLEETDECK_BENCH_HOSTS") > 0
                              ? qEnvironmentVariableIntValue("FLEETDECK_BENCH_HOSTS")
                              : 20;
        std::vector<std::unique_ptr<SshdFixture>> fixtures;
        QList<SshTarget> targets;
        QElapsedTimer setup;
        setup.start();
        for (int i = 0; i < hosts; ++i) {
            SshdFixture::Options options;
            options.address = QStringLiteral("127.0.55.%1").arg(i + 1);
            fixtures.push_back(std::make_unique<SshdFixture>(options));
            QVERIFY2(fixtures.back()->start(), qPrintable(fixtures.back()->error()));
            QVERIFY(fixtures.back()->writeKnownHosts());
            targets << fixtures.back()->target();
        }
        qInfo("%d sshd fixtures up in %lld ms", hosts, setup.elapsed());

        // Each measurement uses a fresh pool: connect + host key + auth + probe.
        QElapsedTimer timer;
        timer.start();
        {
            SshSessionPool sequential(1);
            for (const SshTarget& t : targets)
                QVERIFY(finishedOk(probe(sequential, t)));
        }
        const qint64 sequentialMs = timer.elapsed();

        timer.restart();
        {
            SshSessionPool parallel(hosts);
            QList<QFuture<CommandResult>> futures;
            for (const SshTarget& t : targets)
                futures << probe(parallel, t);
            for (auto& f : futures)
                QVERIFY(finishedOk(f));
            QCOMPARE(parallel.peakParallel(), hosts);
        }
        const qint64 parallelMs = timer.elapsed();

        // Steady state: the same probe again over open pooled sessions.
        SshSessionPool warm(hosts);
        QList<QFuture<CommandResult>> first;
        for (const SshTarget& t : targets)
            first << probe(warm, t);
        for (auto& f : first)
            QVERIFY(finishedOk(f));
        timer.restart();
        QList<QFuture<CommandResult>> again;
        for (const SshTarget& t : targets)
            again << probe(warm, t);
        for (auto& f : again)
            QVERIFY(finishedOk(f));
        const qint64 warmMs = timer.elapsed();

        qInfo("probe %d hosts (fresh connections): sequential %lld ms, parallel %lld ms, RATIO %.1fx", hosts,
              sequentialMs, parallelMs, double(sequentialMs) / std::max<qint64>(1, parallelMs));
        qInfo("probe %d hosts over open pooled sessions (parallel): %lld ms", hosts, warmMs);
        QVERIFY(parallelMs < sequentialMs);
    }
};

QTEST_GUILESS_MAIN(BenchSshPool)
#include "BenchSshPool.moc"
