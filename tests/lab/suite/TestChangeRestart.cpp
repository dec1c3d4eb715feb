// Rolling restarts against the real lab (2 fleets x 4 workers, subnet 72) under
// `fleetlab calls` traffic through the HAProxy ingress: drain mode drops no call;
// immediate mode (the seed's loop) reports exactly the drops the call generator
// counted. Both restart every worker (new pids) and leave the nginx config as it was.
#include "TestChangeLab.h"

#include <csignal>

using namespace changelab;

namespace {

struct Counts
{
    int started = -1;
    int completed = -1;
    int rejected = -1;
    int dropped = -1;
};

Counts parseCounts(const QString& output)
{
    Counts c;
    const QRegularExpression re(
        QStringLiteral("calls: started=(\\d+) completed=(\\d+) rejected=(\\d+) dropped=(\\d+)\\s*$"));
    const auto m = re.match(output.trimmed());
    if (m.hasMatch())
        c = Counts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                   m.captured(4).toInt()};
    return c;
}

} // namespace

class TestChangeRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void planShowsDrainSteps();
    void drainRestartUnderTrafficDropsNothing();
    void immediateRestartReportsTheDropsItCaused();
    void interruptRollsBack();

private:
    struct Outcome
    {
        Run restart;
        Counts calls;
        qint64 ms = 0;
    };
    /// Traffic through the ingress, `warmupMs` of it before the restart starts.
    Outcome restartUnderTraffic(const QStringList& extra, int cps, int hold, int warmupMs);

    Lab m_lab;
};

void TestChangeRestart::initTestCase()
{
    const QString error = m_lab.up(Lab::subnetFromEnv("FLEETLAB_RESTART_SUBNET", 72), 2, 4);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_lab.fleets().size(), 2);
}

