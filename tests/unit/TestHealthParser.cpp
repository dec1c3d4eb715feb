#include "HealthServer.h"
#include "health/HealthParser.h"

#include <QTest>

using namespace fleetdeck;

class TestHealthParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceDocument()
    {
        const QByteArray doc =
            "{ \"service\": \"voxcore\", \"host\": \"fleet-uk-1\", \"zone\": \"uk\", \"version\": \"1.8.2\","
            "  \"workers_configured\": 16,"
            "  \"workers\": [ {\"id\": 1, \"state\": \"busy\", \"call_id\": \"c-81f2\", \"since\": \"2026-11-21T10:02:11Z\"},"
            "               {\"id\": 2, \"state\": \"idle\"}, {\"id\": 3, \"state\": \"down\"},"
            "               {\"id\": 4, \"state\": \"starting\"}, {\"id\": 5, \"state\": \"draining\", \"call_id\": \"c-1\"} ],"
            "  \"calls_started_total\": 48211,"
            "  \"memory\": {\"total_mb\": 8192, \"used_mb\": 5230},"
            "  \"uptime_s\": 86400 }";
        const auto r = HealthParser::parse(doc, 1234);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const HealthSnapshot& s = r.snapshot;
        QCOMPARE(s.service, QStringLiteral("voxcore"));
        QCOMPARE(s.host, QStringLiteral("fleet-uk-1"));
        QCOMPARE(s.workersConfigured, 16);
        QCOMPARE(s.workers.size(), 5);
        QCOMPARE(s.workers[0].state, WorkerState::Busy);
        QCOMPARE(s.workers[0].callId, QStringLiteral("c-81f2"));
        QCOMPARE(s.workers[0].since, QDateTime(QDate(2026, 11, 21), QTime(10, 2, 11), Qt::UTC));
        QCOMPARE(s.workers[2].state, WorkerState::Down);
        QCOMPARE(s.busy(), 2); // busy + draining are channels in use
        QCOMPARE(s.idle(), 1);
        QCOMPARE(s.callsStartedTotal, 48211);
        QCOMPARE(s.memoryTotalMb, 8192);
        QCOMPARE(s.memoryUsedMb, 5230);
        QCOMPARE(s.uptimeS, 86400);
        QCOMPARE(s.receivedAtMs, 1234);
    }

    void extraFieldsIgnoredOptionalMissingOk()
    {
        const auto r = HealthParser::parse("{\"workers_configured\": 2, \"calls_started_total\": 0, \"future\": {\"x\": [1]},"
                                           " \"workers\": [{\"id\": 1, \"state\": \"idle\", \"cpu\": 3}]}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.snapshot.memoryTotalMb, -1);
        QCOMPARE(r.snapshot.uptimeS, -1);
        QCOMPARE(r.snapshot.workers.size(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray ok = "\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [{\"id\": 1, \"state\": \"idle\"}]";
        QTest::newRow("empty") << QByteArray() << "not valid JSON: illegal value at offset 0";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << "not valid JSON: illegal value at offset 1";
        QTest::newRow("truncated") << QByteArray("{\"workers_configured\": 1, \"work") << "not valid JSON: unterminated string at offset 32";
        QTest::newRow("no configured") << QByteArray("{\"calls_started_total\": 5, \"workers\": []}")
                                       << "workers_configured: required field is missing";
        QTest::newRow("configured string") << QByteArray("{\"workers_configured\": \"16\", \"calls_started_total\": 5, \"workers\": []}")
                                           << "workers_configured: must be a whole number from 0 to 10000";
        QTest::newRow("configured negative") << QByteArray("{\"workers_configured\": -1, \"calls_started_total\": 5, \"workers\": []}")
                                             << "workers_configured: must be a whole number from 0 to 10000";
        QTest::newRow("no counter") << QByteArray("{\"workers_configured\": 1, \"workers\": []}")
                                    << "calls_started_total: required field is missing";
        QTest::newRow("counter fraction") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 1.5, \"workers\": []}")
                                          << "calls_started_total: must be a non-negative whole number";
        QTest::newRow("no workers") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5}")
                                    << "workers: required field is missing";
        QTest::newRow("workers object") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": {}}")
                                        << "workers: must be an array";
        QTest::newRow("worker not object") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [1]}")
                                           << "workers[0]: must be an object";
        QTest::newRow("worker id zero") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [{\"id\": 0, \"state\": \"idle\"}]}")
                                        << "workers[0].id: must be a whole number from 1";
        QTest::newRow("unknown state") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [{\"id\": 1, \"state\": \"zombie\"}]}")
                                       << "workers[0].state: unknown state \"zombie\"";
        QTest::newRow("state number") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [{\"id\": 1, \"state\": 1}]}")
                                      << "workers[0].state: must be a string";
        QTest::newRow("bad since") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [{\"id\": 1, \"state\": \"busy\", \"since\": \"yesterday\"}]}")
                                   << "workers[0].since: not an ISO-8601 time";
        QTest::newRow("call id number") << QByteArray("{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [{\"id\": 1, \"state\": \"busy\", \"call_id\": 7}]}")
                                        << "workers[0].call_id: must be a string";
        QTest::newRow("memory string") << QByteArray("{" + ok + ", \"memory\": \"8G\"}") << "memory: must be an object";
        QTest::newRow("memory used") << QByteArray("{" + ok + ", \"memory\": {\"total_mb\": 8192}}") << "memory.used_mb: must be a whole number";
        QTest::newRow("host number") << QByteArray("{" + ok + ", \"host\": 5}") << "host: must be a string";
        QTest::newRow("uptime negative") << QByteArray("{" + ok + ", \"uptime_s\": -5}") << "uptime_s: must be a non-negative whole number";
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto r = HealthParser::parse(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, error);
        QCOMPARE(r.snapshot.workers.size(), 0); // nothing half-parsed leaks out
    }

    void oversizeRejectedBeforeParsing()
    {
        QByteArray big = "{\"workers_configured\": 1, \"calls_started_total\": 5, \"workers\": [], \"pad\": \"";
        big += QByteArray(HealthParser::kMaxBytes, 'x');
        big += "\"}";
        const auto r = HealthParser::parse(big);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("response larger than 1 MiB")), qPrintable(r.error));
    }

    void fixtureDocumentParses()
    {
        const auto r = HealthParser::parse(test::HealthServer::referenceDocument(16, 5, 100));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.snapshot.busy(), 5);
        QCOMPARE(r.snapshot.idle(), 11);
    }
};

QTEST_GUILESS_MAIN(TestHealthParser)
#include "TestHealthParser.moc"
