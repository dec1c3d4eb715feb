// Deterministic fuzz: random valid configs, random edit sequences. Every byte
// outside the upstream block must stay the same and the result must re-parse
// with exactly the workers and down flags the edits imply.
#include "config/NginxUpstream.h"
#include "config/NginxUpstreamEditor.h"

#include <QMap>
#include <QRandomGenerator>
#include <QtTest>

using namespace fleetdeck;

namespace {

const QString kName = QStringLiteral("voxcore_workers");
const QString kTemplate = QStringLiteral("/tmp/voxcore_{n}.sock");

class ConfigGenerator
{
public:
    explicit ConfigGenerator(quint32 seed) : m_rng(seed) {}

    /// Text plus the expected worker → down map.
    QByteArray generate(QMap<int, bool>& workers)
    {
        m_eol = m_rng.bounded(3) == 0 ? "\r\n" : "\n";
        QByteArray text;
        for (int i = 0, n = m_rng.bounded(4); i < n; ++i)
            text += noise();
        text += upstream(workers);
        for (int i = 0, n = m_rng.bounded(4); i < n; ++i)
            text += noise();
        if (m_rng.bounded(4) == 0 && text.endsWith(m_eol))
            text.chop(m_eol.size());
        return text;
    }

    QRandomGenerator& rng() { return m_rng; }

private:
    QByteArray pick(const QList<QByteArray>& options) { return options[m_rng.bounded(options.size())]; }
    QByteArray line(const QByteArray& s) { return s + m_eol; }

    QByteArray noise()
    {
        switch (m_rng.bounded(6)) {
        case 0:
            return line("# upstream voxcore_workers { server unix:/tmp/voxcore_1.sock; }");
        case 1:
            return line("include /etc/nginx/snippets/*.conf;");
        case 2:
            return line("upstream other_" + QByteArray::number(m_rng.bounded(100)) + " {") +
                   line("\tserver 127.0.0.1:" + QByteArray::number(8000 + m_rng.bounded(100)) + ";") +
                   line("}");
        case 3:
            return line("server {") + line("    listen 443 ssl;") +
                   line("    add_header X-Test \"a { b } ; # c\";") + line("    return 200 'upstream x {';") +
                   line("}");
        case 4:
            return line("map $http_upgrade $c {") + line("    default upgrade;") + line("    '' close;") +
                   line("}");
        default:
            return line("");
        }
    }

    QByteArray upstream(QMap<int, bool>& workers)
    {
        const QByteArray indent = pick({"    ", "\t", "  ", "\t\t"});
        QByteArray text = line(pick({"upstream voxcore_workers {", "upstream\tvoxcore_workers  {",
                                     "upstream voxcore_workers{ # pool"}));
        if (m_rng.bounded(2))
            text += line(indent + "zone voxcore_workers 64k;");
        if (m_rng.bounded(2))
            text += line(indent + "least_conn;" + pick({"", "  # one call each"}));
        QList<int> numbers;
        for (int n = 1; n <= 30; ++n) {
            if (m_rng.bounded(3) == 0)
                numbers.append(n);
        }
        if (numbers.isEmpty())
            numbers.append(1 + m_rng.bounded(30));
        for (int n : numbers) {
            if (m_rng.bounded(8) == 0)
                text += line(indent + "# New workers");
            const bool down = m_rng.bounded(5) == 0;
            workers.insert(n, down);
            text += line(indent + "server" + pick({" ", "  ", "\t"}) + "unix:/tmp/voxcore_" +
                         QByteArray::number(n) + ".sock" +
                         pick({"", " max_conns=1", " max_conns=1 fail_timeout=10", " weight=2 max_conns=1"}) +
                         (down ? " down" : "") + pick({";", " ;", ";  # note {", ";\t"}));
        }
        return text + line(pick({"}", "}  # end", "} "}));
    }

