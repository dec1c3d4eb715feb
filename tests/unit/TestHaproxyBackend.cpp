#include "TestPaths.h"
#include "config/AddFleetPreview.h"
#include "config/HaproxyBackend.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdeck;

namespace {

using test::readData;

HaproxyBackend parseOk(const QByteArray& text, const QString& name = QStringLiteral("voxcore_fleets"))
{
    auto b = HaproxyBackend::parse(text, name, "/etc/haproxy/haproxy.cfg");
    if (!b.ok())
        qFatal("parse failed: %s", qPrintable(b.error().message));
    return b.value();
}

/// The edit of tests/lab/scripts/add-fleet.sh (its two awk programs), run for real.
QByteArray scriptEdit(const QByteArray& cfg, const QByteArray& name, const QByteArray& host)
{
    QTemporaryDir dir;
    QFile f(dir.filePath("haproxy.cfg"));
    if (!f.open(QIODevice::WriteOnly) || f.write(cfg) != cfg.size())
        return {};
    f.close();
    const QString script = QStringLiteral(R"SH(
set -eu
CFG=$1; BACKEND=voxcore_fleets; NAME=$2; HOST=$3
servers=$(awk -v b="$BACKEND" '
    /^[ \t]*(backend|frontend|listen|defaults|global)([ \t]|$)/ { inb = ($1 == "backend" && $2 == b) }
    inb && $1 == "server" { print NR "\t" $2 "\t" $3 }' "$CFG")
last=$(tail -n 1 <<<"$servers")
lastno=${last%%$'\t'*}
lastline=$(sed -n "${lastno}p" "$CFG")
oldaddr=$(cut -f3 <<<"$last")
port=
[[ $oldaddr == *:* ]] && port=:${oldaddr##*:}
newline=$(awk -v n="$NAME" -v a="$HOST$port" '{
    match($0, /^[ \t]*/); ind = substr($0, 1, RLENGTH)
    $2 = n; $3 = a; print ind $0 }' <<<"$lastline")
awk -v no="$lastno" -v line="$newline" '{ print } NR == no { print line }' "$CFG"
)SH");
    QProcess p;
    p.start("bash",
            {"-c", script, "add-fleet", f.fileName(), QString::fromUtf8(name), QString::fromUtf8(host)});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestHaproxyBackend : public QObject
{
    Q_OBJECT

private slots:
    void parsesBackend()
    {
        const HaproxyBackend b = parseOk(readData("config/haproxy.cfg"));
        QCOMPARE(b.line(), 17);
        QCOMPARE(b.fleetCount(), 2); // the commented-out fleet9 does not count
        const HaproxyServerEntry& s = b.servers().front();
        QCOMPARE(s.name, QByteArray("fleet1"));
        QCOMPARE(s.address, QByteArray("fleet-uk-1.example.net:443"));
        QCOMPARE(s.host, QByteArray("fleet-uk-1.example.net"));
        QCOMPARE(s.port, QByteArray("443"));
        QCOMPARE(s.parameters.mid(0, 3), QList<QByteArray>({"ssl", "verify", "required"}));
        QCOMPARE(s.line, 21);
        QVERIFY(!b.singlePointOfFailureAdvisory());
        const HaproxyBackend stats = parseOk(readData("config/haproxy.cfg"), "stats_backend");
        QCOMPARE(stats.fleetCount(), 1);
        QCOMPARE(stats.servers().front().host, QByteArray("127.0.0.1"));
    }

    void errors()
    {
        const QByteArray cfg = readData("config/haproxy.cfg");
        auto missing = HaproxyBackend::parse(cfg, "cxbcore_fleets", "/etc/haproxy/haproxy.cfg");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ConfigError::Kind::NotFound);
        QCOMPARE(missing.error().message,
                 QStringLiteral("backend \"cxbcore_fleets\" not found in /etc/haproxy/haproxy.cfg"));
        auto dup =
            HaproxyBackend::parse(cfg + "backend voxcore_fleets\n    server x y:1\n", "voxcore_fleets");
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ConfigError::Kind::Duplicate);
        auto bad = HaproxyBackend::parse("backend voxcore_fleets\n  server lonely\n", "voxcore_fleets");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, 2);
    }

    void wordsHonourQuotesAndComments()
    {
        QCOMPARE(HaproxyBackend::words("  server a \"b c\":1 x#y # z"),
                 QList<QByteArray>({"server", "a", "b c:1", "x"}));
        QCOMPARE(HaproxyBackend::words("\tbackend\tb\r"), QList<QByteArray>({"backend", "b"}));
    }

    void sectionsEndTheBackend()
    {
        const QByteArray cfg = "backend voxcore_fleets\n  server a h1:443 check\n"
                               "peers mypeers\n  server p1 10.0.0.1:1024\n";
        QCOMPARE(parseOk(cfg).fleetCount(), 1);
    }

    void advisoryAtThreeFleets()
    {
        const QByteArray cfg =
            "backend voxcore_fleets\n  server a h1:443\n  server b h2:443\n  server c h3:443\n";
        const HaproxyBackend b = parseOk(cfg);
        QVERIFY(HaproxyBackend::needsSecondIngress(b.fleetCount()));
        QVERIFY(!HaproxyBackend::needsSecondIngress(2));
        QVERIFY(b.singlePointOfFailureAdvisory().value_or(QString()).contains("3 fleets"));
    }

    void previewMatchesTheScript()
    {
        const QByteArray cfg = readData("config/haproxy.cfg");
        const auto p = AddFleetPreview::compute(parseOk(cfg), "fleet-uk-3.example.net");
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->name(), QByteArray("fleet-fleet-uk-3-example-net"));
        QCOMPARE(p->address(), QByteArray("fleet-uk-3.example.net:443"));
        QCOMPARE(p->line(),
                 QByteArray("    server fleet-fleet-uk-3-example-net fleet-uk-3.example.net:443 ssl verify "
                            "required ca-file /etc/haproxy/ca.pem check inter 2s fall 3 rise 2"));
        QCOMPARE(p->afterLine(), 22);
        QCOMPARE(p->fleetCountAfter(), 3);
        QCOMPARE(p->newText(), scriptEdit(cfg, p->name(), "fleet-uk-3.example.net"));
        QCOMPARE(parseOk(p->newText()).fleetCount(), 3);
    }

