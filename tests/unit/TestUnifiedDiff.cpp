#include "TestPaths.h"
#include "config/ContentHash.h"
#include "config/NginxUpstream.h"
#include "config/NginxUpstreamEditor.h"
#include "config/UnifiedDiff.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdeck;

namespace {

using test::readData;

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

/// Applies `patch` to `before` with GNU patch (no fuzz) and returns the result.
std::optional<QByteArray> applyPatch(const QTemporaryDir& dir, const QByteArray& before,
                                     const QByteArray& diff)
{
    const QString orig = dir.filePath("orig"), patchFile = dir.filePath("change.diff"),
                  out = dir.filePath("out");
    QFile::remove(out);
    if (!writeFile(orig, before) || !writeFile(patchFile, diff))
        return std::nullopt;
    const Run r = run("patch", {"-s", "-f", "-F0", "--no-backup-if-mismatch", "-o", out, orig, patchFile});
    if (r.exitCode != 0)
        return std::nullopt;
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

QByteArray gnuDiffBody(const QTemporaryDir& dir, const QByteArray& a, const QByteArray& b)
{
    writeFile(dir.filePath("a"), a);
    writeFile(dir.filePath("b"), b);
    const Run r = run("diff", {"-u", dir.filePath("a"), dir.filePath("b")});
    const qsizetype second = r.out.indexOf('\n', r.out.indexOf('\n') + 1);
    return second < 0 ? QByteArray() : r.out.mid(second + 1);
}

QByteArray body(const QByteArray& diff)
{
    const qsizetype second = diff.indexOf('\n', diff.indexOf('\n') + 1);
    return diff.mid(second + 1);
}

QByteArray numbered(int from, int to, const char* eol = "\n")
{
    QByteArray t;
    for (int i = from; i <= to; ++i)
        t += "line " + QByteArray::number(i) + eol;
    return t;
}

QByteArray randomText(QRandomGenerator& rng)
{
    static const QList<QByteArray> words = {"server", "upstream",    "{", "}", "# c",
                                            "",       "least_conn;", "x", "y"};
    const char* eol = rng.bounded(4) == 0 ? "\r\n" : "\n";
    QByteArray t;
    const int lines = rng.bounded(25);
    for (int i = 0; i < lines; ++i)
        t += words[rng.bounded(words.size())] + QByteArray::number(rng.bounded(6)) + eol;
    if (!t.isEmpty() && rng.bounded(3) == 0)
        t.chop(rng.bounded(1, 3)); // no final newline (sometimes half a CRLF)
    return t;
}

QByteArray mutate(QRandomGenerator& rng, const QByteArray& text)
{
    QList<QByteArray> lines = UnifiedDiff::splitLines(text);
    const int edits = rng.bounded(1, 5);
    for (int e = 0; e < edits; ++e) {
        const int op = rng.bounded(3);
        const qsizetype at = lines.isEmpty() ? 0 : rng.bounded(lines.size());
        if (op == 0 || lines.isEmpty())
            lines.insert(at, "new " + QByteArray::number(rng.bounded(100)) + "\n");
        else if (op == 1)
            lines.removeAt(at);
        else
            lines[at] = "changed " + QByteArray::number(rng.bounded(100)) + "\n";
    }
    QByteArray out;
    for (const QByteArray& l : lines)
        out += l;
    if (!out.isEmpty() && rng.bounded(4) == 0 && out.endsWith('\n'))
        out.chop(1);
    return out;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable("patch").isEmpty(),
                 "GNU patch is required (apt install patch)");
        QVERIFY2(!QStandardPaths::findExecutable("diff").isEmpty(), "GNU diff is required (diffutils)");
    }

    void identicalIsEmpty()
    {
        QCOMPARE(UnifiedDiff::diff("a\nb\n", "a\nb\n", "s:/p"), QByteArray());
        QCOMPARE(UnifiedDiff::diff({}, {}, "s:/p"), QByteArray());
    }

