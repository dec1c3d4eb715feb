// The saved add-fleet plan (plan add-fleet --out / apply add-fleet --plan): the request
// and the hashes of every file it changes survive a round trip; a changed file, a
// file that appeared and a changed bridge list are named; malformed files are refused.
#include "config/ContentHash.h"
#include "onboarding/AddFleetPlanDocument.h"
#include "onboarding/AddFleetProposal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fleetdeck;

namespace {

AddFleetRequest request()
{
    AddFleetRequest r;
    r.name = QStringLiteral("spare-1");
    r.host = QStringLiteral("127.86.2.1");
    r.sshPort = 2222;
    r.workers = 6;
    r.envFile = QStringLiteral("/lab/spare-1/opt/voxcore/.env");
    r.lockFile = QStringLiteral("/lab/spare-1/run/fleetdeck.lock");
    r.verifyUrl = QStringLiteral("https://127.86.3.1:9443/attach");
    r.trustHostKey = QStringLiteral("SHA256:abc");
    return r;
}

AddFleetProposal proposal()
{
    AddFleetProposal p;
    p.fingerprint = QStringLiteral("SHA256:seen");
    p.files << AddFleetProposal::File{QStringLiteral("spare-1"),
                                      QStringLiteral("/etc/nginx/conf.d/voxcore.conf"),
                                      false,
                                      {},
                                      "upstream",
                                      {}};
    p.files << AddFleetProposal::File{QStringLiteral("spare-1"),
                                      QStringLiteral("/lab/spare-1/opt/voxcore/.env"),
                                      true,
                                      "VOXCORE_WORKERS=0\n",
                                      "VOXCORE_WORKERS=6\n",
                                      {}};
    p.ingress = QStringLiteral("ingress-1");
    p.haproxyConfig = QStringLiteral("/lab/ingress-1/etc/haproxy/haproxy.cfg");
    p.haproxyBefore = "backend voxcore_fleets\n";
    p.bridgeBefore = {QStringLiteral("https://127.86.1.1:8443")};
    p.bridgeAfter = p.bridgeBefore + QStringList{QStringLiteral("https://127.86.2.1:8443")};
    return p;
}

} // namespace

class TestAddFleetPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const auto doc =
            AddFleetPlanDocument::fromProposal(request(), proposal(), QStringLiteral("voxcore_fleet"));
        QCOMPARE(doc.files.size(), 3);
        QCOMPARE(doc.files.at(0).sha256, QByteArray("absent"));
        QCOMPARE(doc.files.at(1).sha256, ContentHash::sha256Hex("VOXCORE_WORKERS=0\n"));
        QCOMPARE(doc.files.at(2).host, QStringLiteral("ingress-1"));
        QCOMPARE(doc.files.at(2).sha256, ContentHash::sha256Hex("backend voxcore_fleets\n"));
        QCOMPARE(doc.hostKeySha256, QStringLiteral("SHA256:seen"));
        QString error;
        const auto back = AddFleetPlanDocument::fromJson(doc.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.files, doc.files);
        QCOMPARE(back.bridgeListSha256, doc.bridgeListSha256);
        QCOMPARE(back.request.name, QStringLiteral("spare-1"));
        QCOMPARE(back.request.sshPort, 2222);
        QCOMPARE(back.request.workers, 6);
        QCOMPARE(back.request.lockFile, request().lockFile);
        QCOMPARE(back.request.verifyUrl, request().verifyUrl);
        QCOMPARE(back.request.trustHostKey, QStringLiteral("SHA256:seen")); // what was reviewed
        QVERIFY(doc.changesSince(back).isEmpty());
    }

    void changesNameTheFile()
    {
        const auto saved =
            AddFleetPlanDocument::fromProposal(request(), proposal(), QStringLiteral("voxcore_fleet"));
        AddFleetProposal p = proposal();
        p.haproxyBefore += '#';   // one byte more on the ingress
        p.files[0].exists = true; // the upstream file appeared
        p.files[0].before = "upstream x {}\n";
        p.bridgeBefore << QStringLiteral("https://10.0.0.9:8443");
        const auto now = AddFleetPlanDocument::fromProposal(request(), p, QStringLiteral("voxcore_fleet"));
        const QStringList changes = saved.changesSince(now);
        QCOMPARE(changes.size(), 3);
        QVERIFY2(changes.at(0).startsWith(QStringLiteral("spare-1:/etc/nginx/conf.d/voxcore.conf changed")) &&
                     changes.at(0).contains(QStringLiteral("planned: absent")),
                 qPrintable(changes.at(0)));
        QVERIFY2(changes.at(1).startsWith(
                     QStringLiteral("ingress-1:/lab/ingress-1/etc/haproxy/haproxy.cfg changed")),
                 qPrintable(changes.at(1)));
        QVERIFY(changes.at(2).contains(QStringLiteral("voxcore_fleet")));
    }

    void partialReadSkipsWhatWasNotRead()
    {
        const auto saved =
            AddFleetPlanDocument::fromProposal(request(), proposal(), QStringLiteral("voxcore_fleet"));
        AddFleetProposal p = proposal();
        p.haproxyConfig.clear(); // the preflight stopped before the ingress
        p.bridgeAfter.clear();   // and the bridge
        const auto now = AddFleetPlanDocument::fromProposal(request(), p, QStringLiteral("voxcore_fleet"));
        QVERIFY(saved.changesSince(now, true).isEmpty());
        QCOMPARE(saved.changesSince(now).size(), 2); // not read = not the same
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("edit");
        QTest::newRow("format") << QByteArray("format");
        QTest::newRow("relative path") << QByteArray("path");
        QTest::newRow("bad hash") << QByteArray("hash");
        QTest::newRow("no host") << QByteArray("host");
        QTest::newRow("workers string") << QByteArray("workers");
        QTest::newRow("no files") << QByteArray("files");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, edit);
        const auto doc =
            AddFleetPlanDocument::fromProposal(request(), proposal(), QStringLiteral("voxcore_fleet"));
        QJsonObject root = QJsonDocument::fromJson(doc.toJson()).object();
        QJsonObject req = root.value(QStringLiteral("request")).toObject();
        QJsonArray files = root.value(QStringLiteral("files")).toArray();
        QJsonObject first = files.at(0).toObject();
        if (edit == "format")
            root.insert(QStringLiteral("fleetdeck_add_fleet_plan"), 2);
        if (edit == "path")
            first.insert(QStringLiteral("path"), QStringLiteral("etc/x"));
        if (edit == "hash")
            first.insert(QStringLiteral("sha256"), QStringLiteral("abc"));
        if (edit == "host")
            req.insert(QStringLiteral("host"), QString());
        if (edit == "workers")
            req.insert(QStringLiteral("workers"), QStringLiteral("6"));
        files.replace(0, first);
        if (edit == "files")
            files = {};
        root.insert(QStringLiteral("request"), req);
        root.insert(QStringLiteral("files"), files);
        QString error;
        AddFleetPlanDocument::fromJson(QJsonDocument(root).toJson(), &error);
        QVERIFY2(!error.isEmpty(), edit.constData());
    }
};

QTEST_GUILESS_MAIN(TestAddFleetPlanDocument)
#include "TestAddFleetPlanDocument.moc"
