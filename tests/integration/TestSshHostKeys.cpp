// Host-key verification: unknown / trusted by fingerprint / saved / changed / hashed.
#include "FutureWait.h"
#include "SshdFixture.h"
#include "remote/HostKeyPolicy.h"
#include "remote/LibsshSession.h"
#include "remote/SshError.h"

#include <QFile>
#include <QTest>

using namespace fleetdeck;
using namespace fleetdeck::test;

class TestSshHostKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SshdFixture> m_sshd;

    static QByteArray fileContent(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::optional<SshError> connectWith(std::shared_ptr<HostKeyPolicy> policy)
    {
        LibsshSession session(m_sshd->target(), std::move(policy));
        auto future = session.run(RemoteCommand({QStringLiteral("true")}));
        if (!waitFinished(future, 15000))
            return SshError(SshError::Kind::Timeout, QStringLiteral("test wait"));
        return errorOf(future);
    }

private slots:
    void init()
    {
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        QVERIFY(QFile::resize(m_sshd->knownHostsPath(), 0));
    }

    void cleanup() { m_sshd.reset(); }

    void unknownKeyRejectedByDefault()
    {
        const auto error = connectWith({}); // default policy: RejectUnknownPolicy
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::HostKeyUnknown);
        QCOMPARE(error->detail(), m_sshd->hostKeyFingerprint());
        QVERIFY(error->message().contains(m_sshd->hostKeyFingerprint()));
        QCOMPARE(fileContent(m_sshd->knownHostsPath()), QByteArray());
    }

    void wrongFingerprintRejectedNothingSaved()
    {
        QString wrong = m_sshd->hostKeyFingerprint();
        wrong[10] = wrong[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const auto error = connectWith(std::make_shared<TrustFingerprintPolicy>(wrong));
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::HostKeyUnknown);
        QCOMPARE(fileContent(m_sshd->knownHostsPath()), QByteArray());
    }

    void policyGetsHostPortAndSshKeygenFingerprint()
    {
        QString seenHost, seenFp;
        int seenPort = 0;
        auto policy =
            std::make_shared<CallbackHostKeyPolicy>([&](const QString& h, int p, const QString& fp) {
                seenHost = h;
                seenPort = p;
                seenFp = fp;
                return HostKeyPolicy::Decision::Reject;
            });
        QVERIFY(connectWith(policy));
        QCOMPARE(seenHost, m_sshd->address());
        QCOMPARE(seenPort, m_sshd->port());
        QVERIFY(seenFp.startsWith(QStringLiteral("SHA256:")));
        QVERIFY(!seenFp.endsWith(QLatin1Char('=')));
        QCOMPARE(seenFp, m_sshd->hostKeyFingerprint()); // exactly as `ssh-keygen -lf` prints it
    }

    void rightFingerprintAcceptedSavedAndReused()
    {
        const auto error =
            connectWith(std::make_shared<TrustFingerprintPolicy>(m_sshd->hostKeyFingerprint()));
        QVERIFY2(!error, error ? error->what() : "");
        const QByteArray saved = fileContent(m_sshd->knownHostsPath());
        QVERIFY(
            saved.contains(QStringLiteral("[%1]:%2").arg(m_sshd->address()).arg(m_sshd->port()).toUtf8()));
        QVERIFY(saved.contains(m_sshd->hostPublicKey().toUtf8()));
        QCOMPARE(saved.count('\n'), 1);
        // Second connect with the strict default policy: known now.
        const auto second = connectWith({});
        QVERIFY2(!second, second ? second->what() : "");
        // OpenSSH agrees with the saved line.
        QByteArray out;
        QCOMPARE(
            SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                 {"-F", QStringLiteral("[%1]:%2").arg(m_sshd->address()).arg(m_sshd->port()),
                                  "-f", m_sshd->knownHostsPath()},
                                 &out),
            0);
    }

    void savedLineStartsOnItsOwnLine()
    {
        QFile f(m_sshd->knownHostsPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("other.example ssh-ed25519 "
                "AAAAC3NzaC1lZDI1NTE5AAAAIA0000000000000000000000000000000000000000000"); // no \n
        f.close();
        const auto error =
            connectWith(std::make_shared<TrustFingerprintPolicy>(m_sshd->hostKeyFingerprint()));
        QVERIFY2(!error, error ? error->what() : "");
        const QList<QByteArray> lines = fileContent(m_sshd->knownHostsPath()).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("other.example "));
        QVERIFY(lines[1].startsWith("[" + m_sshd->address().toUtf8() + "]:"));
        QVERIFY(!connectWith({}));
    }

    void concurrentTrustWritesDoNotInterleave()
    {
        // Eight sessions accept the same key at once: every line must be whole.
        std::vector<std::unique_ptr<LibsshSession>> sessions;
        QList<QFuture<CommandResult>> futures;
        for (int i = 0; i < 8; ++i) {
            sessions.push_back(std::make_unique<LibsshSession>(
                m_sshd->target(), std::make_shared<TrustFingerprintPolicy>(m_sshd->hostKeyFingerprint())));
            futures << sessions.back()->run(RemoteCommand({QStringLiteral("true")}));
        }
        for (auto& f : futures) {
            QVERIFY(waitFinished(f));
            QVERIFY(!errorOf(f));
        }
        const QList<QByteArray> lines = fileContent(m_sshd->knownHostsPath()).trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // whole, and written once
        for (const QByteArray& line : lines)
            QVERIFY2(line.endsWith(m_sshd->hostPublicKey().toUtf8().split(' ').last()), line.constData());
    }

    void changedKeyRefused()
    {
        QVERIFY(m_sshd->writeKnownHosts());
        QVERIFY(!connectWith({}));
        const QByteArray before = fileContent(m_sshd->knownHostsPath());
        QVERIFY(m_sshd->restart(true)); // same port, new host key
        // Even a policy that would trust this exact key does not override a change.
        const auto error =
            connectWith(std::make_shared<TrustFingerprintPolicy>(m_sshd->hostKeyFingerprint()));
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::HostKeyChanged);
        QVERIFY(error->message().contains(QStringLiteral("man-in-the-middle")));
        QVERIFY(error->message().contains(QStringLiteral("ssh-keygen -R")));
        QVERIFY(error->message().contains(m_sshd->hostKeyFingerprint()));
        QCOMPARE(fileContent(m_sshd->knownHostsPath()), before);
    }

    void bracketedPortEntryVerifies()
    {
        QVERIFY(m_sshd->writeKnownHosts(false));
        QVERIFY(fileContent(m_sshd->knownHostsPath()).startsWith("[" + m_sshd->address().toUtf8() + "]:"));
        const auto error = connectWith({});
        QVERIFY2(!error, error ? error->what() : "");
    }

    void hashedEntryVerifies()
    {
        QVERIFY(m_sshd->writeKnownHosts(true));
        QVERIFY(fileContent(m_sshd->knownHostsPath()).startsWith("|1|"));
        const auto error = connectWith({});
        QVERIFY2(!error, error ? error->what() : "");
    }

    void bareHostEntryDoesNotMatchOtherPort()
    {
        QFile f(m_sshd->knownHostsPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            (m_sshd->address() + QLatin1Char(' ') + m_sshd->hostPublicKey() + QLatin1Char('\n')).toUtf8());
        f.close();
        const auto error = connectWith({});
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::HostKeyUnknown);
    }
};

QTEST_GUILESS_MAIN(TestSshHostKeys)
#include "TestSshHostKeys.moc"
