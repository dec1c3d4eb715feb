#include "TestPaths.h"
#include "config/NginxTemplates.h"
#include "config/NginxUpstream.h"
#include "config/NginxUpstreamEditor.h"

#include <QFile>
#include <QtTest>

using namespace fleetdeck;

namespace {

using test::readData;

const QString kTemplate = QStringLiteral("/tmp/voxcore_{n}.sock");

NginxUpstream parseOk(const QByteArray& text, const QString& name = QStringLiteral("voxcore_workers"))
{
    auto up = NginxUpstream::parse(text, name, kTemplate);
    if (!up.ok())
        qFatal("parse failed: %s", qPrintable(up.error().message));
    return up.value();
}

QByteArray okText(const ConfigResult<QByteArray>& r)
{
    if (!r.ok())
        qFatal("edit failed: %s", qPrintable(r.error().message));
    return r.value();
}

} // namespace

class TestNginxUpstreamEditor : public QObject
{
    Q_OBJECT

private slots:
    void add16to20YieldsTheSeedLines()
    {
        const QByteArray before = readData("config/voxcore.conf");
        const QByteArray after = okText(NginxUpstreamEditor::addWorkers(parseOk(before), 17, 20));
        QCOMPARE(after, readData("config/voxcore-20.conf"));
        QVERIFY(after.contains("    server unix:/tmp/voxcore_17.sock max_conns=1 fail_timeout=10;\n"
                               "    server unix:/tmp/voxcore_18.sock max_conns=1 fail_timeout=10;\n"
                               "    server unix:/tmp/voxcore_19.sock max_conns=1 fail_timeout=10;\n"
                               "    server unix:/tmp/voxcore_20.sock max_conns=1 fail_timeout=10;\n}\n"));
        QCOMPARE(okText(NginxUpstreamEditor::setWorkerCount(parseOk(before), 20)), after);
    }

    void addInMultiUpstreamFileTouchesOnlyTheBlock()
    {
        const QByteArray before = readData("config/site-multi.conf");
        const NginxUpstream up = parseOk(before);
        const QByteArray after = okText(NginxUpstreamEditor::addWorkers(up, 17, 18));
        const QByteArray added = "    server unix:/tmp/voxcore_17.sock max_conns=1 fail_timeout=10;\n"
                                 "    server unix:/tmp/voxcore_18.sock max_conns=1 fail_timeout=10;\n";
        QByteArray expected = before;
        expected.insert(up.servers().back().lineNext, added);
        QCOMPARE(after, expected);
        // The canary upstream and everything else are untouched.
        QCOMPARE(parseOk(after, "voxcore_workers_canary").workers(), QList<int>({99}));
        QCOMPARE(parseOk(after).workers().size(), 18);
    }

    void addKeepsCrlfAndTabs()
    {
        const QByteArray before = readData("config/voxcore-crlf.conf");
        const QByteArray after = okText(NginxUpstreamEditor::addWorkers(parseOk(before), 17, 17));
        QVERIFY(after.contains("\tserver unix:/tmp/voxcore_16.sock max_conns=1 fail_timeout=10;\r\n"
                               "\tserver unix:/tmp/voxcore_17.sock max_conns=1 fail_timeout=10;\r\n}\r\n"));
        QCOMPARE(after.size(),
                 before.size() + qsizetype(strlen("\tserver unix:/tmp/voxcore_17.sock max_conns=1 "
                                                  "fail_timeout=10;\r\n")));
        QCOMPARE(after.count("\n"), after.count("\r\n"));
    }

    void cloneDropsDownAndCommentButKeepsQuotesAndSpacing()
    {
        const QByteArray before = "upstream voxcore_workers {\n"
                                  "  server  \"unix:/tmp/voxcore_9.sock\"\tmax_conns=1\tdown ;  # flaky\n"
                                  "}\n";
        const QByteArray after = okText(NginxUpstreamEditor::addWorkers(parseOk(before), 10, 11));
        QCOMPARE(after, QByteArray("upstream voxcore_workers {\n"
                                   "  server  \"unix:/tmp/voxcore_9.sock\"\tmax_conns=1\tdown ;  # flaky\n"
                                   "  server  \"unix:/tmp/voxcore_10.sock\"\tmax_conns=1 ;\n"
                                   "  server  \"unix:/tmp/voxcore_11.sock\"\tmax_conns=1 ;\n"
                                   "}\n"));
    }

