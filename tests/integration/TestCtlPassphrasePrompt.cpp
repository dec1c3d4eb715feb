// fleetdeckctl's terminal passphrase prompt against a real sshd that accepts only an ENCRYPTED key.
// The test runs fleetdeckctl on a pseudo-terminal (forkpty) that is only its CONTROLLING terminal:
// stdin is /dev/null and stdout/stderr go to files, so the passphrase can only come from /dev/tty.
// It types a wrong passphrase, then the right one: `plan restart` reads the server and prints the
// plan. The passphrase is echoed nowhere and written to no file. Ctrl-C at the prompt restores the
// terminal and ends the command by SIGINT. Without a terminal (setsid, stdin /dev/null) or with
// --batch nothing is asked: exit 1 at once, and stderr says to use ssh-agent. The desktop keychain
// (a private gnome-keyring, as in TestSshPassphrasePrompt) is read only while the console's
// setting is on.
#include "../../app/fleetdeckctl/ExitCode.h"
#include "PrivateKeychain.h"
#include "SshdFixture.h"
#include "remote/PassphraseStore.h"
#include "settings/Settings.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace fleetdeck;
using namespace fleetdeck::test;

namespace {

const QByteArray kPassphrase = "tty only: correct horse";
const QByteArray kWrong = "not-the-passphrase-42";

QString ctlPath()
{
    return qEnvironmentVariable("FLEETDECK_BINARY_DIR") + QStringLiteral("/app/fleetdeckctl/fleetdeckctl");
}

/// fleetdeckctl on a pty (its controlling terminal only). Stopped by pid in the destructor.
class PtyRun
{
public:
    ~PtyRun()
    {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }

    bool start(const QStringList& args, const QStringList& env, const QString& outFile,
               const QString& errFile)
    {
        // Everything the child needs is built before fork (the test process has threads).
        QList<QByteArray> argStore{QFile::encodeName(ctlPath())};
        for (const QString& a : args)
            argStore << a.toUtf8();
        QList<QByteArray> envStore;
        for (const QString& e : env)
            envStore << e.toUtf8();
        std::vector<char*> argv, envp;
        for (QByteArray& a : argStore)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray& e : envStore)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        const QByteArray out = QFile::encodeName(outFile), err = QFile::encodeName(errFile);
        m_pid = ::forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            const int in = ::open("/dev/null", O_RDONLY);
            const int o = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const int e = ::open(err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (in < 0 || o < 0 || e < 0)
                ::_exit(120);
            ::dup2(in, 0);
            ::dup2(o, 1);
            ::dup2(e, 2);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(121);
        }
        // A second handle on the terminal, to look at its settings while the prompt runs.
        m_slave = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY | O_CLOEXEC);
        return m_slave >= 0;
    }

    /// Reads the terminal until `text` has appeared `count` times (bounded).
    bool waitFor(const QByteArray& text, int count = 1, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_transcript.count(text) < count && timer.elapsed() < timeoutMs) {
            if (!readSome(200) && m_exited)
                break;
        }
        return m_transcript.count(text) >= count;
    }

    void type(const QByteArray& text)
    {
        QCOMPARE(::write(m_master, text.constData(), size_t(text.size())), text.size());
    }

    bool echoOn() const
    {
        termios t{};
        return ::tcgetattr(m_slave, &t) == 0 && (t.c_lflag & ECHO);
    }

    /// Waits (bounded) for the process to end; false if it did not (it is killed then).
    bool wait(int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_exited && timer.elapsed() < timeoutMs) {
            readSome(100);
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_exited = true;
                m_status = status;
            }
        }
        while (readSome(50)) {
        }
        if (!m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &m_status, 0);
            m_exited = true;
            return false;
        }
        return true;
    }

    int exitCode() const { return WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1; }
    int termSignal() const { return WIFSIGNALED(m_status) ? WTERMSIG(m_status) : 0; }
    QByteArray transcript() const { return m_transcript; }

private:
    bool readSome(int timeoutMs)
    {
        pollfd p{m_master, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0 || !(p.revents & POLLIN))
            return false;
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        m_transcript.append(buffer, n);
        return true;
    }

    pid_t m_pid = -1;
    int m_master = -1;
    int m_slave = -1;
    bool m_exited = false;
    int m_status = 0;
    QByteArray m_transcript;
};

struct Finished
{
    int exitCode = -1;
    QByteArray out, err;
    qint64 ms = 0;
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCtlPassphrasePrompt : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd{SshdFixture::Options{QStringLiteral("127.0.63.1"), {}, {}}};
    QTemporaryDir m_home; // HOME and XDG dirs of fleetdeckctl: never the real ones
    QString m_key;
    QString m_inventory;

