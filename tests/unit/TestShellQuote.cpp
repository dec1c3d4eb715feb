// ShellQuote and RemoteCommand: hostile strings survive a real /bin/sh unchanged.
#include "remote/RemoteCommand.h"
#include "remote/ShellQuote.h"

#include <QProcess>
#include <QTest>

using namespace fleetdeck;

namespace {

// Runs `sh -c "<line>"` locally, bounded; returns stdout.
QByteArray runSh(const QString& line, int* exitCode = nullptr)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
    if (!sh.waitForStarted(5000))
        return "<no start>";
    sh.closeWriteChannel();
    if (!sh.waitForFinished(10000)) {
        sh.kill();
        sh.waitForFinished(2000);
        return "<timeout>";
    }
    if (exitCode)
        *exitCode = sh.exitCode();
    return sh.readAllStandardOutput();
}

} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("fleet-1");
        QTest::newRow("semicolon") << QStringLiteral("fleet-1; rm -rf /");
        QTest::newRow("subst") << QStringLiteral("$(id)");
        QTest::newRow("backticks") << QStringLiteral("`id` and `touch /tmp/pwned`");
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("only quotes") << QStringLiteral("'''");
        QTest::newRow("double quotes") << QStringLiteral("\"$HOME\" \\\" \\");
        QTest::newRow("newlines") << QStringLiteral("a\nb\n\nc\n");
        QTest::newRow("glob") << QStringLiteral("* ? [a-z] ~ ~root");
        QTest::newRow("vars") << QStringLiteral("$HOME ${PATH} $1 $@ $$ $!");
        QTest::newRow("operators") << QStringLiteral("a && b || c | d > /tmp/x < y & ; ( ) { }");
        QTest::newRow("unicode") << QStringLiteral("Zürich — 東京 🚀 ß");
        QTest::newRow("tab space") << QStringLiteral(" \t leading and trailing \t ");
        QTest::newRow("dash") << QStringLiteral("-n");
        QTest::newRow("empty") << QString();
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        // printf %s of the quoted word must give back exactly the original bytes.
        const QByteArray out = runSh(QStringLiteral("printf '%s' ") + ShellQuote::quote(text));
        QCOMPARE(QString::fromUtf8(out), text);
    }

    void quoteFormat()
    {
        QCOMPARE(ShellQuote::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(ShellQuote::quote(QString()), QStringLiteral("''"));
        QCOMPARE(ShellQuote::join({QStringLiteral("a b"), QStringLiteral("c")}), QStringLiteral("'a b' 'c'"));
    }

    void argvStaysSeparate()
    {
        // Each argument arrives as exactly one argument, whatever it contains.
        const QStringList args{QStringLiteral("fleet-1; rm -rf /"), QString(), QStringLiteral("a\nb"),
                               QStringLiteral("$(id)"), QStringLiteral("x'y")};
        QStringList argv{QStringLiteral("printf"), QStringLiteral("<%s>\\n")};
        argv += args;
        const QByteArray out = runSh(ShellQuote::join(argv));
        QByteArray expected;
        for (const QString& a : args)
            expected += "<" + a.toUtf8() + ">\n";
        QCOMPARE(out, expected);
    }

    void scriptPositionalParameters()
    {
        const RemoteCommand cmd = RemoteCommand::script(
            "printf '%s|' \"$#\" \"$1\" \"$2\"", {QStringLiteral("$(id) `id`"), QStringLiteral("it's")});
        QCOMPARE(cmd.argv().value(0), QStringLiteral("sh"));
        const QByteArray out = runSh(cmd.displayString());
        QCOMPARE(out, QByteArray("2|$(id) `id`|it's|"));
    }

    void execLineRunsCommandWithStatusCwdAndEnv()
    {
        // The exec line (wrapper included) run by a local sh behaves like the argv.
        RemoteCommand cmd({QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("printf '%s:%s:' \"$PWD\" \"$FD_TEST\"; exit 3")});
        cmd.withCwd(QStringLiteral("/tmp")).withEnv(QStringLiteral("FD_TEST"), QStringLiteral("v; $(id)"));
        int exitCode = -1;
        const QByteArray out = runSh(QString::fromUtf8(cmd.toExecLine()), &exitCode);
        QVERIFY(out.startsWith(RemoteCommand::kExecHeader));
        QCOMPARE(out.mid(out.indexOf('\n') + 1), QByteArray("/tmp:v; $(id):"));
        QCOMPARE(exitCode, 3);
    }

    void sudoPrefix()
    {
        const RemoteCommand cmd = RemoteCommand({QStringLiteral("id"), QStringLiteral("-u")}).withSudo();
        QCOMPARE(cmd.effectiveArgv(), QStringList({"sudo", "-n", "--", "id", "-u"}));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "TestShellQuote.moc"