    void seedAddWorkersDiff()
    {
        const QByteArray before = readData("config/voxcore.conf");
        const auto up = NginxUpstream::parse(before, "voxcore_workers", "/tmp/voxcore_{n}.sock");
        QVERIFY(up.ok());
        const auto after = NginxUpstreamEditor::addWorkers(up.value(), 17, 20);
        QVERIFY(after.ok());
        const QString label = UnifiedDiff::label("fleet-uk-1", "/etc/nginx/conf.d/voxcore.conf");
        const QByteArray expected = "--- fleet-uk-1:/etc/nginx/conf.d/voxcore.conf\n"
                                    "+++ fleet-uk-1:/etc/nginx/conf.d/voxcore.conf (proposed)\n"
                                    "@@ -16,4 +16,8 @@\n"
                                    "     server unix:/tmp/voxcore_14.sock max_conns=1 fail_timeout=10;\n"
                                    "     server unix:/tmp/voxcore_15.sock max_conns=1 fail_timeout=10;\n"
                                    "     server unix:/tmp/voxcore_16.sock max_conns=1 fail_timeout=10;\n"
                                    "+    server unix:/tmp/voxcore_17.sock max_conns=1 fail_timeout=10;\n"
                                    "+    server unix:/tmp/voxcore_18.sock max_conns=1 fail_timeout=10;\n"
                                    "+    server unix:/tmp/voxcore_19.sock max_conns=1 fail_timeout=10;\n"
                                    "+    server unix:/tmp/voxcore_20.sock max_conns=1 fail_timeout=10;\n"
                                    " }\n";
        QCOMPARE(UnifiedDiff::diff(before, after.value(), label), expected);
    }

    void matchesGnuDiff_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("append") << numbered(1, 10) << numbered(1, 11);
        QTest::newRow("prepend") << numbered(2, 10) << numbered(1, 10);
        QTest::newRow("from empty") << QByteArray() << numbered(1, 2);
        QTest::newRow("to empty") << numbered(1, 2) << QByteArray();
        QTest::newRow("one line changed") << QByteArray("a\n") << QByteArray("b\n");
        QTest::newRow("merged gap 6")
            << numbered(1, 20) << numbered(1, 2) + "X\n" + numbered(4, 9) + "Y\n" + numbered(11, 20);
        QTest::newRow("split gap 7") << numbered(1, 20)
                                     << numbered(1, 2) + "X\n" + numbered(4, 10) + "Y\n" + numbered(12, 20);
        QTest::newRow("delete middle") << numbered(1, 10) << numbered(1, 4) + numbered(6, 10);
        QTest::newRow("no newline added") << QByteArray("a\nb") << QByteArray("a\nb\n");
        QTest::newRow("no newline removed") << QByteArray("a\nb\n") << QByteArray("a\nb");
        QTest::newRow("no newline both") << QByteArray("a\nb") << QByteArray("a\nc");
        QTest::newRow("crlf to lf") << numbered(1, 3, "\r\n") << numbered(1, 3);
        QTest::newRow("far apart") << numbered(1, 40) << "first\n" + numbered(2, 39) + "last\n";
    }

    void matchesGnuDiff()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray ours = UnifiedDiff::diff(a, b, "s:/p");
        QCOMPARE(body(ours), gnuDiffBody(dir, a, b));
        QCOMPARE(applyPatch(dir, a, ours), std::optional<QByteArray>(b));
    }

    void contextSize()
    {
        const QByteArray d =
            UnifiedDiff::diff(numbered(1, 10), numbered(1, 4) + "X\n" + numbered(6, 10), "a", "b", 1);
        QCOMPARE(d, QByteArray("--- a\n+++ b\n@@ -4,3 +4,3 @@\n line 4\n-line 5\n+X\n line 6\n"));
    }

    void randomEditsApplyWithPatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QRandomGenerator rng(20261121);
        for (int i = 0; i < 80; ++i) {
            const QByteArray a = randomText(rng);
            const QByteArray b = rng.bounded(5) == 0 ? randomText(rng) : mutate(rng, a);
            const QByteArray d = UnifiedDiff::diff(a, b, "fleet:/f");
            if (a == b) {
                QVERIFY(d.isEmpty());
                continue;
            }
            const auto applied = applyPatch(dir, a, d);
            QVERIFY2(applied.has_value(), d.constData());
            QVERIFY2(*applied == b,
                     qPrintable(QStringLiteral("case %1\n%2").arg(i).arg(QString::fromUtf8(d))));
        }
    }

    void contentHash()
    {
        QCOMPARE(ContentHash::sha256Hex(""),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(ContentHash::sha256Hex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(ContentHash::sha256("abc").size(), 32);
        QVERIFY(ContentHash::sameHex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                                     ContentHash::sha256Hex("abc")));
        QVERIFY(!ContentHash::sameHex(ContentHash::sha256Hex("abc"), ContentHash::sha256Hex("abd")));
        QVERIFY(!ContentHash::sameHex("ab", "abc"));
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "TestUnifiedDiff.moc"
