// The change engine against the real lab (2 fleets x 4 workers, subnet 71):
// add-workers applied end to end (upstream lines in the seed's format, .env,
// nginx -t, health, calls reaching the new workers), the memory-budget refusal
// (exit 3), a stale plan (exit 4), a failure injected at each step (bad nginx
// config, a unit that will not start, a reload that does not take, health never
// reaching the count, the SSH connection cut mid-apply) — each leaving every file
// byte-identical, no extra unit running and the failure in the audit log — and
// remove-workers back to the original bytes.
#include "TestChangeLab.h"

#include "plan/PlanDocument.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

using namespace changelab;

namespace {

struct HostState
{
    QByteArray conf;
    QByteArray env;
    QList<int> running;
    QStringList enabled;
};

} // namespace

class TestChangeWorkers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void driftFromTheTerminal();
    void planChangesNothingAndSavesEverything();
    void overBudgetIsRefused();
    void hostKeysAreCheckedByFingerprint();
    void stalePlanExits4();
    void invalidNginxConfigRollsBack();
    void unitThatWillNotStartRollsBack();
    void reloadThatDoesNotTakeRollsBack();
    void healthNeverReachingCountRollsBack();
    void sshCutMidApplyRollsBack();
    void addWorkersApplied();
    void removeWorkersBackToOriginal();

private:
    HostState state(int fleet) const;
    void expectRolledBack(int fleet, const HostState& before, const Run& r, const QString& why);

    Lab m_lab;
    HostState m_original1;
};

HostState TestChangeWorkers::state(int fleet) const
{
    return HostState{readFile(m_lab.conf(fleet)), readFile(m_lab.env(fleet)),
                     m_lab.runningWorkers(fleet).keys(), m_lab.enabledUnits(fleet)};
}

void TestChangeWorkers::initTestCase()
{
    QElapsedTimer t;
    t.start();
    const QString error = m_lab.up(Lab::subnetFromEnv("FLEETLAB_CHANGE_SUBNET", 71), 2, 4);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_lab.fleets().size(), 2);
    qInfo("fleetlab up: %lld ms", qint64(t.elapsed()));
    m_original1 = state(1);
    QCOMPARE(m_original1.running, (QList<int>{1, 2, 3, 4}));
}