void TestChangeRestart::cleanupTestCase()
{
    const QString error = m_lab.down();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestChangeRestart::planShowsDrainSteps()
{
    const Run r = m_lab.ctl({QStringLiteral("plan"), QStringLiteral("restart"), m_lab.fleets().at(0)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("/run/voxcore_1.sock max_conns=1 fail_timeout=10 down;\n")));
    QVERIFY(r.out.contains(QStringLiteral("mark worker 4 down in")));
    QVERIFY(r.out.contains(QStringLiteral("wait until worker 4 has no call")));
    QVERIFY(r.out.contains(QStringLiteral("put worker 4 back in")));
}

TestChangeRestart::Outcome TestChangeRestart::restartUnderTraffic(const QStringList& extra, int cps, int hold,
                                                                  int warmupMs)
{
    Outcome o;
    QProcess calls;
    calls.setProcessChannelMode(QProcess::MergedChannels);
    calls.start(m_lab.script(),
                {QStringLiteral("calls"), m_lab.dir(), QStringLiteral("--cps"), QString::number(cps),
                 QStringLiteral("--hold"), QString::number(hold), QStringLiteral("--seconds"),
                 QStringLiteral("300"), QStringLiteral("--quiet")});
    if (!calls.waitForStarted(5000))
        return o;
    QTest::qWait(warmupMs); // traffic is flowing
    QElapsedTimer t;
    t.start();
    o.restart = m_lab.ctl(QStringList{QStringLiteral("apply"), QStringLiteral("restart"),
                                      m_lab.fleets().at(0), m_lab.fleets().at(1), QStringLiteral("--yes")} +
                              extra,
                          300000);
    o.ms = t.elapsed();
    QTest::qWait(500); // calls rejected at the very end are counted before the generator stops
    const qint64 pid = calls.processId();
    if (calls.state() == QProcess::Running && pid > 0)
        ::kill(pid_t(pid), SIGINT); // stop, close active calls cleanly, print the counts
    if (!calls.waitForFinished(30000)) {
        calls.kill();
        calls.waitForFinished(5000);
    }
    o.calls = parseCounts(QString::fromUtf8(calls.readAll()));
    return o;
}

void TestChangeRestart::drainRestartUnderTrafficDropsNothing()
{
    const QMap<int, qint64> before1 = m_lab.runningWorkers(1);
    const QMap<int, qint64> before2 = m_lab.runningWorkers(2);
    const QByteArray conf1 = readFile(m_lab.conf(1));
    const QByteArray conf2 = readFile(m_lab.conf(2));
    const Outcome o = restartUnderTraffic({QStringLiteral("--pause"), QStringLiteral("0.5")}, 2, 2, 2000);
    qInfo("drain restart of 2 x 4 workers under traffic: %lld ms; calls started=%d completed=%d rejected=%d "
          "dropped=%d",
          o.ms, o.calls.started, o.calls.completed, o.calls.rejected, o.calls.dropped);
    QVERIFY2(o.restart.exitCode == 0, qPrintable(o.restart.out + o.restart.err));
    QVERIFY(o.restart.out.contains(QStringLiteral("calls dropped: 0")));
    QVERIFY(o.calls.started > 0);
    QCOMPARE(o.calls.dropped, 0);
    const QMap<int, qint64> after1 = m_lab.runningWorkers(1);
    const QMap<int, qint64> after2 = m_lab.runningWorkers(2);
    QCOMPARE(after1.keys(), before1.keys());
    QCOMPARE(after2.keys(), before2.keys());
    for (int w : before1.keys()) {
        QVERIFY(after1.value(w) != before1.value(w));
        QVERIFY(after2.value(w) != before2.value(w));
    }
    QCOMPARE(readFile(m_lab.conf(1)), conf1);
    QCOMPARE(readFile(m_lab.conf(2)), conf2);
    const auto audit = m_lab.lastAudit();
    QVERIFY(audit.has_value());
    QCOMPARE(audit->action, QStringLiteral("restart"));
    QCOMPARE(audit->result, QStringLiteral("done"));
    QCOMPARE(audit->callsDropped, 0);
}

void TestChangeRestart::immediateRestartReportsTheDropsItCaused()
{
    const QByteArray conf1 = readFile(m_lab.conf(1));
    // Calls last 60 s and 4 arrive per second, so after the warm-up every worker holds a call
    // that is far from ending: each restart drops exactly the call the engine saw. (With short
    // calls, one may end naturally between the engine's health read and the kill: the engine
    // then reports a drop that did not happen — the read and the kill cannot be atomic.)
    const Outcome o =
        restartUnderTraffic({QStringLiteral("--mode"), QStringLiteral("immediate"),
                             QStringLiteral("--verbose"), QStringLiteral("--pause"), QStringLiteral("0.5")},
                            4, 60, 4000);
    qInfo("immediate restart of 2 x 4 workers under traffic: %lld ms; calls started=%d completed=%d "
          "rejected=%d "
          "dropped=%d",
          o.ms, o.calls.started, o.calls.completed, o.calls.rejected, o.calls.dropped);
    QVERIFY2(o.restart.exitCode == 0, qPrintable(o.restart.out + o.restart.err));
    QVERIFY(o.calls.started > 0);
    for (const QString& line : o.restart.out.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("dropped")) || line.contains(QStringLiteral("in call")))
            qInfo("%s", qPrintable(line));
    }
    const QRegularExpression re(QStringLiteral("calls dropped: (\\d+)"));
    const auto m = re.match(o.restart.out);
    QVERIFY2(m.hasMatch(), qPrintable(o.restart.out));
    QCOMPARE(m.captured(1).toInt(), o.calls.dropped);
    QCOMPARE(readFile(m_lab.conf(1)), conf1);
    // Two audit records (one per server); together they hold the drops.
    fleetdeck::AuditLog log(m_lab.auditDb());
    QVERIFY(log.open());
    const QList<fleetdeck::AuditRecord> recent = log.recent(2);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).callsDropped + recent.at(1).callsDropped, o.calls.dropped);
}

void TestChangeRestart::interruptRollsBack()
{
    // Ctrl-C during the pause after worker 1: worker 1 was restarted and put back,
    // the cancel rolls back to the original config (byte-identical) and exits 1.
    const QByteArray conf = readFile(m_lab.conf(1));
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETDECK_AUDIT_DB"), m_lab.auditDb());
    ctl.setProcessEnvironment(env);
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(m_lab.ctlPath, {QStringLiteral("--inventory"), m_lab.inventoryPath(), QStringLiteral("apply"),
                              QStringLiteral("restart"), m_lab.fleets().at(0), QStringLiteral("--pause"),
                              QStringLiteral("30"), QStringLiteral("--yes")});
    QVERIFY(ctl.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += ctl.readAll()).contains("pause 30 s … "), 30000);
    QCOMPARE(readFile(m_lab.conf(1)), conf); // worker 1 is back in the upstream
    const qint64 pid = ctl.processId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGINT);
    QVERIFY(ctl.waitForFinished(20000));
    out += ctl.readAll();
    QCOMPARE(ctl.exitCode(), 1);
    QVERIFY2(out.contains("FAILED: cancelled"), out.constData());
    QCOMPARE(readFile(m_lab.conf(1)), conf);
    QCOMPARE(m_lab.lastAudit()->result, QStringLiteral("cancelled"));
    QCOMPARE(m_lab.runningWorkers(1).size(), 4);
}

QTEST_MAIN(TestChangeRestart)
#include "TestChangeRestart.moc"
