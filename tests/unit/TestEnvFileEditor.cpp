#include "TestPaths.h"
#include "config/EnvFileEditor.h"

#include <QFile>
#include <QtTest>

using namespace fleetdeck;

namespace {

const QString kVar = QStringLiteral("VOXCORE_WORKERS");

QByteArray setOk(const QByteArray& text, int value)
{
    const auto r = EnvFileEditor::setInt(text, kVar, value, "/opt/voxcore/.env");
    if (!r.ok())
        qFatal("setInt failed: %s", qPrintable(r.error().message));
    return r.value();
}

} // namespace

class TestEnvFileEditor : public QObject
{
    Q_OBJECT

private slots:
    void fixtureRoundTrip()
    {
        QFile f(test::dataPath("config/voxcore.env"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        QCOMPARE(EnvFileEditor::readInt(before, kVar).value(), 16);
        const QByteArray after = setOk(before, 20);
        QByteArray expected = before;
        expected.replace("VOXCORE_WORKERS=\"16\"", "VOXCORE_WORKERS=\"20\"");
        QCOMPARE(after, expected);
        QCOMPARE(EnvFileEditor::readInt(after, kVar).value(), 20);
        QCOMPARE(setOk(after, 16), before);
    }

    void keepsStyle_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("bare") << QByteArray("VOXCORE_WORKERS=16\n") << QByteArray("VOXCORE_WORKERS=20\n");
        QTest::newRow("double") << QByteArray("VOXCORE_WORKERS=\"16\"\n")
                                << QByteArray("VOXCORE_WORKERS=\"20\"\n");
        QTest::newRow("single") << QByteArray("VOXCORE_WORKERS='16'\n")
                                << QByteArray("VOXCORE_WORKERS='20'\n");
        QTest::newRow("export") << QByteArray("export VOXCORE_WORKERS=16\n")
                                << QByteArray("export VOXCORE_WORKERS=20\n");
        QTest::newRow("export tab quoted")
            << QByteArray("  export\tVOXCORE_WORKERS = '16'  # sized for 8 GB\n")
            << QByteArray("  export\tVOXCORE_WORKERS = '20'  # sized for 8 GB\n");
        QTest::newRow("bare comment") << QByteArray("VOXCORE_WORKERS=16 # max for 8 GB\n")
                                      << QByteArray("VOXCORE_WORKERS=20 # max for 8 GB\n");
        QTest::newRow("crlf") << QByteArray("# c\r\nA=1\r\nVOXCORE_WORKERS=16\r\n\r\nB=2\r\n")
                              << QByteArray("# c\r\nA=1\r\nVOXCORE_WORKERS=20\r\n\r\nB=2\r\n");
        QTest::newRow("no final newline")
            << QByteArray("A=1\nVOXCORE_WORKERS=16") << QByteArray("A=1\nVOXCORE_WORKERS=20");
        QTest::newRow("commented copy kept") << QByteArray("# VOXCORE_WORKERS=12\nVOXCORE_WORKERS=16\n")
                                             << QByteArray("# VOXCORE_WORKERS=12\nVOXCORE_WORKERS=20\n");
        QTest::newRow("similar names")
            << QByteArray("VOXCORE_WORKERS_MAX=32\nVOXCORE_WORKERS=16\nXVOXCORE_WORKERS=1\n")
            << QByteArray("VOXCORE_WORKERS_MAX=32\nVOXCORE_WORKERS=20\nXVOXCORE_WORKERS=1\n");
        QTest::newRow("empty value") << QByteArray("VOXCORE_WORKERS=\n")
                                     << QByteArray("VOXCORE_WORKERS=20\n");
    }

    void keepsStyle()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QCOMPARE(setOk(before, 20), after);
        QCOMPARE(EnvFileEditor::readInt(after, kVar).value(), 20);
    }

    void appendsWhenMissing_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("empty") << QByteArray() << QByteArray("VOXCORE_WORKERS=20\n");
        QTest::newRow("lf") << QByteArray("# c\nA=1\n") << QByteArray("# c\nA=1\nVOXCORE_WORKERS=20\n");
        QTest::newRow("crlf") << QByteArray("A=1\r\n") << QByteArray("A=1\r\nVOXCORE_WORKERS=20\r\n");
        QTest::newRow("no final newline") << QByteArray("A=1") << QByteArray("A=1\nVOXCORE_WORKERS=20\n");
        QTest::newRow("crlf no final newline")
            << QByteArray("A=1\r\nB=2") << QByteArray("A=1\r\nB=2\r\nVOXCORE_WORKERS=20\r\n");
        QTest::newRow("only commented")
            << QByteArray("#VOXCORE_WORKERS=3\n") << QByteArray("#VOXCORE_WORKERS=3\nVOXCORE_WORKERS=20\n");
    }

    void appendsWhenMissing()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const auto read = EnvFileEditor::readInt(before, kVar, "/opt/voxcore/.env");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ConfigError::Kind::NotFound);
        QCOMPARE(read.error().message, QStringLiteral("VOXCORE_WORKERS is not set in /opt/voxcore/.env"));
        QCOMPARE(setOk(before, 20), after);
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::newRow("word") << QByteArray("A=1\nVOXCORE_WORKERS=sixteen\n")
                              << int(ConfigError::Kind::InvalidValue) << 2;
        QTest::newRow("float") << QByteArray("VOXCORE_WORKERS=\"16.5\"\n")
                               << int(ConfigError::Kind::InvalidValue) << 1;
        QTest::newRow("negative") << QByteArray("VOXCORE_WORKERS=-1\n")
                                  << int(ConfigError::Kind::InvalidValue) << 1;
        QTest::newRow("empty") << QByteArray("VOXCORE_WORKERS=\n") << int(ConfigError::Kind::InvalidValue)
                               << 1;
        QTest::newRow("two words") << QByteArray("VOXCORE_WORKERS=16 20\n")
                                   << int(ConfigError::Kind::InvalidValue) << 1;
        QTest::newRow("unterminated")
            << QByteArray("VOXCORE_WORKERS=\"16\n") << int(ConfigError::Kind::Unbalanced) << 1;
        QTest::newRow("twice") << QByteArray("VOXCORE_WORKERS=16\nA=1\nexport VOXCORE_WORKERS=20\n")
                               << int(ConfigError::Kind::Duplicate) << 3;
    }

    void readErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(int, line);
        const auto r = EnvFileEditor::readInt(text, kVar, "/opt/voxcore/.env");
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().line, line);
        QVERIFY(r.error().message.contains("/opt/voxcore/.env"));
    }

    void setRefusesDuplicatesAndBadInput()
    {
        QVERIFY(!EnvFileEditor::setInt("VOXCORE_WORKERS=1\nVOXCORE_WORKERS=2\n", kVar, 3).ok());
        QVERIFY(!EnvFileEditor::setInt("A=1\n", "BAD NAME", 3).ok());
        QVERIFY(!EnvFileEditor::setInt("A=1\n", kVar, -3).ok());
    }
};

QTEST_GUILESS_MAIN(TestEnvFileEditor)
#include "TestEnvFileEditor.moc"
