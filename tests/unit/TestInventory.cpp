#include "TestPaths.h"
#include "fleet/InputValidation.h"
#include "fleet/InventoryParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fleetdeck;

class TestInventory : public QObject
{
    Q_OBJECT

private:
    static QJsonObject minimal()
    {
        return QJsonDocument::fromJson("{\"fleetdeck_inventory\": 1,"
            "            \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"}],"
            "            \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"fleet-uk-1.example.net\", \"zone\": \"uk\"}]}")
            .object();
    }

    static InventoryParseResult parse(const QJsonObject& o)
    {
        return InventoryParser::parse(QJsonDocument(o).toJson());
    }

    /// Replaces servers[0].<key> with value and expects exactly one error at that path.
    static QString serverFieldError(const QString& key, const QJsonValue& value)
    {
        QJsonObject o = minimal();
        QJsonArray servers = o.value(QStringLiteral("servers")).toArray();
        QJsonObject s = servers[0].toObject();
        s.insert(key, value);
        servers[0] = s;
        o.insert(QStringLiteral("servers"), servers);
        const auto r = parse(o);
        if (r.ok() || r.errors.size() != 1)
            return QStringLiteral("<%1 errors>").arg(r.errors.size());
        return r.errors.first().toString();
    }

private Q_SLOTS:
    void exampleLoadsWithDerivedNames()
    {
        const auto r = InventoryParser::load(test::dataPath(QStringLiteral("inventory/example.json")));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Inventory& inv = *r.inventory;
        QCOMPARE(inv.zones.size(), 2);
        QCOMPARE(inv.servers.size(), 4);
        QCOMPARE(inv.ingresses.size(), 1);
        const ServerSpec* uk1 = inv.server(QStringLiteral("fleet-uk-1"));
        QVERIFY(uk1);
        QCOMPARE(uk1->ssh.user, QStringLiteral("deploy"));
        QVERIFY(uk1->ssh.useSudo());
        QCOMPARE(uk1->healthUrl.toString(), QStringLiteral("https://fleet-uk-1.voice.example.net/health/fleet"));
        QCOMPARE(uk1->service.unitFor(17), QStringLiteral("voxcore@17"));
        QCOMPARE(uk1->service.socketFor(17), QStringLiteral("/tmp/voxcore_17.sock"));
        QCOMPARE(uk1->service.upstream, QStringLiteral("voxcore_workers"));
        QCOMPARE(uk1->service.envVar, QStringLiteral("VOXCORE_WORKERS"));
        QCOMPARE(uk1->service.envFile, QStringLiteral("/opt/voxcore/.env"));
        QCOMPARE(uk1->service.nginxConfig, QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));
        QCOMPARE(uk1->safeWorkerCount(), 16); // the seed: 16 workers on 8 GB
        QVERIFY(uk1->fitsMemoryBudget(16));
        QVERIFY(!uk1->fitsMemoryBudget(17));
        QCOMPARE(uk1->tls.caFile, QStringLiteral("/etc/fleetdeck/fleet-ca.pem"));
        const ServerSpec* use2 = inv.server(QStringLiteral("fleet-us-east-2"));
        QCOMPARE(use2->ssh.port, 2202);
        QCOMPARE(use2->ssh.user, QStringLiteral("root"));
        QVERIFY(!use2->ssh.useSudo());
        QVERIFY(use2->ssh.identityFiles.first().endsWith(QStringLiteral("/.ssh/fleet_ed25519")));
        QVERIFY(!use2->ssh.identityFiles.first().startsWith(QLatin1Char('~')));
        QCOMPARE(use2->service.socketFor(3), QStringLiteral("/run/voxcore/worker_3.sock"));
        QCOMPARE(use2->tls.pinnedSha256.size(), 64);
        QCOMPARE(inv.server(QStringLiteral("fleet-us-east-1"))->ramMb, 16384);
        QVERIFY(uk1->lockFile.isEmpty()); // the SSH layer's default
        QCOMPARE(inv.ingresses.first().backend, QStringLiteral("voxcore_fleets"));
        QCOMPARE(inv.bridge.fleetKey, QStringLiteral("voxcore_fleet"));
        QCOMPARE(inv.serversInZone(QStringLiteral("uk")).size(), 2);
    }

    void shippedExampleMatchesFixture()
    {
        QFile shipped(QStringLiteral(FLEETDECK_SOURCE_DIR "/resources/inventory.example.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const auto r = InventoryParser::parse(shipped.readAll());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
    }

    void ingressLockFile()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("ingresses"),
                 QJsonDocument::fromJson("[{\"name\": \"ingress-1\", \"host\": \"wss.example.net\","
                                         " \"lock_file\": \"/srv/ingress/run/fleetdeck.lock\"}]")
                     .array());
        auto r = parse(o);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.inventory->ingresses.first().lockFile, QStringLiteral("/srv/ingress/run/fleetdeck.lock"));
        o.insert(QStringLiteral("ingresses"),
                 QJsonDocument::fromJson("[{\"name\": \"ingress-1\", \"host\": \"wss.example.net\","
                                         " \"lock_file\": \"run/x.lock\"}]")
                     .array());
        r = parse(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(QStringLiteral("ingresses[0].lock_file: not an absolute path")),
                 qPrintable(r.errorText()));
    }

    void cxbcoreDerivesEveryName()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("defaults"), QJsonDocument::fromJson("{\"service\": {\"name\": \"cxbcore\"}}").object());
        const auto r = parse(o);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const auto& s = r.inventory->servers.first().service;
        QCOMPARE(s.unitFor(1), QStringLiteral("cxbcore@1"));
        QCOMPARE(s.socketFor(20), QStringLiteral("/tmp/cxbcore_20.sock"));
        QCOMPARE(s.upstream, QStringLiteral("cxbcore_workers"));
        QCOMPARE(s.envVar, QStringLiteral("CXBCORE_WORKERS"));
    }

    void hostileValuesRejectedWithPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shell in host") << "host" << QJsonValue(QStringLiteral("fleet-1; rm -rf /"))
                                       << "servers[0].host: not a hostname or IP address";
        QTest::newRow("subshell host") << "host" << QJsonValue(QStringLiteral("$(id).example.net"))
                                       << "servers[0].host: not a hostname or IP address";
        QTest::newRow("space host") << "host" << QJsonValue(QStringLiteral("a b")) << "servers[0].host: not a hostname or IP address";
        QTest::newRow("bad ip") << "host" << QJsonValue(QStringLiteral("300.1.1.1")) << "servers[0].host: not a hostname or IP address";
        QTest::newRow("host number") << "host" << QJsonValue(42) << "servers[0].host: must be a string";
        QTest::newRow("upper name") << "name" << QJsonValue(QStringLiteral("Fleet_1"))
                                    << "servers[0].name: not a valid name (lower-case letters, digits and '-', up to 63 characters)";
        QTest::newRow("negative ram") << "ram_mb" << QJsonValue(-8) << "servers[0].ram_mb: must be between 256 and 16777216 (got -8)";
        QTest::newRow("fraction") << "worker_idle_mb" << QJsonValue(1.5) << "servers[0].worker_idle_mb: must be a whole number";
        QTest::newRow("string count") << "ram_mb" << QJsonValue(QStringLiteral("8192")) << "servers[0].ram_mb: must be a whole number";
        QTest::newRow("typo") << "hots" << QJsonValue(QStringLiteral("x")) << "servers[0].hots: unknown field";
        QTest::newRow("bad url") << "health_url" << QJsonValue(QStringLiteral("ftp://x/health"))
                                 << "servers[0].health_url: URL scheme must be http or https";
        QTest::newRow("url userinfo") << "health_url" << QJsonValue(QStringLiteral("https://u:p@x/health"))
                                      << "servers[0].health_url: URL must not contain user info";
        QTest::newRow("lock file newline") << "lock_file" << QJsonValue(QStringLiteral("/run/lock/x\nreboot"))
                                           << "servers[0].lock_file: path contains a control character (newline, tab, …)";
        QTest::newRow("unknown zone") << "zone" << QJsonValue(QStringLiteral("mars")) << "servers[0].zone: no zone with id \"mars\"";
    }

    void hostileValuesRejectedWithPath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(serverFieldError(key, value), expected);
    }

    void hostileServiceFields_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newline path") << "{\"env_file\": \"/opt/voxcore/.env\\nrm -rf /\"}"
                                      << "servers[0].service.env_file: path contains a control character (newline, tab, …)";
        QTest::newRow("relative path") << "{\"nginx_config\": \"etc/nginx.conf\"}"
                                       << "servers[0].service.nginx_config: not an absolute path";
        QTest::newRow("dotdot") << "{\"env_file\": \"/opt/../etc/shadow\"}"
                                << "servers[0].service.env_file: path contains a '..' component";
        QTest::newRow("quote") << "{\"env_file\": \"/opt/x'y\"}"
                               << "servers[0].service.env_file: path may only contain A-Z a-z 0-9 . _ / @ + -";
        QTest::newRow("no placeholder") << "{\"socket_path\": \"/tmp/voxcore.sock\"}"
                                        << "servers[0].service.socket_path: must contain the worker number placeholder {n} exactly once";
        QTest::newRow("service name") << "{\"name\": \"vox core\"}"
                                      << "servers[0].service.name: not a valid service name ([a-z][a-z0-9_-]{0,31})";
        QTest::newRow("env var") << "{\"env_var\": \"X;Y\"}" << "servers[0].service.env_var: not a valid environment variable name";
        QTest::newRow("unit") << "{\"unit_template\": \"voxcore@{n}; reboot\"}" << "servers[0].service.unit_template: must look like name@{n}";
    }

    void hostileServiceFields()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QCOMPARE(serverFieldError(QStringLiteral("service"), QJsonDocument::fromJson(json.toUtf8()).object()), expected);
    }

    void everyErrorReportedAndNothingLoaded()
    {
        const QByteArray json = "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}],"
            "            \"servers\": [{\"name\": \"a\", \"host\": \"ok.example\", \"zone\": \"uk\"},"
            "                        {\"name\": \"a\", \"host\": \"bad host\", \"zone\": \"uk\"},"
            "                        {\"host\": \"x.example\", \"zone\": \"uk\", \"ssh\": {\"port\": 70000, \"become\": \"su\"}}]}";
        const auto r = InventoryParser::parse(json);
        QVERIFY(!r.ok());
        const QString text = r.errorText();
        QVERIFY2(text.contains(QStringLiteral("servers[1].host: not a hostname or IP address")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("servers[1].name: duplicate name \"a\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("servers[2].name: required field is missing")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("servers[2].ssh.port: must be between 1 and 65535 (got 70000)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("servers[2].ssh.become: must be \"sudo\" or \"none\"")), qPrintable(text));
        QCOMPARE(r.errors.size(), 5);
    }

    void structuralErrors()
    {
        QCOMPARE(InventoryParser::parse("[1,2]").errorText(), QStringLiteral("the top level must be a JSON object"));
        QVERIFY(InventoryParser::parse("{not json").errorText().startsWith(QStringLiteral("not valid JSON at offset")));
        QCOMPARE(InventoryParser::parse("{\"zones\": [], \"servers\": []}").errorText(),
                 QStringLiteral("fleetdeck_inventory: required field is missing (must be 1)"));
        QCOMPARE(InventoryParser::parse("{\"fleetdeck_inventory\": 2, \"zones\": [], \"servers\": []}").errorText(),
                 QStringLiteral("fleetdeck_inventory: must be between 1 and 1 (got 2)"));
        QCOMPARE(InventoryParser::parse("{\"fleetdeck_inventory\": 1, \"zones\": [], \"servers\": {}}").errorText(),
                 QStringLiteral("servers: must be an array"));
        QCOMPARE(InventoryParser::parse("{\"fleetdeck_inventory\": 1, \"zones\": [], \"servers\": [3]}").errorText(),
                 QStringLiteral("servers[0]: must be an object"));
        QVERIFY(InventoryParser::load(QStringLiteral("/nonexistent/inventory.json")).errorText().startsWith(QStringLiteral("cannot read")));
    }

    void bridgeAndIngressValidated()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("bridge"), QJsonDocument::fromJson("{\"settings_url\": \"https://b.example/api/settings\", \"token_env\": \"lower\"}").object());
        o.insert(QStringLiteral("ingresses"), QJsonDocument::fromJson("[{\"name\": \"in-1\", \"host\": \"in.example\", \"add_fleet_script\": \"/usr/local/bin/add fleet.sh\"}]").array());
        const auto r = parse(o);
        QCOMPARE(r.errors.size(), 2);
        QVERIFY2(r.errorText().contains(QStringLiteral("bridge.token_env: not a valid environment variable name")), qPrintable(r.errorText()));
        QVERIFY2(r.errorText().contains(QStringLiteral("ingresses[0].add_fleet_script: path may only contain")), qPrintable(r.errorText()));
    }

    void validationHelpers()
    {
        QVERIFY(InputValidation::isHost(QStringLiteral("127.0.10.1")));
        QVERIFY(InputValidation::isHost(QStringLiteral("::1")));
        QVERIFY(InputValidation::isHost(QStringLiteral("fleet-uk-1.example.net")));
        QVERIFY(!InputValidation::isHost(QStringLiteral("-lead.example")));
        QVERIFY(!InputValidation::isHost(QStringLiteral("a..b")));
        QVERIFY(!InputValidation::isHost(QStringLiteral("1.2.3")));
        QVERIFY(!InputValidation::isHost(QString(254, QLatin1Char('a'))));
        QVERIFY(!InputValidation::isHost(QStringLiteral("host\n")));
        QVERIFY(!InputValidation::isHost(QStringLiteral("-oProxyCommand=x")));
        // PCRE's $ matches before a final newline: every check must anchor at the true end.
        QVERIFY(!InputValidation::isName(QStringLiteral("fleet-1\n")));
        QVERIFY(!InputValidation::isServiceName(QStringLiteral("voxcore\n")));
        QVERIFY(!InputValidation::isEnvVarName(QStringLiteral("VOXCORE_WORKERS\n")));
        QVERIFY(!InputValidation::isUserName(QStringLiteral("root\n")));
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "TestInventory.moc"
