// The pure parts of adding a fleet (models/onboarding): request validation and the
// server entry it becomes, preflight verdicts, the files written on the new host,
// the bridge list change, URL derivation, the admin socket parse and the inventory
// snippet (which must load back through the real inventory parser).
#include "fleet/InventoryParser.h"
#include "onboarding/AddFleetPlanner.h"
#include "onboarding/AddFleetProposal.h"
#include "onboarding/AddFleetRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fleetdeck;

namespace {

QByteArray exampleJson()
{
    QFile f(QStringLiteral(FLEETDECK_SOURCE_DIR "/resources/inventory.example.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Inventory example()
{
    const auto r = InventoryParser::parse(exampleJson());
    if (!r.ok())
        qFatal("example inventory: %s", qPrintable(r.errorText()));
    return *r.inventory;
}

AddFleetRequest request()
{
    AddFleetRequest r;
    r.name = QStringLiteral("fleet-uk-3");
    r.host = QStringLiteral("10.40.1.13");
    r.zone = QStringLiteral("uk");
    return r;
}

PreflightFacts goodFacts()
{
    PreflightFacts f;
    f.meminfo = "MemTotal:        8152340 kB\nMemFree:         7000000 kB\n";
    f.nginxExit = 0;
    f.nginxVersion = "nginx version: nginx/1.22.1\n";
    f.unitExit = 0;
    f.unitText = "# /etc/systemd/system/voxcore@.service\n[Unit]\n";
    f.envExists = true;
    f.envText = "VOXCORE_WORKERS=0\n";
    f.dfExit = 0;
    f.dfText = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
               "/dev/sda1         41152736 12345678  26694312      32% /\n";
    f.bridgeTokenSet = true;
    f.bridgeTokenEnv = QStringLiteral("VOXBRIDGE_TOKEN");
    return f;
}

const PreflightCheck* check(const QList<PreflightCheck>& checks, const QString& id)
{
    for (const PreflightCheck& c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestOnboardingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void requestValidation()
    {
        const Inventory inv = example();
        QVERIFY2(request().validate(inv).isEmpty(), qPrintable(request().validate(inv).join('\n')));

        AddFleetRequest r = request();
        r.name = QStringLiteral("fleet-1; rm -rf /");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("name:")));
        r = request();
        r.name = QStringLiteral("fleet-uk-1");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("already in the inventory")));
        r = request();
        r.host = QStringLiteral("10.40.2.12"); // fleet-us-east-2
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("host: 10.40.2.12 is already")));
        r = request();
        r.host = QStringLiteral("$(reboot)");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("host:")));
        r = request();
        r.envFile = QStringLiteral("/opt/voxcore/.env\nrm -rf /");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("service.env_file")));
        r = request();
        r.zone = QStringLiteral("mars");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("zone:")));
        r = request();
        r.workers = 0;
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("workers")));
        r = request();
        r.trustHostKey = QStringLiteral("MD5:aa:bb");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("trust_host_key")));
        r = request();
        r.socketPath = QStringLiteral("/run/voxcore.sock");
        QVERIFY(r.validate(inv).join('\n').contains(QStringLiteral("{n}")));
    }

    void serverSpecFromRequest()
    {
        const Inventory inv = example();
        AddFleetRequest r = request();
        ServerSpec s = r.toServerSpec(inv);
        QCOMPARE(s.name, QStringLiteral("fleet-uk-3"));
        QCOMPARE(s.healthUrl.toString(), QStringLiteral("https://10.40.1.13/health/fleet"));
        QCOMPARE(s.service.unitFor(3), QStringLiteral("voxcore@3"));
        QCOMPARE(s.service.socketFor(3), QStringLiteral("/tmp/voxcore_3.sock"));
        QCOMPARE(s.service.envFile, QStringLiteral("/opt/voxcore/.env"));
        QCOMPARE(s.service.nginxConfig, QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));
        QCOMPARE(s.ssh.port, inv.servers.first().ssh.port); // inherited
        r.sshPort = 2222;
        r.sshUser = QStringLiteral("deploy");
        r.service = QStringLiteral("cxbcore");
        r.envFile = QStringLiteral("/srv/lab/opt/cxbcore/.env");
        r.healthUrl = QStringLiteral("https://10.40.1.13:8443/health/fleet");
        r.ingressAddress = QStringLiteral("192.168.7.13");
        s = r.toServerSpec(inv);
        QCOMPARE(s.ssh.port, 2222);
        QCOMPARE(s.ssh.user, QStringLiteral("deploy"));
        QCOMPARE(s.service.unitFor(1), QStringLiteral("cxbcore@1"));
        QCOMPARE(s.service.envVar, QStringLiteral("CXBCORE_WORKERS"));
        QCOMPARE(s.service.envFile, QStringLiteral("/srv/lab/opt/cxbcore/.env"));
        QCOMPARE(s.service.upstream, QStringLiteral("cxbcore_workers"));
        QCOMPARE(r.effectiveIngressAddress(), QStringLiteral("192.168.7.13"));
    }

    void preflightAllGood()
    {
        const ServerSpec spec = request().toServerSpec(example());
        const auto checks = AddFleetPlanner::preflight(goodFacts(), spec, 16);
        bool refused = true;
        QVERIFY(AddFleetPlanner::passed(checks, &refused));
        QVERIFY(!refused);
        QVERIFY(check(checks, "memory")->detail.contains(QStringLiteral("the safe count is 16")));
        QCOMPARE(check(checks, "nginx")->detail, QStringLiteral("nginx 1.22.1"));
        QVERIFY(check(checks, "disk")->detail.contains(QStringLiteral("MB free")));
        for (const PreflightCheck& c : checks)
            QVERIFY2(c.fix.isEmpty(), qPrintable(c.id));
    }

    void preflightFailures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("refusal");
        QTest::addColumn<QString>("fixContains");
        QTest::newRow("over budget") << "memory" << true << "--workers 16";
        QTest::newRow("less RAM than said") << "memory" << true << "--ram-mb 3";
        QTest::newRow("no nginx") << "nginx" << false << "install nginx";
        QTest::newRow("no unit template") << "unit" << false << "voxcore@.service";
        QTest::newRow("no .env") << "env" << false << "/opt/voxcore";
        QTest::newRow("disk full") << "disk" << false << "free at least";
        QTest::newRow("upstream already there") << "nginx-files" << false << "add-workers";
        QTest::newRow("workers running") << "workers" << false << "systemctl stop";
        QTest::newRow("no token") << "bridge-token" << false << "export VOXBRIDGE_TOKEN";
    }

    void preflightFailures()
    {
        QFETCH(QString, id);
        QFETCH(bool, refusal);
        QFETCH(QString, fixContains);
        const ServerSpec spec = request().toServerSpec(example());
        PreflightFacts f = goodFacts();
        int workers = 16;
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == QLatin1String("over budget"))
            workers = 20;
        else if (row == QLatin1String("less RAM than said"))
            f.meminfo = "MemTotal:        4000000 kB\n";
        else if (id == QLatin1String("nginx"))
            f.nginxExit = 127, f.nginxVersion = "sh: 1: nginx: not found\n";
        else if (id == QLatin1String("unit"))
            f.unitExit = 1, f.unitText = "No files found for voxcore@.service.\n";
        else if (id == QLatin1String("env"))
            f.envExists = false;
        else if (id == QLatin1String("disk"))
            f.dfText.replace("26694312", "1000");
        else if (id == QLatin1String("nginx-files"))
            f.nginxConfigExists = true, f.nginxConfigText = "upstream voxcore_workers { }\n";
        else if (id == QLatin1String("workers"))
            f.runningUnits = "voxcore@1.service loaded active running VoxCore worker 1\n";
        else if (id == QLatin1String("bridge-token"))
            f.bridgeTokenSet = false;
        const auto checks = AddFleetPlanner::preflight(f, spec, workers);
        const PreflightCheck* c = check(checks, id);
        QVERIFY(c);
        QVERIFY2(!c->ok, qPrintable(c->detail));
        QCOMPARE(c->refusal, refusal);
        QVERIFY2(c->fix.contains(fixContains), qPrintable(c->fix));
        bool refused = false;
        QVERIFY(!AddFleetPlanner::passed(checks, &refused));
        QCOMPARE(refused, refusal);
        int failing = 0;
        for (const PreflightCheck& other : checks)
            failing += other.ok ? 0 : 1;
        QCOMPARE(failing, 1); // only the broken fact fails
    }

    void parsers()
    {
        QCOMPARE(AddFleetPlanner::memTotalMb("MemTotal:        8152340 kB\n"), 7961);
        QCOMPARE(AddFleetPlanner::memTotalMb("garbage"), -1);
        QCOMPARE(AddFleetPlanner::nginxVersion("nginx version: nginx/1.22.1\n"), QStringLiteral("1.22.1"));
        QCOMPARE(AddFleetPlanner::nginxVersion("nginx version: openresty/1.21.4.1\n"),
                 QStringLiteral("1.21.4.1"));
        QCOMPARE(AddFleetPlanner::nginxVersion(""), QString());
        QCOMPARE(AddFleetPlanner::dfAvailableKb(goodFacts().dfText), 26694312);
        QCOMPARE(AddFleetPlanner::dfAvailableKb("df: /nope: No such file or directory\n"), -1);
        QCOMPARE(AddFleetPlanner::runningUnits(
                     "voxcore@1.service loaded active running x\nvoxcore@2.service loaded "
                     "active running y\n"),
                 (QStringList{QStringLiteral("voxcore@1.service"), QStringLiteral("voxcore@2.service")}));
    }

    void generatedFiles()
    {
        ServerSpec spec = request().toServerSpec(example());
        const auto upstream = AddFleetPlanner::upstreamFile(spec, 4);
        QVERIFY(upstream.ok());
        const QByteArray u = upstream.value();
        QVERIFY(u.startsWith("upstream voxcore_workers {"));
        QVERIFY(u.contains("zone "));
        QVERIFY(u.contains("least_conn;"));
        QCOMPARE(u.count("max_conns=1 fail_timeout=10;"), 4);
        QVERIFY(u.contains("server unix:/tmp/voxcore_4.sock max_conns=1 fail_timeout=10;"));
        QVERIFY(!u.contains("voxcore_5.sock"));
        const auto routes = AddFleetPlanner::routesFile(spec);
        QVERIFY(routes.ok());
        for (const char* path : {"/attach", "/livekit/dialout", "/livekit/widget"})
            QVERIFY2(routes.value().contains(path), path);
        QVERIFY(routes.value().contains("http_429"));
        QVERIFY(routes.value().contains("voxcore_workers"));

        spec.service.socketPath = QStringLiteral("/srv/lab/run/voxcore_{n}.sock");
        QVERIFY(AddFleetPlanner::upstreamFile(spec, 2).value().contains("unix:/srv/lab/run/voxcore_2.sock"));
        spec.service.socketPath = QStringLiteral("/no/placeholder.sock");
        QVERIFY(!AddFleetPlanner::upstreamFile(spec, 2).ok());
    }

    void baseUrl()
    {
        QCOMPARE(AddFleetPlanner::baseUrl(QUrl(QStringLiteral("https://127.86.2.1:8443/health/fleet"))),
                 QStringLiteral("https://127.86.2.1:8443"));
        QCOMPARE(
            AddFleetPlanner::baseUrl(QUrl(QStringLiteral("https://fleet-uk-3.example.net/health/fleet"))),
            QStringLiteral("https://fleet-uk-3.example.net"));
        QCOMPARE(AddFleetPlanner::baseUrl(QUrl(QStringLiteral("https://h.example:443/x"))),
                 QStringLiteral("https://h.example"));
        QCOMPARE(AddFleetPlanner::baseUrl(QUrl(QStringLiteral("http://h.example:80/health/fleet"))),
                 QStringLiteral("http://h.example"));
        QCOMPARE(AddFleetPlanner::baseUrl(QUrl(QStringLiteral("http://h.example:8080/health/fleet?x=1"))),
                 QStringLiteral("http://h.example:8080"));
    }

    void bridgeList()
    {
        const QStringList before{QStringLiteral("https://127.86.1.1:8443"),
                                 QStringLiteral("https://127.86.1.2:8443/")};
        const QStringList after =
            AddFleetPlanner::bridgeListAfter(before, QStringLiteral("https://127.86.2.1:8443"));
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.last(), QStringLiteral("https://127.86.2.1:8443"));
        // already there (trailing slash ignored): unchanged, empty diff
        QCOMPARE(AddFleetPlanner::bridgeListAfter(before, QStringLiteral("https://127.86.1.2:8443")), before);
        QVERIFY(AddFleetPlanner::bridgeListDiff(before, before, QStringLiteral("bridge")).isEmpty());
        const QByteArray diff =
            AddFleetPlanner::bridgeListDiff(before, after, QStringLiteral("bridge:voxcore_fleet"));
        QVERIFY(diff.startsWith("--- bridge:voxcore_fleet\n+++ bridge:voxcore_fleet (proposed)\n"));
        QVERIFY(diff.contains("\n+https://127.86.2.1:8443\n"));
        QVERIFY(diff.contains("\n https://127.86.1.1:8443\n"));
        QCOMPARE(diff.count("\n-"), 0);
        // empty list: diff against empty
        QVERIFY(AddFleetPlanner::bridgeListDiff({}, {QStringLiteral("https://a")}, QStringLiteral("b"))
                    .contains("@@ -0,0 +1 @@\n+https://a\n"));
    }

    void haproxyServerState()
    {
        const QByteArray out =
            "1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state\n"
            "3 voxcore_fleets 1 fleet-uk-1 127.86.1.1 2 0 1 1 300 15 3 4 6 0 0 0 - 8443 -\n"
            "3 voxcore_fleets 3 spare-1 127.86.2.1 0 0 1 1 3 7 2 0 6 0 0 0 - 8443 -\n";
        QCOMPARE(AddFleetPlanner::haproxyOpState(out, QStringLiteral("voxcore_fleets"),
                                                 QStringLiteral("fleet-uk-1")),
                 2);
        QCOMPARE(
            AddFleetPlanner::haproxyOpState(out, QStringLiteral("voxcore_fleets"), QStringLiteral("spare-1")),
            0);
        QCOMPARE(AddFleetPlanner::haproxyOpState(out, QStringLiteral("other"), QStringLiteral("spare-1")),
                 -1);
        QCOMPARE(
            AddFleetPlanner::haproxyOpState(out, QStringLiteral("voxcore_fleets"), QStringLiteral("nope")),
            -1);
    }

    void inventorySnippetLoadsBack()
    {
        const Inventory inv = example();
        AddFleetRequest r = request();
        r.envFile = QStringLiteral("/srv/spare/opt/voxcore/.env");
        r.healthUrl = QStringLiteral("https://10.40.1.13:8443/health/fleet");
        const ServerSpec spec = r.toServerSpec(inv);
        const QByteArray snippet = AddFleetPlanner::inventorySnippet(spec);
        const QJsonObject entry = QJsonDocument::fromJson(snippet).object();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("fleet-uk-3"));
        QCOMPARE(
            entry.value(QStringLiteral("service")).toObject().value(QStringLiteral("env_file")).toString(),
            QStringLiteral("/srv/spare/opt/voxcore/.env"));
        QVERIFY(!entry.value(QStringLiteral("service"))
                     .toObject()
                     .contains(QStringLiteral("nginx_config"))); // default
        QJsonObject doc = QJsonDocument::fromJson(exampleJson()).object();
        QJsonArray servers = doc.value(QStringLiteral("servers")).toArray();
        servers.append(entry);
        doc.insert(QStringLiteral("servers"), servers);
        const auto parsed = InventoryParser::parse(QJsonDocument(doc).toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        const ServerSpec* loaded = parsed.inventory->server(QStringLiteral("fleet-uk-3"));
        QVERIFY(loaded);
        QCOMPARE(loaded->service.envFile, spec.service.envFile);
        QCOMPARE(loaded->healthUrl, spec.healthUrl);
        QCOMPARE(loaded->ramMb, spec.ramMb);
    }

    void proposalText()
    {
        AddFleetProposal p;
        p.server = QStringLiteral("spare-1");
        p.host = QStringLiteral("127.86.2.1");
        p.fingerprint = QStringLiteral("SHA256:abc");
        p.checks << PreflightCheck{QStringLiteral("nginx"),     QStringLiteral("nginx installed"), false,
                                   QStringLiteral("not found"), QStringLiteral("install nginx"),   false};
        p.addFleetCommand = QStringLiteral("add-fleet.sh 127.86.2.1 spare-1");
        p.addFleetLine = "    server spare-1 127.86.2.1:8443 check";
        p.baseUrl = QStringLiteral("https://127.86.2.1:8443");
        p.bridgeDiff = "--- a\n+++ a (proposed)\n@@ -0,0 +1 @@\n+https://127.86.2.1:8443\n";
        p.warnings << QStringLiteral("plan a second ingress");
        const QString t = p.text();
        QVERIFY(t.contains(QStringLiteral("✗ nginx installed: not found")));
        QVERIFY(t.contains(QStringLiteral("fix: install nginx")));
        QVERIFY(t.contains(QStringLiteral("add-fleet.sh 127.86.2.1 spare-1")));
        QVERIFY(t.contains(QStringLiteral("+https://127.86.2.1:8443")));
        QVERIFY(t.contains(QStringLiteral("Warning: plan a second ingress")));
        QVERIFY(t.contains(QStringLiteral("SHA256:abc (NOT trusted)")));
    }
};

QTEST_GUILESS_MAIN(TestOnboardingPlanner)
#include "TestOnboardingPlanner.moc"