    void previewWithNameTabsAndNoPort()
    {
        const QByteArray cfg = "backend voxcore_fleets\n\tserver  f1\t10.0.0.1   check\nbackend other\n";
        const auto p = AddFleetPreview::compute(parseOk(cfg), "10.0.0.2", "f2");
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->line(), QByteArray("\tserver f2 10.0.0.2 check"));
        QCOMPARE(p->newText(), QByteArray("backend voxcore_fleets\n\tserver  f1\t10.0.0.1   check\n"
                                          "\tserver f2 10.0.0.2 check\nbackend other\n"));
        QCOMPARE(p->newText(), scriptEdit(cfg, "f2", "10.0.0.2"));
    }

    void crlfIsReadButPreviewRefused()
    {
        // The script's awk compares "voxcore_fleets\r" with the backend name and finds
        // no server to clone, so previewing a clean edit would be a lie.
        const QByteArray cfg = "backend voxcore_fleets\r\n\tserver f1 10.0.0.1:443 check\r\n";
        const HaproxyBackend b = parseOk(cfg);
        QCOMPARE(b.fleetCount(), 1);
        QCOMPARE(b.servers().front().port, QByteArray("443"));
        const auto p = AddFleetPreview::compute(b, "10.0.0.2");
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ConfigError::Kind::Unsupported);
        QVERIFY(p.error().message.contains("CRLF"));
        QCOMPARE(scriptEdit(cfg, "fleet-10-0-0-2", "10.0.0.2"), cfg); // the script adds nothing
    }

    void previewAddsMissingFinalNewlineLikeAwk()
    {
        const QByteArray cfg = "backend voxcore_fleets\n  server a h1:443";
        const auto p = AddFleetPreview::compute(parseOk(cfg), "h2");
        QVERIFY(p.ok());
        QCOMPARE(p->newText(),
                 QByteArray("backend voxcore_fleets\n  server a h1:443\n  server fleet-h2 h2:443\n"));
        QCOMPARE(p->newText(), scriptEdit(cfg, "fleet-h2", "h2"));
    }

    void previewRefusals()
    {
        const HaproxyBackend b = parseOk(readData("config/haproxy.cfg"));
        QVERIFY(!AddFleetPreview::compute(b, "fleet-uk-1.example.net").ok());    // host already there
        QVERIFY(!AddFleetPreview::compute(b, "new.example.net", "fleet2").ok()); // name taken
        QVERIFY(!AddFleetPreview::compute(b, "bad host; rm -rf /").ok());
        QVERIFY(!AddFleetPreview::compute(b, "999.1.1.1").ok());
        QVERIFY(!AddFleetPreview::compute(b, "ok.example.net", "-bad").ok());
        QVERIFY(
            !AddFleetPreview::compute(parseOk("backend voxcore_fleets\n  balance leastconn\n"), "h").ok());
        QCOMPARE(AddFleetPreview::defaultName("10.1.2.3"), QStringLiteral("fleet-10-1-2-3"));
    }
};

QTEST_GUILESS_MAIN(TestHaproxyBackend)
#include "TestHaproxyBackend.moc"