    QRandomGenerator m_rng;
    QByteArray m_eol;
};

/// Bytes outside [blockBegin, blockEnd) of the original and of the edit.
void verifyOutsideUnchanged(const NginxUpstream& original, const NginxUpstream& edited)
{
    QCOMPARE(edited.text().left(edited.blockBegin()), original.text().left(original.blockBegin()));
    QCOMPARE(edited.text().mid(edited.blockEnd()), original.text().mid(original.blockEnd()));
}

void verifyWorkers(const NginxUpstream& up, const QMap<int, bool>& expected)
{
    QMap<int, bool> actual;
    for (const NginxServerEntry& s : up.servers())
        actual.insert(s.worker, s.down);
    QCOMPARE(actual, expected);
    QCOMPARE(up.servers().size(), expected.size());
}

} // namespace

class TestNginxUpstreamFuzz : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsKeepEverythingElse()
    {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            ConfigGenerator gen(seed);
            QMap<int, bool> expected;
            const QByteArray text = gen.generate(expected);
            auto parsed = NginxUpstream::parse(text, kName, kTemplate);
            QVERIFY2(parsed.ok(), qPrintable(QStringLiteral("seed %1: %2\n%3")
                                                 .arg(seed)
                                                 .arg(parsed.error().message, QString::fromUtf8(text))));
            const NginxUpstream original = parsed.value();
            verifyWorkers(original, expected);
            NginxUpstream current = original;
            for (int step = 0; step < 8; ++step) {
                const ConfigResult<QByteArray> edited = randomEdit(gen.rng(), current, expected);
                QVERIFY2(edited.ok(), qPrintable(QStringLiteral("seed %1 step %2: %3")
                                                     .arg(seed)
                                                     .arg(step)
                                                     .arg(edited.error().message)));
                auto reparsed = NginxUpstream::parse(edited.value(), kName, kTemplate);
                QVERIFY2(reparsed.ok(), qPrintable(QStringLiteral("seed %1 step %2: %3")
                                                       .arg(seed)
                                                       .arg(step)
                                                       .arg(reparsed.error().message)));
                current = reparsed.value();
                verifyOutsideUnchanged(original, current);
                verifyWorkers(current, expected);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("seed %1 step %2").arg(seed).arg(step)));
            }
        }
    }

private:
    static ConfigResult<QByteArray> randomEdit(QRandomGenerator& rng, const NginxUpstream& up,
                                               QMap<int, bool>& expected)
    {
        const QList<int> present = expected.keys();
        const int highest = present.last();
        const int pickWorker = present[rng.bounded(present.size())];
        switch (rng.bounded(5)) {
        case 0: {
            const int count = 1 + rng.bounded(4);
            for (int n = highest + 1; n <= highest + count; ++n)
                expected.insert(n, false);
            return NginxUpstreamEditor::addWorkers(up, highest + 1, highest + count);
        }
        case 1: {
            if (present.size() < 2)
                return NginxUpstreamEditor::setDown(up, pickWorker,
                                                    (expected[pickWorker] = !expected[pickWorker]));
            expected.remove(pickWorker);
            return NginxUpstreamEditor::removeWorkers(up, {pickWorker});
        }
        case 2: {
            const int target = qMax(present.first(), highest - 2 + rng.bounded(5));
            for (int n : present) {
                if (n > target)
                    expected.remove(n);
            }
            for (int n = highest + 1; n <= target; ++n)
                expected.insert(n, false);
            return NginxUpstreamEditor::setWorkerCount(up, target);
        }
        default: {
            const bool down = !expected[pickWorker];
            expected[pickWorker] = down;
            const auto once = NginxUpstreamEditor::setDown(up, pickWorker, down);
            if (!once.ok())
                return once;
            // Marking down and back must restore the exact bytes.
            const auto back = NginxUpstreamEditor::setDown(
                NginxUpstream::parse(once.value(), kName, kTemplate).value(), pickWorker, !down);
            if (!back.ok() || (down && back.value() != up.text()))
                return ConfigError{ConfigError::Kind::InvalidValue,
                                   QStringLiteral("toggle is not a round trip"), 0};
            return once;
        }
        }
    }
};

QTEST_GUILESS_MAIN(TestNginxUpstreamFuzz)
#include "TestNginxUpstreamFuzz.moc"
