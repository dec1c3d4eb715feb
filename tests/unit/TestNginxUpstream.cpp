#include "TestPaths.h"
#include "config/NginxUpstream.h"

#include <QFile>
#include <QtTest>

using namespace fleetdeck;

namespace {

using test::readData;

const QString kTemplate = QStringLiteral("/tmp/voxcore_{n}.sock");
const QString kPath = QStringLiteral("/etc/nginx/conf.d/voxcore.conf");

} // namespace

class TestNginxUpstream : public QObject
{
    Q_OBJECT

private slots:
    void parsesSeedConfig()
    {
        const auto up =
            NginxUpstream::parse(readData("config/voxcore.conf"), "voxcore_workers", kTemplate, kPath);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->servers().size(), 16);
        const NginxServerEntry& first = up->servers().front();
        QCOMPARE(first.address, QByteArray("unix:/tmp/voxcore_1.sock"));
        QCOMPARE(first.parameters, QList<QByteArray>({"max_conns=1", "fail_timeout=10"}));
        QCOMPARE(first.line, 3);
        QCOMPARE(first.worker, 1);
        QCOMPARE(first.maxConns(), std::optional<int>(1));
        QVERIFY(!first.down);
        QCOMPARE(up->servers().back().worker, 16);
        QCOMPARE(up->servers().back().line, 18);
        QVERIFY(up->hasDirective("least_conn"));
        QVERIFY(!up->hasDirective("zone"));
        QCOMPARE(up->headerLine(), 1);
        QCOMPARE(up->closeLine(), 19);
    }

    void derivesTemplateFromLastServer()
    {
        const auto up = NginxUpstream::parse(readData("config/voxcore.conf"), "voxcore_workers");
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->socketTemplate().pattern(), QStringLiteral("/tmp/voxcore_{n}.sock"));
        QCOMPARE(up->workers().size(), 16);
        QCOMPARE(up->workers().at(9), 10);
    }

    void findsTheRightBlockAmongSeveral()
    {
        const QByteArray text = readData("config/site-multi.conf");
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->servers().size(), 16);
        QVERIFY(up->hasDirective("zone"));
        QCOMPARE(text.mid(up->blockBegin(), 25), QByteArray("upstream voxcore_workers "));
        QVERIFY(text.mid(up->blockEnd() - 1, 1) == "}");
        QCOMPARE(up->headerLine(), 15);

        const auto canary = NginxUpstream::parse(text, "voxcore_workers_canary", kTemplate);
        QVERIFY2(canary.ok(), qPrintable(canary.error().message));
        QCOMPARE(canary->workers(), QList<int>({99}));
        QCOMPARE(canary->servers().front().parameters, QList<QByteArray>({"max_conns=1"}));
    }

    void otherUpstreamWithNonUnixServersParsesWithoutTemplate()
    {
        const auto up = NginxUpstream::parse(readData("config/site-multi.conf"), "metrics_backend", {});
        QVERIFY(!up.ok()); // 127.0.0.1:9100 has no worker number: refused, not guessed
        QCOMPARE(up.error().kind, ConfigError::Kind::Unsupported);
    }

    void crlfAndTabs()
    {
        const auto up =
            NginxUpstream::parse(readData("config/voxcore-crlf.conf"), "voxcore_workers", kTemplate);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->servers().size(), 16);
        const NginxServerEntry& s = up->servers().at(4);
        QCOMPARE(s.address, QByteArray("unix:/tmp/voxcore_5.sock"));
        QCOMPARE(up->text().mid(s.lineEnd, s.lineNext - s.lineEnd), QByteArray("\r\n"));
        QCOMPARE(up->text().mid(s.lineBegin, 1), QByteArray("\t"));
    }

    void missingBlockIsRefusedWithPath()
    {
        const auto up =
            NginxUpstream::parse(readData("config/site-multi.conf"), "cxbcore_workers", kTemplate, kPath);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, ConfigError::Kind::NotFound);
        QCOMPARE(up.error().message,
                 QStringLiteral("upstream \"cxbcore_workers\" not found in /etc/nginx/conf.d/voxcore.conf"));
    }

    void commentedOutBlockIsNotFound()
    {
        const QByteArray text = "# upstream voxcore_workers {\n#    server unix:/tmp/voxcore_1.sock;\n# }\n";
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate, kPath);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, ConfigError::Kind::NotFound);
    }

    void duplicateBlockIsRefused()
    {
        QByteArray text = readData("config/voxcore.conf");
        text += "\n" + text;
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate, kPath);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, ConfigError::Kind::Duplicate);
        QVERIFY2(up.error().message.contains("lines 1, 21"), qPrintable(up.error().message));
    }

    void unbalancedBracesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("missing close")
            << QByteArray("upstream voxcore_workers {\n    server unix:/tmp/voxcore_1.sock;\n") << 1;
        QTest::newRow("extra close")
            << QByteArray("upstream voxcore_workers {\n    server unix:/tmp/voxcore_1.sock;\n}\n}\n") << 4;
        QTest::newRow("missing semicolon")
            << QByteArray("upstream voxcore_workers {\n    server unix:/tmp/voxcore_1.sock\n}\n") << 2;
        QTest::newRow("unterminated quote")
            << QByteArray("server { add_header X \"abc; }\nupstream voxcore_workers {\n}\n") << 1;
        QTest::newRow("inner missing close")
            << QByteArray("upstream voxcore_workers {\n    server unix:/tmp/voxcore_1.sock;\n"
                          "server {\n  location / {\n}\n")
            << 3;
    }

    void unbalancedBracesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate, kPath);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, ConfigError::Kind::Unbalanced);
        QCOMPARE(up.error().line, line);
        QVERIFY2(up.error().message.startsWith(kPath + ":" + QString::number(line) + ": "),
                 qPrintable(up.error().message));
    }

    void unsafeServerLinesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("line");
        QTest::newRow("spans lines") << QByteArray(
                                            "    server unix:/tmp/voxcore_1.sock\n        max_conns=1;\n")
                                     << 2;
        QTest::newRow("two on a line")
            << QByteArray("    server unix:/tmp/voxcore_1.sock; server unix:/tmp/voxcore_2.sock;\n") << 2;
        QTest::newRow("shares with directive")
            << QByteArray("    least_conn; server unix:/tmp/voxcore_1.sock;\n") << 2;
        QTest::newRow("foreign address")
            << QByteArray("    server unix:/tmp/other_1.sock max_conns=1;\n") << 2;
        QTest::newRow("tcp address") << QByteArray("    server 127.0.0.1:8080;\n") << 2;
        QTest::newRow("leading zero") << QByteArray("    server unix:/tmp/voxcore_01.sock;\n") << 2;
        QTest::newRow("nested block")
            << QByteArray("    server unix:/tmp/voxcore_1.sock;\n    if ($x) { }\n") << 3;
    }

    void unsafeServerLinesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, line);
        const QByteArray text = "upstream voxcore_workers {\n" + body + "}\n";
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate, kPath);
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, ConfigError::Kind::Unsupported);
        QCOMPARE(up.error().line, line);
    }

    void acceptsOddSpacingQuotesAndTrailingComments()
    {
        const QByteArray text = "upstream\tvoxcore_workers\n{\n"
                                "  server  \"unix:/tmp/voxcore_3.sock\"\tmax_conns=1 down ;  # flaky\n"
                                "\tserver unix:/tmp/voxcore_4.sock;\r\n"
                                "}";
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->workers(), QList<int>({3, 4}));
        QVERIFY(up->servers().front().down);
        QCOMPARE(up->servers().front().parameters, QList<QByteArray>({"max_conns=1", "down"}));
        QCOMPARE(up->servers().back().parameters, QList<QByteArray>());
        QCOMPARE(up->closeLine(), 5);
    }

    void variablesWithBracesStayInTheirWord()
    {
        const QByteArray text = "server { set $a \"x\"; return 200 ${a}b; }\n"
                                "upstream voxcore_workers {\n    server unix:/tmp/voxcore_1.sock;\n}\n";
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->workers(), QList<int>({1}));
    }

    void quotedKeywordsCountAsKeywords()
    {
        // nginx unquotes directive names: a quoted "server" must not hide a server.
        const QByteArray text =
            "\"upstream\" voxcore_workers {\n    \"server\" unix:/tmp/voxcore_1.sock 'down';\n}\n";
        const auto up = NginxUpstream::parse(text, "voxcore_workers", kTemplate);
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QCOMPARE(up->workers(), QList<int>({1}));
        QVERIFY(up->servers().front().down);
    }

    void socketTemplates()
    {
        const auto t = SocketTemplate::fromPattern("/run/cxb/cxbcore-{n}.sock");
        QVERIFY(t.ok());
        QCOMPARE(t->pathFor(7), QByteArray("/run/cxb/cxbcore-7.sock"));
        QCOMPARE(t->addressFor(7), QByteArray("unix:/run/cxb/cxbcore-7.sock"));
        QCOMPARE(t->matchAddress("unix:/run/cxb/cxbcore-12.sock"), std::optional<int>(12));
        QCOMPARE(t->matchAddress("/run/cxb/cxbcore-12.sock"), std::nullopt); // no unix: prefix
        QCOMPARE(t->matchPath("/run/cxb/cxbcore-.sock"), std::nullopt);
        QCOMPARE(t->matchPath("/run/cxb/cxbcore-1x.sock"), std::nullopt);
        QCOMPARE(t->matchPath("/run/cxb/cxbcore-1234567890.sock"), std::nullopt);
        for (const char* bad :
             {"/tmp/voxcore.sock", "/tmp/{n}_{n}.sock", "tmp/voxcore_{n}.sock", "/tmp/v1{n}.sock"})
            QVERIFY2(!SocketTemplate::fromPattern(bad).ok(), bad);
        const auto derived = SocketTemplate::deriveFromAddress("unix:/srv/v2/voxcore_17.sock");
        QVERIFY(derived.ok());
        QCOMPARE(derived->pattern(), QStringLiteral("/srv/v2/voxcore_{n}.sock"));
        QVERIFY(!SocketTemplate::deriveFromAddress("unix:/tmp/voxcore.sock").ok());
        QVERIFY(!SocketTemplate::deriveFromAddress("127.0.0.1:8080").ok());
    }

    void derivedTemplateRefusesForeignLines()
    {
        const QByteArray text = "upstream voxcore_workers {\n    server unix:/tmp/other_1.sock;\n"
                                "    server unix:/tmp/voxcore_2.sock;\n}\n";
        const auto up = NginxUpstream::parse(text, "voxcore_workers");
        QVERIFY(!up.ok());
        QCOMPARE(up.error().line, 2);
        QVERIFY(up.error().message.contains("unix:/tmp/voxcore_{n}.sock"));
    }

    void badTemplateIsRefused()
    {
        const auto up =
            NginxUpstream::parse(readData("config/voxcore.conf"), "voxcore_workers", "/tmp/voxcore.sock");
        QVERIFY(!up.ok());
        QCOMPARE(up.error().kind, ConfigError::Kind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestNginxUpstream)
#include "TestNginxUpstream.moc"