    QStringList environment() const
    {
        const QString h = m_home.path();
        return {QStringLiteral("HOME=") + h,
                QStringLiteral("XDG_CONFIG_HOME=") + h + QStringLiteral("/.config"),
                QStringLiteral("XDG_DATA_HOME=") + h + QStringLiteral("/.local/share"),
                QStringLiteral("XDG_CACHE_HOME=") + h + QStringLiteral("/.cache"),
                QStringLiteral("XDG_RUNTIME_DIR=") + h + QStringLiteral("/run"),
                QStringLiteral("PATH=") + qEnvironmentVariable("PATH"),
                QStringLiteral("LANG=C"),
                QStringLiteral("TERM=dumb"), // no SSH_AUTH_SOCK: no agent
                QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") +
                    qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")};
    }

    /// fleetdeckctl in a new session without a controlling terminal (setsid), stdin /dev/null.
    Finished runWithoutTerminal(const QStringList& args)
    {
        Finished f;
        QProcess ctl;
        QProcessEnvironment env;
        for (const QString& e : environment())
            env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
        ctl.setProcessEnvironment(env);
        ctl.setStandardInputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        ctl.start(QStringLiteral("setsid"), QStringList{QStringLiteral("-w"), ctlPath()} + args);
        if (!ctl.waitForStarted(5000))
            return f;
        if (!ctl.waitForFinished(30000)) {
            ::kill(pid_t(ctl.processId()), SIGKILL);
            ctl.waitForFinished(5000);
            return f;
        }
        f.ms = timer.elapsed();
        f.exitCode = ctl.exitStatus() == QProcess::NormalExit ? ctl.exitCode() : -1;
        f.out = ctl.readAllStandardOutput();
        f.err = ctl.readAllStandardError();
        return f;
    }

    QStringList planArgs(const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("--inventory"), m_inventory} + extra +
               QStringList{QStringLiteral("plan"), QStringLiteral("restart"), QStringLiteral("enc-1"),
                           QStringLiteral("--mode"), QStringLiteral("immediate")};
    }

