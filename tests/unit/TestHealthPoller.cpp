#include "FakeHttpClient.h"
#include "HealthServer.h"
#include "health/HealthPoller.h"

#include <QSignalSpy>
#include <QTest>

using namespace fleetdeck;

namespace {

QList<HealthPoller::Target> targets(int n)
{
    QList<HealthPoller::Target> out;
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("fleet-%1").arg(i);
        out.append({name, HttpRequest{QUrl(QStringLiteral("https://%1.test/health/fleet").arg(name))}});
    }
    return out;
}

HttpResponse ok()
{
    return HttpResponse{200, test::HealthServer::referenceDocument(4, 1, 10), {}, 1};
}

} // namespace

class TestHealthPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesSpreadAcrossInterval()
    {
        // 1,000 servers over a 1 s interval: every 100 ms slice gets some, none gets most.
        QList<int> buckets(10, 0);
        for (int i = 0; i < 1000; ++i) {
            const int phase = HealthPoller::phaseOffsetMs(QStringLiteral("fleet-%1").arg(i), 1000);
            QVERIFY(phase >= 0 && phase < 1000);
            buckets[phase / 100] += 1;
        }
        for (int b : buckets)
            QVERIFY2(b > 50 && b < 150, qPrintable(QString::number(b)));
        QCOMPARE(HealthPoller::phaseOffsetMs(QStringLiteral("x"), 1000), HealthPoller::phaseOffsetMs(QStringLiteral("x"), 1000));
    }

    void pollAllOnceReportsEveryServer()
    {
        test::FakeHttpClient client;
        HealthPoller poller(&client);
        const auto t = targets(3);
        poller.setTargets(t);
        QSignalSpy good(&poller, &HealthPoller::snapshotReceived);
        QSignalSpy bad(&poller, &HealthPoller::pollFailed);
        QSignalSpy round(&poller, &HealthPoller::roundFinished);
        poller.pollAllOnce();
        QCOMPARE(client.pending.size(), 3);
        client.answer(t[0].request.url, ok());
        client.answer(t[1].request.url, HttpResponse{0, {}, QStringLiteral("Connection refused"), 1});
        QCOMPARE(round.count(), 0);
        client.answer(t[2].request.url, HttpResponse{200, "{\"workers\": 5}", {}, 1});
        QCOMPARE(round.count(), 1);
        QCOMPARE(good.count(), 1);
        QCOMPARE(good.first().at(0).toInt(), 0);
        QCOMPARE(bad.count(), 2);
        QCOMPARE(bad.at(0).at(1).toString(), QStringLiteral("Connection refused"));
        QCOMPARE(bad.at(1).at(1).toString(), QStringLiteral("bad health document: workers_configured: required field is missing"));
        QCOMPARE(poller.consecutiveFailures(1), 1);
    }

    void httpErrorStatusIsAFailure()
    {
        test::FakeHttpClient client;
        HealthPoller poller(&client);
        poller.setTargets(targets(1));
        QSignalSpy bad(&poller, &HealthPoller::pollFailed);
        poller.pollAllOnce();
        client.answer(targets(1)[0].request.url, HttpResponse{502, "<html>bad gateway</html>", {}, 1});
        QCOMPARE(bad.count(), 1);
        QCOMPARE(bad.first().at(1).toString(), QStringLiteral("HTTP status 502"));
    }

    void scheduledPollingNeverPilesUp()
    {
        test::FakeHttpClient client;
        HealthPoller poller(&client);
        poller.setIntervalMs(100);
        poller.setTargets(targets(2));
        poller.start();
        // Nobody answers: each server stays in flight and must not be asked again.
        QTest::qWait(450);
        QCOMPARE(client.requested.size(), 2);
        poller.stop();
    }

    void failingServersBackOff()
    {
        test::FakeHttpClient client;
        HealthPoller poller(&client);
        poller.setIntervalMs(100);
        const auto t = targets(2);
        client.setAutoResponse(t[0].request.url, ok());
        client.setAutoResponse(t[1].request.url, HttpResponse{0, {}, QStringLiteral("timed out"), 1});
        poller.setTargets(t);
        poller.start();
        QTest::qWait(1600);
        poller.stop();
        const int healthy = static_cast<int>(client.requested.count(t[0].request.url));
        const int failing = static_cast<int>(client.requested.count(t[1].request.url));
        // Healthy: every 100 ms (~16). Failing: 100, 200, 400, 800 ms apart → about 4-5.
        QVERIFY2(healthy >= 12, qPrintable(QString::number(healthy)));
        QVERIFY2(failing <= 6 && failing >= 2, qPrintable(QString::number(failing)));
        QVERIFY(poller.consecutiveFailures(1) >= 2);
    }
};

QTEST_GUILESS_MAIN(TestHealthPoller)
#include "TestHealthPoller.moc"
