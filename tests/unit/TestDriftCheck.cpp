#include "config/DriftCheck.h"

#include <QtTest>

using namespace fleetdeck;

namespace {

QSet<int> range(int a, int b)
{
    QSet<int> s;
    for (int i = a; i <= b; ++i)
        s.insert(i);
    return s;
}

QList<int> list(int a, int b)
{
    QList<int> l;
    for (int i = a; i <= b; ++i)
        l.append(i);
    return l;
}

DriftInputs healthy(int n)
{
    DriftInputs in;
    in.runningUnits = range(1, n);
    in.upstreamWorkers = list(1, n);
    in.envWorkers = n;
    in.healthConfigured = n;
    for (int i = 1; i <= n; ++i)
        in.workerStates.insert(i, i % 2 ? "idle" : "busy");
    return in;
}

QStringList codes(const DriftReport& r)
{
    QStringList c;
    for (const DriftFinding& f : r.findings)
        c.append(f.code);
    return c;
}

QStringList messages(const DriftReport& r)
{
    QStringList m;
    for (const DriftFinding& f : r.findings)
        m.append(f.message);
    return m;
}

} // namespace

class TestDriftCheck : public QObject
{
    Q_OBJECT

private slots:
    void consistentServer()
    {
        const DriftReport r = DriftCheck::check(healthy(16));
        QVERIFY(r.consistent());
        QVERIFY(r.unavailable.isEmpty());
    }

    void upstreamAheadOfUnits()
    {
        DriftInputs in = healthy(16);
        in.upstreamWorkers = list(1, 20);
        const DriftReport r = DriftCheck::check(in);
        QVERIFY(!r.consistent());
        QCOMPARE(codes(r), QStringList({"socket-without-unit", "socket-without-unit", "socket-without-unit",
                                        "socket-without-unit", "health-vs-upstream"}));
        QCOMPARE(r.findings[0].message,
                 QStringLiteral("upstream lists voxcore_17.sock but voxcore@17 is not running"));
        QCOMPARE(r.findings[0].worker, 17);
        QCOMPARE(r.findings[0].suggestion,
                 QStringLiteral("start voxcore@17, or remove voxcore_17.sock from the upstream"));
        QCOMPARE(r.findings[4].message,
                 QStringLiteral("health reports 16 configured, upstream has 20 sockets"));
        QCOMPARE(
            r.findings[4].suggestion,
            QStringLiteral("set VOXCORE_WORKERS=20 in /opt/voxcore/.env (the health endpoint reads it)"));
    }

    void envBehindUnits()
    {
        DriftInputs in = healthy(20);
        in.envWorkers = 16;
        in.healthConfigured = 16;
        const DriftReport r = DriftCheck::check(in);
        QCOMPARE(messages(r), QStringList({".env says 16 but 20 units run",
                                           "health reports 16 configured, upstream has 20 sockets"}));
        QCOMPARE(r.findings[0].suggestion, QStringLiteral("set VOXCORE_WORKERS=20 in /opt/voxcore/.env"));
    }

    void healthNotReloaded()
    {
        DriftInputs in = healthy(20);
        in.healthConfigured = 16;
        const DriftReport r = DriftCheck::check(in);
        QCOMPARE(codes(r), QStringList({"health-vs-upstream", "health-vs-env"}));
        QCOMPARE(r.findings[1].message, QStringLiteral("health reports 16 configured but .env says 20"));
    }

    void unitWithoutSocket()
    {
        DriftInputs in = healthy(16);
        in.upstreamWorkers = list(1, 15);
        in.healthConfigured = 15;
        in.envWorkers = 16;
        const DriftReport r = DriftCheck::check(in);
        QCOMPARE(codes(r), QStringList({"unit-without-socket", "health-vs-env"}));
        QCOMPARE(
            r.findings[0].message,
            QStringLiteral(
                "voxcore@16 is running but voxcore_16.sock is not in the upstream, so it gets no calls"));
        QCOMPARE(r.findings[0].suggestion,
                 QStringLiteral("add /tmp/voxcore_16.sock to the upstream, or stop voxcore@16"));
    }

    void workerDownAndUnknownWorker()
    {
        DriftInputs in = healthy(16);
        in.workerStates[3] = "down";
        in.workerStates[21] = "idle";
        const DriftReport r = DriftCheck::check(in);
        QCOMPARE(codes(r), QStringList({"worker-down", "health-unknown-worker"}));
        QCOMPARE(r.findings[0].message, QStringLiteral("worker 3 is down"));
        QCOMPARE(r.findings[0].worker, 3);
        QVERIFY(r.findings[0].suggestion.contains("voxcore@3"));
        QCOMPARE(r.findings[1].message,
                 QStringLiteral("health reports worker 21 but voxcore@21 is not running"));
    }

    void duplicateSocketsCountOnce()
    {
        DriftInputs in = healthy(4);
        in.upstreamWorkers = QList<int>({1, 2, 3, 4, 4});
        QVERIFY(DriftCheck::check(in).consistent());
    }

    void missingSourcesAreSkippedAndNamed()
    {
        DriftInputs in;
        in.envWorkers = 16;
        const DriftReport r = DriftCheck::check(in);
        QVERIFY(r.consistent());
        QCOMPARE(r.unavailable, QStringList({"units", "upstream", "health"}));
    }

    void otherBrand()
    {
        DriftInputs in = healthy(2);
        in.unitTemplate = "cxbcore@{n}";
        in.socketTemplate = "/run/cxb/cxbcore_{n}.sock";
        in.envVar = "CXBCORE_WORKERS";
        in.envFile = "/opt/cxbcore/.env";
        in.upstreamWorkers = list(1, 3);
        in.envWorkers = 3;
        const DriftReport r = DriftCheck::check(in);
        QCOMPARE(messages(r), QStringList({"upstream lists cxbcore_3.sock but cxbcore@3 is not running",
                                           ".env says 3 but 2 units run",
                                           "health reports 2 configured, upstream has 3 sockets",
                                           "health reports 2 configured but .env says 3"}));
        QCOMPARE(r.findings[1].suggestion, QStringLiteral("set CXBCORE_WORKERS=2 in /opt/cxbcore/.env"));
    }
};

QTEST_GUILESS_MAIN(TestDriftCheck)
#include "TestDriftCheck.moc"