    /// No file under these directories contains the passphrase (or the wrong one).
    void verifyNoFileHasPassphrase()
    {
        for (const QString& root : {m_home.path(), m_sshd.dir()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QByteArray content = readFile(it.next());
                QVERIFY2(!content.contains(kPassphrase), qPrintable(it.filePath()));
                QVERIFY2(!content.contains(kWrong), qPrintable(it.filePath()));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(ctlPath()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY(m_sshd.writeKnownHosts());
        m_key = m_sshd.dir() + QStringLiteral("/enc_key");
        QCOMPARE(
            SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                 {"-q", "-t", "ed25519", "-N", QString::fromUtf8(kPassphrase), "-f", m_key}),
            0);
        // Only the encrypted key may log in.
        QFile::remove(m_sshd.dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(
            QFile::copy(m_key + QStringLiteral(".pub"), m_sshd.dir() + QStringLiteral("/authorized_keys")));

        // What `plan restart` reads: an upstream with two workers, the .env, systemctl list-units.
        const QString d = m_sshd.dir();
        QFile upstream(d + QStringLiteral("/voxcore.conf"));
        QVERIFY(upstream.open(QIODevice::WriteOnly));
        upstream.write("upstream voxcore_workers {\n    least_conn;\n"
                       "    server unix:/tmp/voxcore_1.sock max_conns=1 fail_timeout=10;\n"
                       "    server unix:/tmp/voxcore_2.sock max_conns=1 fail_timeout=10;\n}\n");
        upstream.close();
        QFile env(d + QStringLiteral("/voxcore.env"));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("VOXCORE_WORKERS=\"2\"\n");
        env.close();
        QVERIFY(m_sshd.installScript(QStringLiteral("systemctl"),
                                     "#!/bin/sh\necho 'voxcore@1.service loaded active running Voxcore'\n"
                                     "echo 'voxcore@2.service loaded active running Voxcore'\n"));

        m_inventory = m_home.filePath(QStringLiteral("inventory.json"));
        QFile inv(m_inventory);
        QVERIFY(inv.open(QIODevice::WriteOnly));
        inv.write(QStringLiteral("{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}], \"servers\": [{"
                                 "\"name\": \"enc-1\", \"host\": \"%1\", \"zone\": \"uk\","
                                 "\"health_url\": \"https://%1:9/health/fleet\","
                                 "\"ssh\": {\"user\": \"%2\", \"port\": %3, \"identity_files\": [\"%4\"], "
                                 "\"known_hosts\": \"%5\"},"
                                 "\"service\": {\"name\": \"voxcore\", \"nginx_config\": \"%6/voxcore.conf\","
                                 " \"env_file\": \"%6/voxcore.env\"}}]}")
                      .arg(m_sshd.address(), m_sshd.userName())
                      .arg(m_sshd.port())
                      .arg(m_key, m_sshd.knownHostsPath(), d)
                      .toUtf8());
        inv.close();
        QDir().mkpath(m_home.filePath(QStringLiteral("run")));
    }

    void wrongThenRightOnTheTerminal()
    {
        const QString out = m_home.filePath(QStringLiteral("out.txt"));
        const QString err = m_home.filePath(QStringLiteral("err.txt"));
        const QString plan = m_home.filePath(QStringLiteral("plan.json"));
        PtyRun run;
        QVERIFY(run.start(planArgs() + QStringList{QStringLiteral("--out"), plan}, environment(), out, err));
        const QByteArray prompt = "Passphrase for " + QFile::encodeName(m_key) + ": ";
        QVERIFY2(run.waitFor(prompt), run.transcript().constData());
        QVERIFY(!run.echoOn()); // typing is not echoed
        run.type(kWrong + "\n");
        QVERIFY2(run.waitFor(prompt, 2), run.transcript().constData());
        QVERIFY(run.transcript().contains("Wrong passphrase, try again.\r\n" + prompt)); // the pty adds \r
        QVERIFY(!run.echoOn());
        run.type(kPassphrase + "\n");
        QVERIFY(run.wait());
        const QByteArray stdOut = readFile(out), stdErr = readFile(err);
        QVERIFY2(run.exitCode() == ctl::Done, stdErr.constData());
        QVERIFY(run.echoOn()); // restored
        QCOMPARE(run.transcript().count(prompt), 2);
        QVERIFY2(stdOut.contains("immediate restart of 2 workers"), stdOut.constData());
        QVERIFY(!stdOut.contains("Passphrase for")); // the prompt went to the terminal only
        QVERIFY(!stdErr.contains("Passphrase for"));
        for (const QByteArray& secret : {kPassphrase, kWrong}) {
            QVERIFY(!run.transcript().contains(secret));
            QVERIFY(!stdOut.contains(secret));
            QVERIFY(!stdErr.contains(secret));
        }
        QVERIFY(QFile::exists(plan));
        verifyNoFileHasPassphrase();
    }

    void interruptRestoresTheTerminal()
    {
        PtyRun run;
        QVERIFY(run.start(planArgs(), environment(), m_home.filePath(QStringLiteral("out2.txt")),
                          m_home.filePath(QStringLiteral("err2.txt"))));
        QVERIFY2(run.waitFor("Passphrase for "), run.transcript().constData());
        QVERIFY(!run.echoOn());
        run.type("half typed");
        run.type("\x03"); // Ctrl-C: SIGINT from the terminal
        QVERIFY(run.wait(20000));
        QCOMPARE(run.termSignal(), SIGINT); // re-raised to the default handler
        QVERIFY(run.echoOn());
    }

    void noTerminalFailsFastNamingSshAgent()
    {
        const Finished f = runWithoutTerminal(planArgs());
        qInfo("no terminal: exit %d after %lld ms; stderr:\n%s", f.exitCode, f.ms, f.err.constData());
        QCOMPARE(f.exitCode, int(ctl::Failed));
        QVERIFY2(f.err.contains("there is no terminal to ask for its passphrase"), f.err.constData());
        QVERIFY2(f.err.contains("ssh-agent"), f.err.constData());
        QVERIFY2(f.err.contains("ssh-add " + QFile::encodeName(m_key)), f.err.constData());
        QVERIFY(f.err.contains("enc-1")); // the command's own failure names the server
        QVERIFY(!f.out.contains("Passphrase for"));
        QVERIFY(f.ms < 10000);
    }

    void batchNeverAsks()
    {
        PtyRun run; // a terminal is there, but --batch does not use it
        const QString err = m_home.filePath(QStringLiteral("err3.txt"));
        QVERIFY(run.start(planArgs({QStringLiteral("--batch")}), environment(),
                          m_home.filePath(QStringLiteral("out3.txt")), err));
        QVERIFY(run.wait(30000));
        QCOMPARE(run.exitCode(), int(ctl::Failed));
        QVERIFY(!run.transcript().contains("Passphrase for"));
        const QByteArray stdErr = readFile(err);
        QVERIFY2(stdErr.contains("--batch (--no-prompt) does not ask for passphrases"), stdErr.constData());
        QVERIFY(stdErr.contains("ssh-agent"));
    }

    void keychainOnlyWithTheConsoleSetting()
    {
        PassphraseStore store; // the service fleetdeckctl uses, in the private keyring
        QString error;
        QVERIFY2(store.save(m_key, QString::fromUtf8(kPassphrase), &error), qPrintable(error));
        const QString conf = m_home.filePath(QStringLiteral(".config/fleetdeck/fleetdeck.conf"));
        const auto setKeychain = [&conf](bool on) {
            Settings settings(conf);
            settings.set(SettingKeys::useKeychain, on);
            settings.sync();
        };
        setKeychain(false); // the keychain has it, but the operator did not opt in: not read
        Finished f = runWithoutTerminal(planArgs());
        QCOMPARE(f.exitCode, int(ctl::Failed));
        QVERIFY2(f.err.contains("ssh-agent"), f.err.constData());

        setKeychain(true); // opted in (Settings › Changes and SSH in the console): read
        f = runWithoutTerminal(planArgs());
        QVERIFY2(f.exitCode == ctl::Done, f.err.constData());
        QVERIFY2(f.out.contains("immediate restart of 2 workers"), f.out.constData());
        QVERIFY(!f.err.contains("ssh-agent"));
        QVERIFY(store.remove(m_key));
        QVERIFY(QFile::remove(conf));
    }
};

int main(int argc, char** argv)
{
    if (!PrivateKeychain::active())
        return PrivateKeychain::reexec(argc, argv); // returns only if it cannot
    QCoreApplication app(argc, argv);
    TestCtlPassphrasePrompt test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestCtlPassphrasePrompt.moc"
