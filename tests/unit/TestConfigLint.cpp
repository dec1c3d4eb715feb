#include "TestPaths.h"
#include "config/ConfigLint.h"
#include "config/NginxTemplates.h"

#include <QFile>
#include <QtTest>

using namespace fleetdeck;

namespace {

using test::readData;

NginxUpstream parseOk(const QByteArray& text)
{
    auto up = NginxUpstream::parse(text, "voxcore_workers", "/tmp/voxcore_{n}.sock");
    if (!up.ok())
        qFatal("parse failed: %s", qPrintable(up.error().message));
    return up.value();
}

QStringList codes(const QList<LintWarning>& warnings)
{
    QStringList c;
    for (const LintWarning& w : warnings)
        c.append(w.code);
    return c;
}

QSet<int> range(int a, int b)
{
    QSet<int> s;
    for (int i = a; i <= b; ++i)
        s.insert(i);
    return s;
}

QByteArray block(const QByteArray& body, bool zone = true)
{
    return "upstream voxcore_workers {\n" + QByteArray(zone ? "    zone voxcore_workers 64k;\n" : "") + body +
           "}\n";
}

} // namespace

class TestConfigLint : public QObject
{
    Q_OBJECT

private slots:
    void seedConfigLacksZone()
    {
        const auto warnings = ConfigLint::lint(parseOk(readData("config/voxcore.conf")), {range(1, 16)});
        QCOMPARE(codes(warnings), QStringList{"max-conns-without-zone"});
        QCOMPARE(warnings.front().line, 1);
        QCOMPARE(
            warnings.front().message,
            QStringLiteral("max_conns without a zone is enforced per nginx worker process, so two calls can "
                           "reach one worker; add `zone voxcore_workers 64k;`"));
    }

    void generatedBlockIsClean()
    {
        const auto t = SocketTemplate::fromPattern("/tmp/voxcore_{n}.sock");
        const auto text = NginxTemplates::upstreamBlock("voxcore_workers", t.value(), 16);
        QVERIFY(ConfigLint::lint(parseOk(text.value()), {range(1, 16)}).isEmpty());
        QVERIFY(ConfigLint::lint(parseOk(readData("config/site-multi.conf"))).isEmpty());
    }

    void noMaxConnsNoZoneWarningButMissingMaxConns()
    {
        const auto warnings =
            ConfigLint::lint(parseOk(block("    server unix:/tmp/voxcore_1.sock;\n", false)));
        QCOMPARE(codes(warnings), QStringList{"missing-max-conns-1"});
        QCOMPARE(warnings.front().line, 2);
    }

    void maxConnsOtherThanOne()
    {
        const auto warnings =
            ConfigLint::lint(parseOk(block("    server unix:/tmp/voxcore_1.sock max_conns=1;\n"
                                           "    server unix:/tmp/voxcore_2.sock max_conns=2;\n")));
        QCOMPARE(codes(warnings), QStringList{"missing-max-conns-1"});
        QCOMPARE(warnings.front().line, 4);
        QVERIFY(warnings.front().message.contains("unix:/tmp/voxcore_2.sock"));
    }

    void duplicateSocket()
    {
        const auto warnings =
            ConfigLint::lint(parseOk(block("    server unix:/tmp/voxcore_1.sock max_conns=1;\n"
                                           "    server unix:/tmp/voxcore_2.sock max_conns=1;\n"
                                           "    server unix:/tmp/voxcore_1.sock max_conns=1;\n")));
        QCOMPARE(codes(warnings), QStringList{"duplicate-socket"});
        QCOMPARE(warnings.front().line, 5);
        QVERIFY(warnings.front().message.contains("lines 3 and 5"));
    }

    void unitMismatch()
    {
        const NginxUpstream up = parseOk(readData("config/voxcore-20.conf"));
        ConfigLint::Options options;
        options.runningUnits = range(1, 16) + QSet<int>{21};
        const auto warnings = ConfigLint::lint(up, options);
        QCOMPARE(codes(warnings),
                 QStringList({"max-conns-without-zone", "socket-without-unit", "socket-without-unit",
                              "socket-without-unit", "socket-without-unit", "unit-without-socket"}));
        QCOMPARE(warnings[1].message,
                 QStringLiteral("upstream lists /tmp/voxcore_17.sock but voxcore@17 is not running"));
        QCOMPARE(warnings[1].line, 19);
        QVERIFY(warnings[5].message.startsWith("voxcore@21 is running but /tmp/voxcore_21.sock"));
    }

    void unitTemplateIsUsed()
    {
        ConfigLint::Options options;
        options.runningUnits = QSet<int>{};
        options.unitTemplate = "cxbcore-worker@{n}.service";
        const auto warnings =
            ConfigLint::lint(parseOk(block("    server unix:/tmp/voxcore_1.sock max_conns=1;\n")), options);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.front().message.contains("cxbcore-worker@1.service is not running"));
    }

    void gaps()
    {
        const auto warnings =
            ConfigLint::lint(parseOk(block("    server unix:/tmp/voxcore_2.sock max_conns=1;\n"
                                           "    server unix:/tmp/voxcore_4.sock max_conns=1;\n"
                                           "    server unix:/tmp/voxcore_8.sock max_conns=1;\n")));
        QCOMPARE(codes(warnings), QStringList{"worker-gap"});
        QCOMPARE(warnings.front().message,
                 QStringLiteral("worker numbers have gaps: 1, 3, 5-7 missing below 8"));
    }

    void formatNumbers()
    {
        QCOMPARE(ConfigLint::formatNumbers({9, 3, 5, 6, 7, 3}), QStringLiteral("3, 5-7, 9"));
        QCOMPARE(ConfigLint::formatNumbers({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestConfigLint)
#include "TestConfigLint.moc"