void TestChangeWorkers::cleanupTestCase()
{
    const QString error = m_lab.down();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestChangeWorkers::expectRolledBack(int fleet, const HostState& before, const Run& r, const QString& why)
{
    QVERIFY2(r.exitCode == 1,
             qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2((r.out + r.err).contains(why), qPrintable(r.out + r.err));
    QVERIFY2((r.out + r.err).contains(QStringLiteral("Every completed step was undone")),
             qPrintable(r.out + r.err));
    const HostState after = state(fleet);
    QCOMPARE(after.conf, before.conf);
    QCOMPARE(after.env, before.env);
    QCOMPARE(after.running, before.running);
    QCOMPARE(after.enabled, before.enabled);
    const auto audit = m_lab.lastAudit();
    QVERIFY(audit.has_value());
    QCOMPARE(audit->server, m_lab.fleets().at(fleet - 1));
    QCOMPARE(audit->action, QStringLiteral("add-workers"));
    QCOMPARE(audit->result, QStringLiteral("rolled-back"));
    QVERIFY2(audit->message.contains(why), qPrintable(audit->message));
    QVERIFY(audit->output.contains(QStringLiteral("rollback complete")));
    QVERIFY(audit->diff.contains("+++ "));
}

/// fleetdeckctl drift reads every server over SSH and changes nothing: consistent → exit 0;
/// .env saying 5 while 4 units run → the finding with its fix, exit 1, also as JSON; an
/// unknown server → exit 2.
void TestChangeWorkers::driftFromTheTerminal()
{
    Run r = m_lab.ctl({QStringLiteral("drift")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    for (const QString& fleet : m_lab.fleets())
        QVERIFY2(r.out.contains(fleet + QStringLiteral(": consistent")), qPrintable(r.out));

    const HostState before = state(1);
    QVERIFY(
        writeFile(m_lab.env(1), QByteArray(before.env).replace("VOXCORE_WORKERS=4", "VOXCORE_WORKERS=5")));
    r = m_lab.ctl({QStringLiteral("drift")});
    QVERIFY(writeFile(m_lab.env(1), before.env));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(m_lab.fleets().at(0) +
                            QStringLiteral(": .env says 5 but 4 units run — set "
                                           "VOXCORE_WORKERS=4 in ") +
                            m_lab.env(1)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(m_lab.fleets().at(1) + QStringLiteral(": consistent")), qPrintable(r.out));

    QVERIFY(
        writeFile(m_lab.env(1), QByteArray(before.env).replace("VOXCORE_WORKERS=4", "VOXCORE_WORKERS=5")));
    r = m_lab.ctl({QStringLiteral("drift"), m_lab.fleets().at(0), QStringLiteral("--json")});
    QVERIFY(writeFile(m_lab.env(1), before.env));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject server = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()[QStringLiteral("servers")]
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(server[QStringLiteral("name")].toString(), m_lab.fleets().at(0));
    QCOMPARE(server[QStringLiteral("consistent")].toBool(true), false);
    QCOMPARE(server[QStringLiteral("findings")].toArray().at(0).toObject()[QStringLiteral("code")].toString(),
             QStringLiteral("env-vs-units"));

    r = m_lab.ctl({QStringLiteral("drift"), QStringLiteral("no-such-server")});
    QCOMPARE(r.exitCode, 2);
    const HostState after = state(1);
    QCOMPARE(after.conf, before.conf);
    QCOMPARE(after.env, before.env);
    QCOMPARE(after.running, before.running);
}

void TestChangeWorkers::planChangesNothingAndSavesEverything()
{
    const HostState before = state(1);
    const QString out = m_lab.dir() + QStringLiteral("/plan-add.json");
    const Run r = m_lab.ctl({QStringLiteral("plan"), QStringLiteral("add-workers"), m_lab.fleets().at(0),
                             QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("--- %1:%2\n").arg(m_lab.fleets().at(0), m_lab.conf(1))));
    QVERIFY(
        r.out.contains(QStringLiteral("+++ %1:%2 (proposed)\n").arg(m_lab.fleets().at(0), m_lab.conf(1))));
    QVERIFY(r.out.contains(QStringLiteral("-VOXCORE_WORKERS=4\n+VOXCORE_WORKERS=6\n")));
    QVERIFY(r.out.contains(QStringLiteral("1. systemctl enable voxcore@5 voxcore@6")));
    QVERIFY(r.out.contains(QStringLiteral("max_conns without a zone")));
    QVERIFY(r.out.contains(QStringLiteral("[10/10] verify health reports 6 workers")));
    const HostState after = state(1);
    QCOMPARE(after.conf, before.conf);
    QCOMPARE(after.env, before.env);
    QCOMPARE(after.running, before.running);

    QString error;
    const fleetdeck::PlanDocument doc = fleetdeck::PlanDocument::fromJson(readFile(out), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(doc.plans.size(), 1);
    const fleetdeck::Plan& plan = doc.plans.first();
    QCOMPARE(plan.files.size(), 2);
    QCOMPARE(plan.files.at(0).path, m_lab.conf(1));
    QCOMPARE(plan.files.at(0).sha256,
             QCryptographicHash::hash(before.conf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(plan.steps.size(), 10);
}

void TestChangeWorkers::overBudgetIsRefused()
{
    const HostState before = state(2);
    for (const QString& command : {QStringLiteral("plan"), QStringLiteral("apply")}) {
        QStringList args{command, QStringLiteral("add-workers"), m_lab.fleets().at(1), QStringLiteral("--to"),
                         QStringLiteral("20")};
        if (command == QLatin1String("apply"))
            args << QStringLiteral("--yes");
        const Run r = m_lab.ctl(args);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral(
                     "20 × 260 MB = 5,200 MB > 4,096 MB (50 % of 8,192 MB); the safe maximum is 16")),
                 qPrintable(r.err));
    }
    const HostState after = state(2);
    QCOMPARE(after.conf, before.conf);
    QCOMPARE(after.env, before.env);
    QCOMPARE(after.running, before.running);
    QCOMPARE(after.enabled, before.enabled);
}

void TestChangeWorkers::hostKeysAreCheckedByFingerprint()
{
    // An inventory whose known_hosts file does not know the fleets.
    const QString knownHosts = m_lab.dir() + QStringLiteral("/known_hosts-test");
    QVERIFY(writeFile(knownHosts, ""));
    QByteArray inventory = readFile(m_lab.inventoryPath());
    inventory.replace((m_lab.dir() + QStringLiteral("/client/known_hosts")).toUtf8(), knownHosts.toUtf8());
    const QString inventoryPath = m_lab.dir() + QStringLiteral("/inventory-kh.json");
    QVERIFY(writeFile(inventoryPath, inventory));
    const QString fp1 = m_lab.hostKeyFingerprint(1);
    const QString fp2 = m_lab.hostKeyFingerprint(2);
    QVERIFY(fp1.startsWith(QStringLiteral("SHA256:")) && fp1 != fp2);
    const QStringList plan{QStringLiteral("plan"), QStringLiteral("add-workers"), m_lab.fleets().at(0),
                           QStringLiteral("--to"), QStringLiteral("6")};

    Run r = m_lab.ctlWith(inventoryPath, plan);
    QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err)); // unknown key refused
    QVERIFY2(r.err.contains(QStringLiteral("is not known (%1)").arg(fp1)), qPrintable(r.err));
    r = m_lab.ctlWith(inventoryPath, plan + QStringList{QStringLiteral("--trust-host-key"), fp2});
    QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err)); // not that fingerprint
    r = m_lab.ctlWith(inventoryPath, plan + QStringList{QStringLiteral("--trust-host-key"), fp1});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err)); // exactly that one

    // A changed key (fleet 2's key recorded for fleet 1) is refused even with --trust-host-key.
    const QByteArray key2 = readFile(m_lab.hostDir(2) + QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub"));
    QVERIFY(writeFile(knownHosts,
                      "[" + m_lab.ip(1).toUtf8() + "]:2222 " + key2.split(' ').mid(0, 2).join(' ') + "\n"));
    r = m_lab.ctlWith(inventoryPath, plan + QStringList{QStringLiteral("--trust-host-key"), fp1});
    QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("has CHANGED")), qPrintable(r.err));
    const Run apply = m_lab.ctlWith(inventoryPath, {QStringLiteral("apply"), QStringLiteral("add-workers"),
                                                    m_lab.fleets().at(0), QStringLiteral("--to"),
                                                    QStringLiteral("6"), QStringLiteral("--yes")});
    QVERIFY2(apply.exitCode == 3, qPrintable(apply.out + apply.err));
    QCOMPARE(readFile(m_lab.conf(1)), m_original1.conf);
    QCOMPARE(readFile(m_lab.env(1)), m_original1.env);
}

