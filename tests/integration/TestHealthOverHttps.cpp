#include "HealthServer.h"
#include "TestPaths.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthPoller.h"
#include "health/QNetworkHttpClient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdeck;
using test::HealthServer;

namespace {

HttpResponse fetch(QNetworkHttpClient& client, const HttpRequest& request)
{
    HttpResponse out;
    bool done = false;
    client.get(request, [&](const HttpResponse& r) {
        out = r;
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    if (!done)
        out.error = QStringLiteral("test: no answer within 10 s");
    return out;
}

QString ctlPath()
{
    return qEnvironmentVariable("FLEETDECK_BINARY_DIR") + QStringLiteral("/app/fleetdeckctl/fleetdeckctl");
}

} // namespace

class TestHealthOverHttps : public QObject
{
    Q_OBJECT

private:
    HttpRequest request(const HealthServer& server, const QString& path)
    {
        HttpRequest r;
        r.url = QUrl(server.baseUrl() + path);
        r.tls.caFile = test::dataPath(QStringLiteral("tls/ca.pem"));
        r.timeoutMs = 1500;
        return r;
    }

private Q_SLOTS:
    void trustedByCaFileAndConnectionReused()
    {
        HealthServer server(true);
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/health/fleet"), HealthServer::referenceDocument(16, 3, 42));
        QNetworkHttpClient client;
        for (int i = 0; i < 5; ++i) {
            const HttpResponse r = fetch(client, request(server, QStringLiteral("/health/fleet")));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.contains("\"workers_configured\":16"));
        }
        QCOMPARE(server.requestCount(QStringLiteral("/health/fleet")), 5);
        QCOMPARE(server.connectionCount(), 1); // keep-alive: one TLS handshake for five polls
    }

    void untrustedCertificateRefused()
    {
        HealthServer server(true);
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/health/fleet"), HealthServer::referenceDocument(1, 0, 0));
        QNetworkHttpClient client;
        HttpRequest r = request(server, QStringLiteral("/health/fleet"));
        r.tls.caFile.clear();
        const HttpResponse response = fetch(client, r);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.error.isEmpty());
        QVERIFY(response.body.isEmpty());
    }

    void pinnedCertificate()
    {
        HealthServer server(true);
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/health/fleet"), HealthServer::referenceDocument(1, 0, 0));
        QFile pinFile(test::dataPath(QStringLiteral("tls/server.sha256")));
        QVERIFY(pinFile.open(QIODevice::ReadOnly));
        const QString pin = QString::fromLatin1(pinFile.readAll().trimmed());
        QNetworkHttpClient client;
        HttpRequest r = request(server, QStringLiteral("/health/fleet"));
        r.tls.caFile.clear();
        r.tls.pinnedSha256 = pin;
        QCOMPARE(fetch(client, r).status, 200);
        QNetworkHttpClient other;
        r.tls.pinnedSha256 = QString(64, QLatin1Char('0'));
        const HttpResponse wrong = fetch(other, r);
        QCOMPARE(wrong.status, 0);
        QVERIFY(!wrong.error.isEmpty());
    }

    void oversizeTimeoutAndAbruptClose()
    {
        HealthServer server(false);
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/big"), QByteArray(2 * 1024 * 1024, 'x'));
        server.setResponse(QStringLiteral("/hang"), HealthServer::Response{200, {}, 0, true});
        server.setResponse(QStringLiteral("/close"), HealthServer::Response{200, {}, 0, false, true});
        QNetworkHttpClient client;
        const HttpResponse big = fetch(client, request(server, QStringLiteral("/big")));
        QVERIFY2(big.error.startsWith(QStringLiteral("response larger than")), qPrintable(big.error));
        QVERIFY(big.body.isEmpty());
        QElapsedTimer timer;
        timer.start();
        const HttpResponse hang = fetch(client, request(server, QStringLiteral("/hang")));
        QVERIFY(!hang.error.isEmpty());
        QVERIFY2(timer.elapsed() < 5000, "the transfer timeout must end a silent server");
        QVERIFY(!fetch(client, request(server, QStringLiteral("/close"))).error.isEmpty());
    }

