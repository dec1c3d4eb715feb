// `fleetdeckctl plan|apply add-fleet` against a real lab (fleetlab up … --spare 1):
// unknown and wrong host keys are refused (exit 3, nothing changed); a run whose
// add-fleet.sh fails (the ingress is told to reach the fleet at an address where
// nothing answers) leaves the ingress's haproxy.cfg byte-identical and rolls back
// everything else (the spare's files byte-identical, no worker running, the bridge
// list as it was); a good run turns the spare into a serving fleet: health reports
// N workers, HAProxy shows it UP, the bridge lists it and /api/pick sees it, and a
// call through the ingress reaches it. Held lock files (the spare's and the
// ingress's inventory lock_file) stop the onboarding before it changes anything there;
// a saved plan (plan add-fleet --out) whose files changed is refused with exit 4
// (haproxy.cfg one byte longer), and the good run applies exactly that saved plan.
#include "LabFixture.h"
#include "ProcessRun.h"
#include "audit/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

#include <csignal>
#include <sys/types.h>

namespace {

using Run = fleetdeck::test::ProcessRun;

Run run(const QString& program, const QStringList& args, int timeoutMs,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return fleetdeck::test::runProcess(program, args, timeoutMs, env);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestAddFleet : public QObject
{
    Q_OBJECT

private:
    QString m_ctl;
    fleetdeck::test::LabFixture m_lab;
    QJsonObject m_spare;
    QString m_spareDir;
    QString m_planFile; ///< plan add-fleet --out (savedPlanRefusedWhenStale), applied by addFleetEndToEnd

    QString ip(int third, int fourth) const { return m_lab.ip(third, fourth); }
    QString haproxyCfg() const
    {
        return m_lab.dir() + QStringLiteral("/hosts/ingress-1/etc/haproxy/haproxy.cfg");
    }
    QString bridgeSettings() const { return m_lab.dir() + QStringLiteral("/bridge/settings.json"); }

    /// The spare's files the onboarding may touch, path → bytes ("<missing>" when absent).
    QMap<QString, QByteArray> spareFiles() const
    {
        QMap<QString, QByteArray> out;
        for (const char* rel : {"/opt/voxcore/.env", "/etc/nginx/conf.d/voxcore.conf",
                                "/etc/nginx/default.d/voxcore-routes.conf", "/etc/nginx/nginx.conf"})
            out.insert(QLatin1String(rel), readFile(m_spareDir + QLatin1String(rel)));
        out.insert(QStringLiteral("wants"),
                   QDir(m_spareDir + QStringLiteral("/etc/systemd/system/multi-user.target.wants"))
                       .entryList(QDir::Files | QDir::System, QDir::Name)
                       .join(QLatin1Char(','))
                       .toUtf8());
        return out;
    }

    int runningWorkers() const
    {
        int n = 0;
        const QRegularExpression re(QStringLiteral("^voxcore@(\\d+)\\.pid$"));
        for (const QString& f : QDir(m_spareDir + QStringLiteral("/run")).entryList(QDir::Files))
            if (re.match(f).hasMatch() &&
                fleetdeck::test::LabFixture::alivePid(m_spareDir + QStringLiteral("/run/") + f))
                ++n;
        return n;
    }

    QStringList baseArgs(const QString& verb) const
    {
        const QString hd = m_spareDir;
        return {QStringLiteral("--inventory"),
                m_lab.inventoryPath(),
                verb,
                QStringLiteral("add-fleet"),
                QStringLiteral("--name"),
                m_spare.value("name").toString(),
                QStringLiteral("--host"),
                m_spare.value("host").toString(),
                QStringLiteral("--workers"),
                QStringLiteral("6"),
                QStringLiteral("--socket-path"),
                hd + QStringLiteral("/run/voxcore_{n}.sock"),
                QStringLiteral("--env-file"),
                hd + QStringLiteral("/opt/voxcore/.env"),
                QStringLiteral("--nginx-config"),
                hd + QStringLiteral("/etc/nginx/conf.d/voxcore.conf"),
                QStringLiteral("--nginx-routes"),
                hd + QStringLiteral("/etc/nginx/default.d/voxcore-routes.conf"),
                QStringLiteral("--health-url"),
                m_spare.value("health_url").toString(),
                QStringLiteral("--verify-url"),
                QStringLiteral("https://%1:9443/attach").arg(ip(3, 1)),
                QStringLiteral("--lock-file"),
                spareLock()};
    }

    QString spareLock() const { return m_spareDir + QStringLiteral("/run/fleetdeck.lock"); }
    QString ingressLock() const { return m_lab.lockFile(QStringLiteral("ingress-1")); }

    /// Another console's lock: the holder line in the file, `flock` held by a local
    /// `flock FILE cat` until its stdin closes (the lab's hosts are this machine).
    bool holdLock(QProcess& p, const QString& file, const QByteArray& holder) const
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(holder + '\n') < 0)
            return false;
        f.close();
        p.start(QStringLiteral("flock"), {QStringLiteral("-n"), file, QStringLiteral("cat")});
        if (!p.waitForStarted(5000))
            return false;
        QTest::qWait(300);
        return p.state() == QProcess::Running; // flock -n exits 1 at once when it is taken
    }