void TestChangeWorkers::stalePlanExits4()
{
    const QString out = m_lab.dir() + QStringLiteral("/plan-stale.json");
    Run r = m_lab.ctl({QStringLiteral("plan"), QStringLiteral("add-workers"), m_lab.fleets().at(1),
                       QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QByteArray original = readFile(m_lab.env(2));
    // Someone edits .env after the plan was reviewed.
    QVERIFY(writeFile(m_lab.env(2), original + "# edited by hand\n"));
    const HostState before = state(2);
    r = m_lab.ctl({QStringLiteral("apply"), out});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("changed since the plan was made")), qPrintable(r.err));
    const HostState after = state(2);
    QCOMPARE(after.conf, before.conf);
    QCOMPARE(after.env, before.env);
    QCOMPARE(after.running, before.running);
    QCOMPARE(after.enabled, before.enabled);
    QCOMPARE(m_lab.lastAudit()->result, QStringLiteral("stale-plan"));
    QVERIFY(writeFile(m_lab.env(2), original));
}

void TestChangeWorkers::invalidNginxConfigRollsBack()
{
    const QString broken = m_lab.hostDir(2) + QStringLiteral("/etc/nginx/conf.d/zz-broken.conf");
    QVERIFY(writeFile(broken, "this is not an nginx directive;\n"));
    const HostState before = state(2);
    const Run r = m_lab.ctl({QStringLiteral("apply"), QStringLiteral("add-workers"), m_lab.fleets().at(1),
                             QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--yes")});
    QFile::remove(broken);
    expectRolledBack(2, before, r, QStringLiteral("step 7 (nginx -t) failed"));
}

void TestChangeWorkers::unitThatWillNotStartRollsBack()
{
    QVERIFY(QDir().mkpath(m_lab.faults(2)));
    QVERIFY(writeFile(m_lab.faults(2) + QStringLiteral("/fail-start"), "voxcore@6\n"));
    const HostState before = state(2);
    const Run r = m_lab.ctl({QStringLiteral("apply"), QStringLiteral("add-workers"), m_lab.fleets().at(1),
                             QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--yes")});
    QFile::remove(m_lab.faults(2) + QStringLiteral("/fail-start"));
    expectRolledBack(2, before, r, QStringLiteral("step 4 (systemctl start voxcore@5 voxcore@6) failed"));
    // voxcore@5 did start: the rollback stopped it.
    QVERIFY(
        m_lab.lastAudit()->output.contains(QStringLiteral("$ 'systemctl' 'stop' 'voxcore@5' 'voxcore@6'")));
}

void TestChangeWorkers::reloadThatDoesNotTakeRollsBack()
{
    // nginx -t passes (it does not bind), `nginx -s reload` exits 0, but the master
    // cannot bind sshd's address and keeps its old workers.
    const QString bind = m_lab.hostDir(2) + QStringLiteral("/etc/nginx/conf.d/zz-bind.conf");
    QVERIFY(writeFile(bind, QStringLiteral("server { listen %1:2222; }\n").arg(m_lab.ip(2)).toUtf8()));
    const HostState before = state(2);
    const Run r = m_lab.ctl({QStringLiteral("apply"), QStringLiteral("add-workers"), m_lab.fleets().at(1),
                             QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--yes"),
                             QStringLiteral("--reload-timeout"), QStringLiteral("2")});
    QFile::remove(bind);
    expectRolledBack(2, before, r,
                     QStringLiteral("nginx did not start new worker processes after the reload"));
    QVERIFY(m_lab.lastAudit()->output.contains(QStringLiteral("$ 'nginx' '-t'")));
}

void TestChangeWorkers::healthNeverReachingCountRollsBack()
{
    const QString pidFile = m_lab.hostDir(2) + QStringLiteral("/run/health.pid");
    const qint64 pid = Lab::alivePid(pidFile);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0); // the endpoint answers 502 from now on
    QTRY_COMPARE_WITH_TIMEOUT(Lab::alivePid(pidFile), 0, 5000);
    const HostState before = state(2);
    const Run r = m_lab.ctl({QStringLiteral("apply"), QStringLiteral("add-workers"), m_lab.fleets().at(1),
                             QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--yes"),
                             QStringLiteral("--health-timeout"), QStringLiteral("3")});
    const Run again = m_lab.upAgain(); // restarts the health endpoint
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    expectRolledBack(2, before, r, QStringLiteral("step 10 (verify health reports 6 workers"));
}

void TestChangeWorkers::sshCutMidApplyRollsBack()
{
    // The lab's systemctl kills the sshd process serving the connection when
    // `systemctl reload` runs: the config is written and tested, units started.
    for (const QString& verb : {QStringLiteral("reload"), QStringLiteral("start")}) {
        QVERIFY(QDir().mkpath(m_lab.faults(2)));
        QVERIFY(writeFile(m_lab.faults(2) + QStringLiteral("/kill-session-on-") + verb, ""));
        const HostState before = state(2);
        const Run r = m_lab.ctl({QStringLiteral("apply"), QStringLiteral("add-workers"), m_lab.fleets().at(1),
                                 QStringLiteral("--to"), QStringLiteral("6"), QStringLiteral("--yes")});
        QVERIFY(!QFile::exists(m_lab.faults(2) + QStringLiteral("/kill-session-on-") + verb)); // it fired
        expectRolledBack(2, before, r, QStringLiteral("was lost"));
    }
}

void TestChangeWorkers::addWorkersApplied()
{
    const QString planFile = m_lab.dir() + QStringLiteral("/plan-add.json");
    QElapsedTimer t;
    t.start();
    const Run r = m_lab.ctl({QStringLiteral("apply"), planFile});
    qInfo("apply add-workers 4 -> 6: %lld ms", qint64(t.elapsed()));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("[7/10] nginx -t … ok")));
    QVERIFY(r.out.contains(QStringLiteral("[10/10] verify health reports 6 workers, 5-6 running … ok")));

    // The upstream: the original bytes plus two lines in the seed's format, before the brace.
    const QString hd = m_lab.hostDir(1);
    QByteArray expected = m_original1.conf;
    const QByteArray added =
        QStringLiteral("    server unix:%1/run/voxcore_5.sock max_conns=1 fail_timeout=10;\n"
                       "    server unix:%1/run/voxcore_6.sock max_conns=1 fail_timeout=10;\n")
            .arg(hd)
            .toUtf8();
    expected.insert(expected.lastIndexOf("}\n"), added);
    QCOMPARE(readFile(m_lab.conf(1)), expected);
    QVERIFY(readFile(m_lab.env(1)).contains("\nVOXCORE_WORKERS=6\n"));
    QCOMPARE(m_lab.runningWorkers(1).keys(), (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(m_lab.enabledUnits(1).size(), 6);
    const Run test =
        run(QStringLiteral("/usr/sbin/nginx"),
            {QStringLiteral("-t"), QStringLiteral("-c"), hd + QStringLiteral("/etc/nginx/nginx.conf"),
             QStringLiteral("-p"), hd + QStringLiteral("/"), QStringLiteral("-e"),
             hd + QStringLiteral("/var/log/nginx/error.log")},
            15000);
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    const QJsonObject health = m_lab.health(1);
    QCOMPARE(health.value(QStringLiteral("workers_configured")).toInt(), 6);

    // Calls reach the new sockets: with workers 1-4 busy, calls through nginx land on 5 and 6.
    std::vector<std::unique_ptr<QLocalSocket>> held;
    for (int w = 1; w <= 4; ++w) {
        held.push_back(m_lab.directCall(1, w, QStringLiteral("c-hold-%1").arg(w)));
        QVERIFY2(held.back(), qPrintable(QStringLiteral("direct call to worker %1").arg(w)));
    }
    std::vector<std::unique_ptr<QSslSocket>> viaNginx;
    for (int i = 0; i < 2; ++i) {
        int status = -1;
        viaNginx.push_back(m_lab.nginxCall(1, QStringLiteral("c-new-%1").arg(i), &status));
        QCOMPARE(status, 101);
    }
    QStringList calls;
    for (const QJsonValue& w : m_lab.health(1).value(QStringLiteral("workers")).toArray()) {
        const QJsonObject o = w.toObject();
        if (o.value(QStringLiteral("id")).toInt() >= 5)
            calls << o.value(QStringLiteral("call_id")).toString();
    }
    calls.sort();
    QCOMPARE(calls, (QStringList{QStringLiteral("c-new-0"), QStringLiteral("c-new-1")}));
    held.clear();
    viaNginx.clear();

    const auto audit = m_lab.lastAudit();
    QVERIFY(audit.has_value());
    QCOMPARE(audit->result, QStringLiteral("done"));
    QCOMPARE(audit->summary, QStringLiteral("4 → 6 workers"));
    QVERIFY(audit->diff.contains("+VOXCORE_WORKERS=6"));
    QVERIFY(audit->output.contains(QStringLiteral("reload took")));
    QVERIFY(QJsonDocument::fromJson(audit->plan.toUtf8())
                .object()
                .value(QStringLiteral("steps"))
                .toArray()
                .size() == 10);
}

void TestChangeWorkers::removeWorkersBackToOriginal()
{
    // Worker 6 is in a call: the upstream loses 5 and 6 at once, the plan waits for the call.
    // The previous test's calls through nginx end asynchronously (nginx closes its upstream
    // connection after the client goes), so worker 6 may answer 429 for a moment: retry, bounded.
    std::unique_ptr<QLocalSocket> call;
    QTRY_VERIFY_WITH_TIMEOUT((call = m_lab.directCall(1, 6, QStringLiteral("c-long"))) != nullptr, 15000);
    const HostState six = state(1);
    const QStringList remove{QStringLiteral("apply"),
                             QStringLiteral("remove-workers"),
                             m_lab.fleets().at(0),
                             QStringLiteral("--to"),
                             QStringLiteral("4"),
                             QStringLiteral("--yes"),
                             QStringLiteral("--drain-timeout"),
                             QStringLiteral("1")};
    Run r = m_lab.ctl(remove);
    QVERIFY2(r.out.contains(QStringLiteral("Calls that would be dropped if forced now: 1")),
             qPrintable(r.out));
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("worker 6 still in a call")), qPrintable(r.err));
    QCOMPARE(state(1).conf, six.conf);
    QCOMPARE(state(1).env, six.env);
    QCOMPARE(state(1).running, six.running);
    QCOMPARE(m_lab.lastAudit()->result, QStringLiteral("rolled-back"));
    QVERIFY(call->state() == QLocalSocket::ConnectedState); // the call survived

    // --force: stop it anyway after the drain timeout; the dropped call is counted.
    r = m_lab.ctl(remove + QStringList{QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("calls dropped: 1")), qPrintable(r.out));
    QCOMPARE(m_lab.lastAudit()->callsDropped, 1);
    QTRY_VERIFY_WITH_TIMEOUT(call->state() != QLocalSocket::ConnectedState, 5000); // that call was dropped
    QCOMPARE(readFile(m_lab.conf(1)), m_original1.conf);
    QCOMPARE(readFile(m_lab.env(1)), m_original1.env);
    QCOMPARE(m_lab.runningWorkers(1).keys(), m_original1.running);
    QCOMPARE(m_lab.enabledUnits(1), m_original1.enabled);
    QCOMPARE(m_lab.health(1).value(QStringLiteral("workers_configured")).toInt(), 4);
}

QTEST_MAIN(TestChangeWorkers)
#include "TestChangeWorkers.moc"