    void pollerFeedsFleetState()
    {
        HealthServer server(true);
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/a"), HealthServer::referenceDocument(16, 4, 100));
        server.setResponse(QStringLiteral("/b"), HealthServer::Response{200, "{\"workers_configured\": \"x\"}"});
        const QByteArray json = QStringLiteral(
            "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}], \"servers\": ["
            "{\"name\": \"a\", \"host\": \"127.0.0.1\", \"zone\": \"uk\", \"health_url\": \"%1/a\", \"tls\": {\"ca_file\": \"%2\"}},"
            "{\"name\": \"b\", \"host\": \"127.0.0.1\", \"zone\": \"uk\", \"health_url\": \"%1/b\", \"tls\": {\"ca_file\": \"%2\"}}]}")
                                  .arg(server.baseUrl(), test::dataPath(QStringLiteral("tls/ca.pem"))).toUtf8();
        const auto parsed = InventoryParser::parse(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        FleetState state(*parsed.inventory);
        QNetworkHttpClient client;
        HealthPoller poller(&client);
        poller.setIntervalMs(200);
        QList<HealthPoller::Target> targets;
        for (const auto& s : parsed.inventory->servers)
            targets.append({s.name, HttpRequest{s.healthUrl, s.tls, 1000}});
        poller.setTargets(targets);
        connect(&poller, &HealthPoller::snapshotReceived, &state, &FleetState::applySnapshot);
        connect(&poller, &HealthPoller::pollFailed, &state, &FleetState::applyFailure);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(state.runtime(0).snapshot.has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!state.runtime(1).error.isEmpty(), 5000);
        QCOMPARE(state.serverMetrics(0).busy, 4);
        QCOMPARE(state.runtime(1).error,
                 QStringLiteral("bad health document: workers_configured: must be a whole number from 0 to 10000"));
        // The counter moves: CPS follows.
        server.setBody(QStringLiteral("/a"), HealthServer::referenceDocument(16, 4, 200));
        QTRY_VERIFY_WITH_TIMEOUT(state.serverMetrics(0).cps > 0.0, 5000);
        poller.stop();
    }

    void fleetdeckctlStatus()
    {
        HealthServer server(true);
        QVERIFY(server.start());
        server.setBody(QStringLiteral("/uk-1"), HealthServer::referenceDocument(16, 6, 1000, QStringLiteral("uk-1")));
        server.setBody(QStringLiteral("/uk-2"), HealthServer::referenceDocument(20, 2, 5000, QStringLiteral("uk-2")));
        QTemporaryDir dir;
        const QString inventoryPath = dir.filePath(QStringLiteral("inventory.json"));
        auto writeInventory = [&](const QString& secondPath) {
            QFile f(inventoryPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral(
                        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}], \"servers\": ["
                        "{\"name\": \"uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\", \"health_url\": \"%1/uk-1\", \"tls\": {\"ca_file\": \"%2\"}},"
                        "{\"name\": \"uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\", \"health_url\": \"%1%3\", \"tls\": {\"ca_file\": \"%2\"}}]}")
                        .arg(server.baseUrl(), test::dataPath(QStringLiteral("tls/ca.pem")), secondPath)
                        .toUtf8());
        };
        writeInventory(QStringLiteral("/uk-2"));

        // The server must keep answering while the CLI runs: run it asynchronously.
        QProcess ctl;
        ctl.start(ctlPath(), {QStringLiteral("--inventory"), inventoryPath, QStringLiteral("--json"), QStringLiteral("--window"),
                              QStringLiteral("300"), QStringLiteral("status")});
        QTRY_COMPARE_WITH_TIMEOUT(ctl.state(), QProcess::NotRunning, 15000);
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        const QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 2);
        const QJsonObject uk1 = servers[0].toObject();
        QCOMPARE(uk1.value(QStringLiteral("name")).toString(), QStringLiteral("uk-1"));
        QCOMPARE(uk1.value(QStringLiteral("zone")).toString(), QStringLiteral("uk"));
        QCOMPARE(uk1.value(QStringLiteral("busy")).toInt(), 6);
        QCOMPARE(uk1.value(QStringLiteral("workers_configured")).toInt(), 16);
        QCOMPARE(uk1.value(QStringLiteral("utilization")).toDouble(), 0.375);
        QCOMPARE(uk1.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY(uk1.value(QStringLiteral("error")).isNull());
        QVERIFY(uk1.value(QStringLiteral("cps")).isDouble());
        QCOMPARE(root.value(QStringLiteral("fleet")).toObject().value(QStringLiteral("next_pick")).toString(), QStringLiteral("uk-2"));

        // One server broken: exit 1, the error on that server, the other still reported.
        writeInventory(QStringLiteral("/missing"));
        ctl.start(ctlPath(), {QStringLiteral("--inventory"), inventoryPath, QStringLiteral("--window"), QStringLiteral("0"),
                              QStringLiteral("status")});
        QTRY_COMPARE_WITH_TIMEOUT(ctl.state(), QProcess::NotRunning, 15000);
        QCOMPARE(ctl.exitCode(), 1);
        const QString table = QString::fromUtf8(ctl.readAllStandardOutput());
        QVERIFY2(table.contains(QStringLiteral("6/16")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("HTTP status 404")), qPrintable(table));
        QVERIFY(QString::fromUtf8(ctl.readAllStandardError()).contains(QStringLiteral("1 of 2 servers did not answer")));

        // A hostile inventory: exit 2, the path of the bad field, nothing polled.
        QFile f(inventoryPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}], \"servers\": [{\"name\": \"x\", \"host\": \"fleet-1; rm -rf /\", \"zone\": \"uk\"}]}");
        f.close();
        ctl.start(ctlPath(), {QStringLiteral("--inventory"), inventoryPath, QStringLiteral("status")});
        QVERIFY(ctl.waitForFinished(15000));
        QCOMPARE(ctl.exitCode(), 2);
        QVERIFY(QString::fromUtf8(ctl.readAllStandardError()).contains(QStringLiteral("servers[0].host: not a hostname or IP address")));
        ctl.start(ctlPath(), {QStringLiteral("--inventory"), inventoryPath, QStringLiteral("frobnicate")});
        QVERIFY(ctl.waitForFinished(15000));
        QCOMPARE(ctl.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHealthOverHttps)
#include "TestHealthOverHttps.moc"