    static void releaseLock(QProcess& p)
    {
        p.closeWriteChannel(); // cat ends, flock ends, the lock is gone
        if (!p.waitForFinished(5000)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(5000);
        }
    }

    QProcessEnvironment env(const QString& token = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FLEETDECK_AUDIT_DB"), m_lab.dir() + QStringLiteral("/audit.sqlite"));
        e.insert(QStringLiteral("FLEETLAB_BRIDGE_TOKEN"),
                 token.isEmpty()
                     ? QString::fromUtf8(readFile(m_lab.dir() + QStringLiteral("/bridge/token")).trimmed())
                     : token);
        return e;
    }

    Run ctl(const QStringList& args, int timeoutMs = 240000, const QString& token = {}) const
    {
        return run(m_ctl, args, timeoutMs, env(token));
    }

    QString lastAuditResult() const
    {
        fleetdeck::AuditLog audit(m_lab.dir() + QStringLiteral("/audit.sqlite"));
        if (!audit.open())
            return QStringLiteral("<no audit log>");
        const auto recent = audit.recent(1);
        if (recent.isEmpty())
            return QStringLiteral("<empty>");
        const auto rec = audit.record(recent.first().id);
        return rec ? rec->action + QLatin1Char(' ') + rec->result : QStringLiteral("<none>");
    }