    void addRefusesExistingWorkersAndBadRanges()
    {
        const NginxUpstream up = parseOk(readData("config/voxcore.conf"));
        auto r = NginxUpstreamEditor::addWorkers(up, 16, 18);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().line, 18);
        QVERIFY(r.error().message.contains("worker 16 is already"));
        QVERIFY(!NginxUpstreamEditor::addWorkers(up, 20, 17).ok());
        QVERIFY(!NginxUpstreamEditor::addWorkers(up, 0, 3).ok());
    }

    void removeWorkers()
    {
        const QByteArray before = readData("config/voxcore-20.conf");
        const QByteArray after =
            okText(NginxUpstreamEditor::removeWorkers(parseOk(before), {17, 18, 19, 20}));
        QCOMPARE(after, readData("config/voxcore.conf"));
        QCOMPARE(okText(NginxUpstreamEditor::setWorkerCount(parseOk(before), 16)), after);
        const QByteArray middle = okText(NginxUpstreamEditor::removeWorkers(parseOk(before), {3}));
        QVERIFY(!middle.contains("voxcore_3.sock"));
        QCOMPARE(middle.size(),
                 before.size() - qsizetype(strlen("    server unix:/tmp/voxcore_3.sock max_conns=1 "
                                                  "fail_timeout=10;\n")));
    }

    void removeRefusesUnknownAndAll()
    {
        const NginxUpstream up = parseOk(readData("config/voxcore.conf"));
        QVERIFY(!NginxUpstreamEditor::removeWorkers(up, {17}).ok());
        QList<int> all;
        for (int i = 1; i <= 16; ++i)
            all.append(i);
        const auto r = NginxUpstreamEditor::removeWorkers(up, all);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("every server"));
    }

    void setWorkerCountUnchanged()
    {
        const QByteArray before = readData("config/voxcore.conf");
        QCOMPARE(okText(NginxUpstreamEditor::setWorkerCount(parseOk(before), 16)), before);
    }

    void downToggleRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << "config/voxcore.conf";
        QTest::newRow("crlf") << "config/voxcore-crlf.conf";
        QTest::newRow("multi") << "config/site-multi.conf";
    }

    void downToggleRoundTrip()
    {
        QFETCH(QString, file);
        const QByteArray before = readData(file);
        const QByteArray down = okText(NginxUpstreamEditor::setDown(parseOk(before), 3, true));
        const NginxUpstream downUp = parseOk(down);
        QVERIFY(downUp.server(3)->down);
        QVERIFY(downUp.server(3)->parameters.endsWith("down"));
        QVERIFY(down.contains("unix:/tmp/voxcore_3.sock max_conns=1 fail_timeout=10 down;"));
        QCOMPARE(down.size(), before.size() + 5);
        QCOMPARE(okText(NginxUpstreamEditor::setDown(downUp, 3, false)), before);
    }

    void undownKeepsOtherParameters()
    {
        const QByteArray before =
            "upstream voxcore_workers {\n\tserver unix:/tmp/voxcore_1.sock down max_conns=1;\n}\n";
        const QByteArray after = okText(NginxUpstreamEditor::setDown(parseOk(before), 1, false));
        QCOMPARE(
            after,
            QByteArray("upstream voxcore_workers {\n\tserver unix:/tmp/voxcore_1.sock max_conns=1;\n}\n"));
        QVERIFY(!NginxUpstreamEditor::setDown(parseOk(after), 1, false).ok());
        QVERIFY(!NginxUpstreamEditor::setDown(parseOk(after), 2, true).ok());
    }

    void generatedBlockParsesAndMatchesSeedFormat()
    {
        const auto t = SocketTemplate::fromPattern(kTemplate);
        QVERIFY(t.ok());
        const auto block = NginxTemplates::upstreamBlock("voxcore_workers", t.value(), 16);
        QVERIFY(block.ok());
        QVERIFY(
            block->startsWith("upstream voxcore_workers {\n    zone voxcore_workers 64k;\n    least_conn;\n"
                              "    server unix:/tmp/voxcore_1.sock max_conns=1 fail_timeout=10;\n"));
        QVERIFY(block->endsWith("    server unix:/tmp/voxcore_16.sock max_conns=1 fail_timeout=10;\n}\n"));
        const NginxUpstream up = parseOk(block.value());
        QCOMPARE(up.servers().size(), 16);
        QVERIFY(up.hasDirective("zone"));
        QVERIFY(!NginxTemplates::upstreamBlock("bad name;", t.value(), 4).ok());
        QVERIFY(!NginxTemplates::upstreamBlock("voxcore_workers", t.value(), 0).ok());
    }

    void routesHaveRetryBlocks()
    {
        const auto routes = NginxTemplates::routes("voxcore_workers");
        QVERIFY(routes.ok());
        for (const char* path : {"/attach", "/livekit/dialout", "/livekit/widget"})
            QVERIFY2(routes->contains(QByteArray("location ") + path + " {"), path);
        QCOMPARE(routes->count("proxy_pass http://voxcore_workers;"), 3);
        QCOMPARE(routes->count("proxy_next_upstream error timeout http_429 non_idempotent;"), 3);
        QCOMPARE(routes->count("proxy_http_version 1.1;"), 3);
        QCOMPARE(routes->count("proxy_set_header Upgrade $http_upgrade;"), 3);
        QVERIFY(!NginxTemplates::routes("x y").ok());
    }
};

QTEST_GUILESS_MAIN(TestNginxUpstreamEditor)
#include "TestNginxUpstreamEditor.moc"