    /// srv_op_state of every server of the ingress's backend, by name.
    QMap<QString, QString> ingressServers() const
    {
        QMap<QString, QString> out;
        for (const QString& line : adminSocket("show servers state\n").out.split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() > 5 && f.at(1) == QLatin1String("voxcore_fleets"))
                out.insert(f.at(3), f.at(5));
        }
        return out;
    }

    Run adminSocket(const QByteArray& command) const
    {
        QProcess p;
        p.start(QStringLiteral("socat"),
                {QStringLiteral("stdio"), QStringLiteral("unix-connect:") + m_lab.dir() +
                                              QStringLiteral("/hosts/ingress-1/run/haproxy/admin.sock")});
        Run r;
        if (!p.waitForStarted(5000))
            return r;
        p.write(command);
        p.closeWriteChannel();
        p.waitForFinished(10000);
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        return r;
    }

    QString curl(const QString& url) const
    {
        return run(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("5"),
                    QStringLiteral("--cacert"), m_lab.caPath(), url},
                   10000)
            .out;
    }

    /// What a failed onboarding must leave as it found it: the ingress's haproxy.cfg and
    /// running servers, the bridge's fleet list and the spare's files.
    struct Untouched
    {
        QByteArray haproxyCfg;
        QMap<QString, QString> servers;
        QByteArray bridge;
        QMap<QString, QByteArray> spare;
    };

    Untouched untouched() const
    {
        return {readFile(haproxyCfg()), ingressServers(), readFile(bridgeSettings()), spareFiles()};
    }

    /// Everything as in `before` (a spare file that differs is named), no worker running.
    void verifyRolledBack(const Untouched& before) const
    {
        QCOMPARE(readFile(haproxyCfg()), before.haproxyCfg);
        QCOMPARE(ingressServers(), before.servers); // gone from the running HAProxy too
        QCOMPARE(readFile(bridgeSettings()), before.bridge);
        const auto after = spareFiles();
        for (auto it = before.spare.cbegin(); it != before.spare.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(runningWorkers(), 0);
    }

private slots:
    void initTestCase()
    {
        m_ctl = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(FLEETDECK_BINARY_DIR)) +
                QStringLiteral("/app/fleetdeckctl/fleetdeckctl");
        QVERIFY2(QFileInfo(m_ctl).isExecutable(), qPrintable(m_ctl));
        const int subnet = fleetdeck::test::LabFixture::subnetFromEnv("FLEETLAB_SUBNET_ONBOARD", 86);
        const QString error =
            m_lab.up({.fleets = 2, .workers = 4, .spare = 1, .subnet = subnet, .prefix = "fo"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_spare = m_lab.spare(1);
        m_spareDir = m_spare.value("host_dir").toString();
        QVERIFY(QFileInfo(m_spareDir).isDir());
    }

    void unknownAndWrongHostKeyRefused()
    {
        const QByteArray known = readFile(m_lab.dir() + QStringLiteral("/client/known_hosts"));
        const auto before = spareFiles();
        Run r = ctl(baseArgs(QStringLiteral("plan")));
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        // the fingerprint is shown so it can be compared out of band
        QVERIFY2((r.out + r.err).contains(m_spare.value("host_key_sha256").toString()),
                 qPrintable(r.out + r.err));
        r = ctl(baseArgs(QStringLiteral("apply")) +
                QStringList{QStringLiteral("--yes"), QStringLiteral("--trust-host-key"),
                            QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY((r.out + r.err).contains(QStringLiteral("not the trusted")));
        QCOMPARE(readFile(m_lab.dir() + QStringLiteral("/client/known_hosts")), known);
        QCOMPARE(spareFiles(), before);
        QCOMPARE(runningWorkers(), 0);
    }

    void planShowsEverything()
    {
        const QByteArray cfg = readFile(haproxyCfg());
        const Run r =
            ctl(baseArgs(QStringLiteral("plan")) +
                QStringList{QStringLiteral("--trust-host-key"), m_spare.value("host_key_sha256").toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QString& want :
             {QStringLiteral("✓ Memory budget"), QStringLiteral("✓ nginx installed: nginx "),
              QStringLiteral("+++ spare-1:") + m_spareDir +
                  QStringLiteral("/etc/nginx/conf.d/voxcore.conf (proposed)"),
              QStringLiteral("max_conns=1 fail_timeout=10;"),
              QStringLiteral("systemctl enable voxcore@1 … voxcore@6"),
              QStringLiteral("add-fleet.sh ") + ip(2, 1) + QStringLiteral(" spare-1"),
              QStringLiteral("+https://") + ip(2, 1) + QStringLiteral(":8443")})
            QVERIFY2(r.out.contains(want), qPrintable(want + QStringLiteral("\n---\n") + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Inventory entry to add")));
        QVERIFY(!r.out.contains(
            readFile(m_lab.dir() + QStringLiteral("/bridge/token")).trimmed())); // token never printed
        QCOMPARE(readFile(haproxyCfg()), cfg);
        QCOMPARE(runningWorkers(), 0);
    }

    void failedAddFleetRollsBack()
    {
        const QByteArray cfg = readFile(haproxyCfg());
        const QByteArray bridge = readFile(bridgeSettings());
        const auto before = spareFiles();
        // HAProxy is told to reach the new fleet where nothing answers: add-fleet.sh
        // sees it DOWN, restores its config and exits 1.
        const Run r = ctl(baseArgs(QStringLiteral("apply")) +
                          QStringList{QStringLiteral("--yes"), QStringLiteral("--trust-host-key"),
                                      m_spare.value("host_key_sha256").toString(),
                                      QStringLiteral("--ingress-address"), ip(2, 99)});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("✓ 6 worker(s) enabled and started")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("✗ add-fleet.sh exited 1")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("byte-identical (the script rolled back)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rollback complete")), qPrintable(r.err));
        QCOMPARE(readFile(haproxyCfg()), cfg);
        QCOMPARE(readFile(bridgeSettings()), bridge);
        const auto after = spareFiles();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(runningWorkers(), 0);
        const QJsonObject health =
            QJsonDocument::fromJson(curl(m_spare.value("health_url").toString()).toUtf8()).object();
        QCOMPARE(health.value(QStringLiteral("workers_configured")).toInt(-1), 0);
        fleetdeck::AuditLog audit(m_lab.dir() + QStringLiteral("/audit.sqlite"));
        QVERIFY(audit.open());
        const auto recent = audit.recent(1);
        QCOMPARE(recent.size(), 1);
        const auto rec = audit.record(recent.first().id);
        QVERIFY(rec);
        QCOMPARE(rec->action, QStringLiteral("add-fleet"));
        QCOMPARE(rec->result, QStringLiteral("rolled-back"));
    }

    void failedBridgeRollsBackTheIngressToo()
    {
        const Untouched before = untouched();
        QCOMPARE(before.servers.size(), 2);
        // A wrong bridge token: Deploy, Nginx and Inbound succeed, the bridge refuses the
        // PUT (401) and everything is undone, add-fleet.sh's server line included.
        const Run r = ctl(baseArgs(QStringLiteral("apply")) +
                              QStringList{QStringLiteral("--yes"), QStringLiteral("--trust-host-key"),
                                          m_spare.value("host_key_sha256").toString()},
                          240000, QStringLiteral("not-the-token"));
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("✓ add-fleet.sh added spare-1; UP on ingress-1")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("✗ PUT the fleet list: HTTP 401")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Server deleted.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rollback complete")), qPrintable(r.err));
        verifyRolledBack(before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(lastAuditResult(), QStringLiteral("add-fleet rolled-back"));
    }

    void interruptRollsBack()
    {
        const Untouched before = untouched();
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(m_ctl, baseArgs(QStringLiteral("apply")) +
                           QStringList{QStringLiteral("--yes"), QStringLiteral("--trust-host-key"),
                                       m_spare.value("host_key_sha256").toString()});
        QVERIFY(p.waitForStarted(5000));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("[6/8]") && t.elapsed() < 60000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(out.contains("[6/8]"), out.constData());
        ::kill(pid_t(p.processId()), SIGINT); // Ctrl-C while add-fleet.sh runs on the ingress
        QVERIFY(p.waitForFinished(120000));
        out += p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("Interrupted: stopping at the next safe point"), err.constData());
        QVERIFY2(err.contains("rollback complete"), err.constData());
        verifyRolledBack(before);
    }

    void heldLocksStopOnboarding()
    {
        const Untouched before = untouched();
        const QStringList args = baseArgs(QStringLiteral("apply")) +
                                 QStringList{QStringLiteral("--yes"), QStringLiteral("--trust-host-key"),
                                             m_spare.value("host_key_sha256").toString()};
        // 1. The spare's inventory lock_file (not /run/lock/fleetdeck.lock) is held:
        //    the first change (Deploy) stops, naming the holder; nothing changes.
        {
            QProcess holder;
            QVERIFY(holdLock(holder, spareLock(), "ops@other-console pid 4242 since 2026-01-01T00:00:00Z"));
            const Run r = ctl(args);
            releaseLock(holder);
            QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
            QVERIFY2(r.out.contains(QStringLiteral("✗ ")) &&
                         r.out.contains(QStringLiteral("ops@other-console pid 4242")),
                     qPrintable(r.out + r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("worker(s) enabled and started")), qPrintable(r.out));
        }
        QCOMPARE(readFile(haproxyCfg()), before.haproxyCfg);
        QCOMPARE(readFile(bridgeSettings()), before.bridge);
        QCOMPARE(spareFiles(), before.spare);
        QCOMPARE(runningWorkers(), 0);
        // 2. The ingress's lock_file is held: Deploy and Nginx run under the spare's own
        //    lock file, Inbound stops before add-fleet.sh, everything is rolled back.
        {
            QProcess holder;
            QVERIFY(
                holdLock(holder, ingressLock(), "ops@ingress-console pid 777 since 2026-01-01T00:00:00Z"));
            const Run r = ctl(args);
            releaseLock(holder);
            QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
            QVERIFY2(r.out.contains(QStringLiteral("✓ 6 worker(s) enabled and started")), qPrintable(r.out));
            QVERIFY2(r.err.contains(QStringLiteral("host lock %1 taken").arg(spareLock())),
                     qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("ops@ingress-console pid 777")),
                     qPrintable(r.out + r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("add-fleet.sh exited")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("rollback complete")), qPrintable(r.err));
        }
        verifyRolledBack(before);
    }

    void savedPlanRefusedWhenStale()
    {
        m_planFile = m_lab.dir() + QStringLiteral("/add-fleet-plan.json");
        const Run planned =
            ctl(baseArgs(QStringLiteral("plan")) + QStringList{QStringLiteral("--trust-host-key"),
                                                               m_spare.value("host_key_sha256").toString(),
                                                               QStringLiteral("--out"), m_planFile});
        QVERIFY2(planned.exitCode == 0, qPrintable(planned.out + planned.err));
        QVERIFY2(planned.out.contains(QStringLiteral("fleetdeckctl apply add-fleet --plan ") + m_planFile),
                 qPrintable(planned.out));
        // The plan records the hash of every file it will change.
        const QByteArray cfg = readFile(haproxyCfg());
        const QJsonObject doc = QJsonDocument::fromJson(readFile(m_planFile)).object();
        QMap<QString, QString> hashes;
        for (const QJsonValue& f : doc.value(QStringLiteral("files")).toArray())
            hashes.insert(f.toObject().value("path").toString(), f.toObject().value("sha256").toString());
        QCOMPARE(hashes.value(haproxyCfg()),
                 QString::fromLatin1(QCryptographicHash::hash(cfg, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(hashes.value(m_spareDir + QStringLiteral("/etc/nginx/conf.d/voxcore.conf")),
                 QStringLiteral("absent"));
        QVERIFY(hashes.contains(m_spareDir + QStringLiteral("/opt/voxcore/.env")));
        QCOMPARE(doc.value(QStringLiteral("request")).toObject().value("workers").toInt(), 6);

        // One byte more in the ingress's haproxy.cfg (a comment): the plan is stale.
        QByteArray edited = cfg;
        edited.append('#');
        {
            QFile f(haproxyCfg());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(edited), edited.size());
        }
        const QByteArray bridge = readFile(bridgeSettings());
        const auto before = spareFiles();
        const auto serversBefore = ingressServers();
        const Run r = ctl({QStringLiteral("--inventory"), m_lab.inventoryPath(), QStringLiteral("apply"),
                           QStringLiteral("add-fleet"), QStringLiteral("--plan"), m_planFile});
        // restore before asserting, so a failure does not spoil the next test
        QFile f(haproxyCfg());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(cfg), cfg.size());
        f.close();
        QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ingress-1:") + haproxyCfg() +
                                QStringLiteral(" changed since the plan")),
                 qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("[4/8]")), qPrintable(r.out)); // no change step started
        QCOMPARE(readFile(bridgeSettings()), bridge);
        QCOMPARE(spareFiles(), before);
        QCOMPARE(ingressServers(), serversBefore);
        QCOMPARE(runningWorkers(), 0);
        QCOMPARE(lastAuditResult(), QStringLiteral("add-fleet stale-plan"));
        QCOMPARE(readFile(haproxyCfg()), cfg);

        // Request options next to --plan are refused (the plan is applied exactly).
        const Run mixed = ctl({QStringLiteral("--inventory"), m_lab.inventoryPath(), QStringLiteral("apply"),
                               QStringLiteral("add-fleet"), QStringLiteral("--plan"), m_planFile,
                               QStringLiteral("--workers"), QStringLiteral("8")});
        QVERIFY2(mixed.exitCode == 2, qPrintable(mixed.out + mixed.err));
    }

    void addFleetEndToEnd()
    {
        // The plan saved above, unchanged since (the rolled-back runs left every file as it was).
        QVERIFY(QFileInfo::exists(m_planFile));
        const Run r = ctl({QStringLiteral("--inventory"), m_lab.inventoryPath(), QStringLiteral("apply"),
                           QStringLiteral("add-fleet"), QStringLiteral("--plan"), m_planFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // health: 6 workers configured and running
        const QJsonObject health =
            QJsonDocument::fromJson(curl(m_spare.value("health_url").toString()).toUtf8()).object();
        QCOMPARE(health.value(QStringLiteral("workers_configured")).toInt(), 6);
        QCOMPARE(health.value(QStringLiteral("workers")).toArray().size(), 6);
        QCOMPARE(runningWorkers(), 6);
        QVERIFY(readFile(m_spareDir + QStringLiteral("/opt/voxcore/.env")).contains("VOXCORE_WORKERS=6"));
        // the ingress: one line more, the new server UP
        QVERIFY(readFile(haproxyCfg()).contains("server spare-1 " + ip(2, 1).toUtf8() + ":8443"));
        const Run state = adminSocket("show servers state\n");
        bool up = false;
        for (const QString& line : state.out.split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.size() > 5 && f.at(3) == QLatin1String("spare-1"))
                up = f.at(5) == QLatin1String("2");
        }
        QVERIFY2(up, qPrintable(state.out));
        // the bridge: in the list, a pick candidate without error
        const QString base = QStringLiteral("https://%1:8443").arg(ip(2, 1));
        const QJsonArray list =
            QJsonDocument::fromJson(readFile(bridgeSettings())).object().value("voxcore_fleet").toArray();
        QVERIFY2(list.contains(QJsonValue(base)), qPrintable(readFile(bridgeSettings())));
        const QJsonObject pick =
            QJsonDocument::fromJson(curl(QStringLiteral("https://%1:8080/api/pick").arg(ip(4, 1))).toUtf8())
                .object();
        bool candidate = false;
        for (const QJsonValue& c : pick.value(QStringLiteral("candidates")).toArray())
            candidate =
                candidate || (c.toObject().value("url").toString() == base &&
                              c.toObject().value("error").isNull() && c.toObject().value("free").toInt() > 0);
        QVERIFY2(candidate, qPrintable(QJsonDocument(pick).toJson()));
        // a call through the ingress reached it (the engine held calls until one landed there)
        QVERIFY2(r.out.contains(QRegularExpression(
                     QStringLiteral("through the ingress: call fleetdeck-verify-spare-1-\\d+-"
                                    "ingress-\\d+ on worker \\d+ of spare-1"))),
                 qPrintable(r.out));
        QVERIFY(health.value(QStringLiteral("calls_started_total")).toInt() >= 2);
        QVERIFY(r.out.contains(QStringLiteral("Add this entry to the inventory")));
        fleetdeck::AuditLog audit(m_lab.dir() + QStringLiteral("/audit.sqlite"));
        QVERIFY(audit.open());
        const auto rec = audit.record(audit.recent(1).first().id);
        QVERIFY(rec);
        QCOMPARE(rec->result, QStringLiteral("done"));
        QVERIFY(rec->diff.contains(QStringLiteral("+https://")));
        // the lab's own status agrees: every host, including the onboarded spare, is up
        const Run status = m_lab.fleetlab({QStringLiteral("status"), m_lab.dir()}, 60000);
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
    }

    void cleanupTestCase()
    {
        const QString error = m_lab.down();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAddFleet)
#include "TestAddFleet.moc"
